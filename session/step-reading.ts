import { identityKey, identityOf, type DossierIdentity } from '../portals/dossier-identity';
import type { FormStep } from '../portals/form-step';
import type { PortalId } from '../portals/types';
import type { Dossier } from '../rules/dossier';
import type { Finding } from '../rules/report';
import { mergeSteps, type MergedReading, type StepPage } from './steps';

/**
 * One reading of a portal page, the content script's half: this page as the background keeps
 * it, the dossier's identity, and the page merged with what the dossier's other pages gave in
 * this browser session. No rule runs here, so that the content script stays small: the panel's
 * frame judges it (session/dossier-reading.ts, `judgeReading`). Pure.
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

/** What the frame needs to judge a reading: sent with every model (components/frame-protocol.ts). */
export interface Judging {
  /** The dossier evaluated: merged, with its reference date. */
  dossier: Dossier;
  /** Every path read on some page of the dossier. */
  found: readonly string[];
  /** Path → the other page's step its value comes from. */
  from: MergedReading['from'];
  pages: MergedReading['pages'];
  /** This page's own findings (unreadable values). */
  pageFindings: readonly Finding[];
  number?: string | undefined;
  referenceDate?: string | undefined;
  today: string;
}

export interface StepReading {
  /** This page, as the background keeps it. */
  page: StepPage;
  identity: DossierIdentity;
  /** Where the dossier's marks and steps are kept; undefined: no number and no name read. */
  key: string | undefined;
  merged: MergedReading;
  /** The dossier evaluated: merged, with its reference date. */
  dossier: Dossier;
  judging: Judging;
}

/**
 * The content script's half: this page as the background keeps it, the dossier's identity, and
 * the page merged with the dossier's other pages. No rule runs here: the content script stays
 * small, and the frame judges (`judgeReading`).
 */
export function readStep(input: ReadingInput): StepReading {
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
  return {
    page,
    identity,
    key,
    merged,
    dossier,
    judging: {
      dossier,
      found: merged.found,
      from: merged.from,
      pages: merged.pages,
      pageFindings: [...read.findings],
      number: facts.number,
      referenceDate: input.referenceDate,
      today: input.today,
    },
  };
}
