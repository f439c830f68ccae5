import { readAtText, type FormStep } from '../portals/form-step';
import { dossierView, type DossierView } from '../display/dossier-view';
import { evaluate } from '../rules/evaluate';
import type { Report } from '../rules/report';
import { readStep, type Judging, type ReadingInput, type StepReading } from './step-reading';

export type { PageFacts, ReadingInput } from './step-reading';

/**
 * One reading of a portal page, as the panel shows it: the page's values merged with what the
 * dossier's other pages gave (session/step-reading.ts, in the content script), evaluated with
 * the three states of each field (read with a value, read empty, not read), and the panel's
 * view of it (here, in the panel's frame). Pure.
 */

export interface DossierReading extends StepReading {
  report: Report;
  view: DossierView;
}

/** The frame's half: the dossier evaluated with the three states of each field, and its view. */
export function judgeReading(j: Judging): { report: Report; view: DossierView } {
  const report = evaluate(j.dossier, { read: j.found, pageFindings: [...j.pageFindings] });
  const readElsewhere: Record<string, string> = {};
  for (const [path, step] of Object.entries(j.from)) readElsewhere[path] = readAtText(step);
  const view = dossierView({
    report,
    carrier: j.dossier.carrier?.name,
    number: j.number,
    depositedOn: j.dossier.depositedOn,
    referenceDate: j.referenceDate,
    today: j.today,
    readElsewhere,
    steps: j.pages.map((p) => ({
      label: stepLabel(p.step, p.current),
      fields: p.fields,
      current: p.current,
    })),
  });
  return { report, view };
}

/** Both halves, as one call (the tests, the command line). */
export function readDossier(input: ReadingInput): DossierReading {
  const step = readStep(input);
  return { ...step, ...judgeReading(step.judging) };
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
