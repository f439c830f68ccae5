import { identityKey, identityOf, type DossierIdentity } from '../portals/dossier-identity';
import { readAtText, type FormStep } from '../portals/form-step';
import type { PortalId } from '../portals/types';
import { dossierView, type DossierView } from '../display/dossier-view';
import type { Dossier } from '../rules/dossier';
import { evaluate } from '../rules/evaluate';
import type { Finding, Report } from '../rules/report';
import { mergeSteps, type MergedReading, type StepPage } from './steps';

/**
 * One reading of a portal page, as the panel shows it: the page's values merged with what the
 * dossier's other pages gave in this browser session, evaluated with the three states of each
 * field (read with a value, read empty, not read), and the panel's view of it. Pure: the
 * content script passes what it read and what the page and its address say; the background
 * keeps the other pages.
 */

/** What the page says besides its fields, read beside the reader (portals/page-facts.ts). */
export interface PageFacts {
  portal: PortalId;
  /** The page's address without its fragment. */
  address: string;
  /** The dossier's number, from the page or its address. */
  number?: string | undefined;
  step: FormStep;
  /** The deposit date the page shows, when the reader did not read one. */
  depositedOn?: string | undefined;
  readAt: number;
}

export interface ReadingInput {
  /** The reader's result (`readPage` / `watchPage`): only what the page gave. */
  read: { dossier: Dossier; found: readonly string[]; findings: readonly Finding[] };
  facts: PageFacts;
  /** The dossier's other pages, from the background (none for a page of no known dossier). */
  others: readonly StepPage[];
  /** The options' reference date, when the person chose one. */
  referenceDate?: string | undefined;
  today: string;
}

export interface DossierReading {
  /** This page, as the background keeps it. */
  page: StepPage;
  identity: DossierIdentity;
  /** Where the dossier's marks and steps are kept; undefined: no number and no name read. */
  key: string | undefined;
  merged: MergedReading;
  /** The dossier evaluated: merged, with its reference date. */
  dossier: Dossier;
  report: Report;
  view: DossierView;
}

export function readDossier(input: ReadingInput): DossierReading {
  const { read, facts } = input;
  const unreadable = new Set(
    read.findings.filter((f) => f.rule === 'field.unreadable').map((f) => f.field),
  );
  const pageDossier: Dossier = { ...read.dossier };
  const found = read.found.filter((p) => !unreadable.has(p));
  if (pageDossier.depositedOn === undefined && facts.depositedOn) {
    pageDossier.depositedOn = facts.depositedOn;
    found.push('depositedOn');
  }
  const page: StepPage = {
    address: facts.address,
    step: facts.step,
    dossier: pageDossier,
    found,
    readAt: facts.readAt,
  };
  const identity = identityOf(facts.portal, read.dossier.carrier?.name, facts.number);
  const key = identityKey(identity);
  // A page of no known dossier cannot be told from another: it is read alone.
  const merged = mergeSteps(page, key ? input.others : []);
  const dossier: Dossier = {
    ...merged.dossier,
    checkedOn: input.referenceDate ?? input.today,
  };
  const report = evaluate(dossier, { read: merged.found, pageFindings: [...read.findings] });
  const readElsewhere: Record<string, string> = {};
  for (const [path, step] of Object.entries(merged.from)) readElsewhere[path] = readAtText(step);
  const view = dossierView({
    report,
    carrier: dossier.carrier?.name,
    number: facts.number,
    depositedOn: dossier.depositedOn,
    referenceDate: input.referenceDate,
    today: input.today,
    readElsewhere,
    steps: merged.pages.map((p) => ({
      label: stepLabel(p.step, p.current),
      fields: p.fields,
      current: p.current,
    })),
  });
  return { page, identity, key, merged, dossier, report, view };
}

/** « Étape 2 — Projet (cette page) », « Autre page ». */
function stepLabel(step: FormStep, current: boolean): string {
  const name =
    step.number !== undefined
      ? `Étape ${step.number}${step.title ? ` — ${step.title}` : ''}`
      : current
        ? 'Cette page'
        : 'Autre page';
  return current && step.number !== undefined ? `${name} (cette page)` : name;
}
