import type { Campaign } from '../rules/campaigns/campaign';
import type { Dossier } from '../rules/dossier';
import { findingImpact, type Impact } from '../rules/impact';
import type { Finding, Report, Severity } from '../rules/report';
import type { Marks } from '../settings/schema';
import { dossierView, type DossierView } from './dossier-view';
import { fieldLabel } from './field-names';
import { findingKeys } from './finding-keys';
import { readValues, type ReadValue } from './read-values';
import { campaignOf, counts, lossText, plural, type Tone } from './report-words';

/**
 * Everything the panel draws, worked out once per model in the panel's frame: the findings with
 * their keys, impacts and where their fields are, the status, the tab's summary, the sections'
 * counts. The panel's components only draw it. Browser-free; the impacts are computed here and
 * not in the content script, which stays as small as it is.
 */

/** Where a finding's field is on the page, for « Voir le champ ». */
export type FieldPlace = 'shown' | 'other-step';

/** What the page gave, as the content script sends it (components/frame-protocol.ts). */
export interface DrawingInput {
  report: Report;
  dossier: Dossier;
  /** Without it (a test, another page), the report alone, judged on its own date. */
  view?: DossierView | undefined;
  portalName: string;
  fields?: Readonly<Record<string, FieldPlace>>;
  evidence?: Readonly<Record<string, string>>;
  ambiguous?: readonly { label: string; paths: readonly string[] }[];
  teaching?: string | null;
  /** False when the dossier has neither number nor name read: marks are then not kept. */
  marksKept?: boolean;
}

export interface FindingEntry {
  finding: Finding;
  /** The instructor's mark is kept under it (display/finding-keys.ts). */
  key: string;
  /** What it costs the dossier now: « − 1 950,00 € » (or a range), and the correction. */
  loss: { amount: string; hint: string } | undefined;
  /** « Voir le champ » when `shown`; « Champ à une autre étape du formulaire » when `other-step`. */
  place: FieldPlace | undefined;
  /** The field's French name, for « Voir le champ : … ». */
  fieldName: string | undefined;
  /** The page's label the value was read from (« lu dans « … » »). */
  evidence: string | undefined;
  /** « lu à l’étape 2 »: another page of the dossier gave the value. */
  readElsewhere: string | undefined;
}

export interface PanelDrawing {
  view: DossierView;
  /** The report as listed (`view.shown`). */
  report: Report;
  tone: Tone;
  /** The status in one sentence, for the collapsed tab's live region. */
  statusText: string;
  /** The collapsed tab: the number on its dot (✓ when all is well) and what it says aloud. */
  tab: { dot: string; summary: string };
  /** « Campagne 2025-2026 · département 88 · lu sur Elan · au 10 juillet 2025 ». */
  meta: string;
  findings: Record<Severity, FindingEntry[]>;
  /** Every finding's key, in the report's order: the instructor's « 2/9 vérifiés ». */
  keys: string[];
  /** Marks are kept only for a dossier with a number or a name. */
  marksKept: boolean;
  notRead: {
    title: string;
    paths: readonly string[];
    /** The fields may still come on another step. */
    notYet: boolean;
    ambiguous: readonly { label: string; paths: readonly string[] }[];
  };
  /** « Valeurs lues »: every value this page gave, with the label it was read from. */
  readValues: ReadValue[];
  /** « À compléter »'s count: « 3 à faire » or « complet ». */
  checklistCount: string;
  /** The field being taught, by its French name, while the page waits for a click. */
  teaching: { path: string; label: string } | null;
  /** The report's campaign parameters (« hors 8 à 12 »), if the engine knows it. */
  campaign: Campaign | undefined;
}

export function panelDrawing(input: DrawingInput): PanelDrawing {
  const view =
    input.view ??
    dossierView({
      report: input.report,
      referenceDate: input.report.checkedOn,
      today: input.report.checkedOn,
    });
  const report = view.shown;
  const n = counts(report);
  const keys = findingKeys(report.findings);
  const findings: PanelDrawing['findings'] = { blocking: [], warning: [], info: [] };
  report.findings.forEach((finding, i) => {
    const field = finding.field;
    findings[finding.severity].push({
      finding,
      key: keys[i]!,
      loss: lossOf(findingImpact(input.dossier, finding, report)),
      place: field === undefined ? undefined : input.fields?.[field],
      fieldName: field === undefined ? undefined : fieldLabel(field),
      evidence: field === undefined ? undefined : input.evidence?.[field],
      readElsewhere: field === undefined ? undefined : view.readElsewhere[field],
    });
  });
  const todo = report.checklist.filter((c) => !c.done).length;
  return {
    view,
    report,
    tone: view.tone,
    statusText: view.status.map((p) => p.text).join(' — '),
    tab: {
      dot: view.tone === 'ok' ? '✓' : String(n.blocking > 0 ? n.blocking : n.warning),
      summary: !report.receivable
        ? plural(n.blocking, 'point bloquant', 'points bloquants')
        : n.warning > 0
          ? plural(n.warning, 'point à vérifier', 'points à vérifier')
          : 'aucun point bloquant détecté',
    },
    meta: `Campagne ${report.campaign} · département ${report.department} · lu sur ${input.portalName} · ${view.reference.text}`,
    findings,
    keys,
    marksKept: input.marksKept ?? true,
    notRead: {
      title: report.pending ? 'Champs pas encore lus' : 'Champs non lus',
      paths: report.page?.notFound ?? [],
      notYet: report.pending !== undefined,
      ambiguous: input.ambiguous ?? [],
    },
    readValues: readValues(input.dossier, input.evidence ?? {}),
    checklistCount: todo > 0 ? `${todo} à faire` : 'complet',
    teaching: input.teaching ? { path: input.teaching, label: fieldLabel(input.teaching) } : null,
    campaign: campaignOf(report),
  };
}

function lossOf(impact: Impact | undefined): FindingEntry['loss'] {
  if (!impact) return undefined;
  const range = impact.maxDeltaCents !== undefined && impact.maxDeltaCents !== impact.deltaCents;
  return {
    amount: range
      ? `${lossText(impact.deltaCents)} à ${lossText(impact.maxDeltaCents!)}`
      : lossText(impact.deltaCents),
    hint: impact.hint,
  };
}

/** The instructor's « 2/9 vérifiés »: the findings whose mark is checked. */
export function checkedCount(drawing: PanelDrawing, marks: Marks): number {
  return drawing.keys.filter((k) => marks[k]?.checked === true).length;
}
