import { fieldLabel } from '../display/field-names';
import { findingKeys } from '../display/finding-keys';
import { formatCents, formatCentsRange } from '../rules/format-fr';
import { fundingLines } from '../rules/funding-lines';
import type { Finding, Funding } from '../rules/report';
import type { Snapshot } from './format';

/**
 * Two snapshots of one dossier side by side: the fields that changed, the findings that
 * appeared or were resolved (matched by rule and field), and the funding's difference by line
 * and in total. Pure; every text is French.
 */

export interface FieldChange {
  /** Dossier path, e.g. `collectives[1].children`. */
  path: string;
  /** « Collectif 2 : nombre d’enfants ». */
  label: string;
  before: string;
  after: string;
}

interface MoneyChange {
  financer: string;
  label: string;
  before: string;
  after: string;
  /** « + 329,00 € », « − 1 000,00 € », « inchangé ». */
  difference: string;
  deltaMinCents: number;
  deltaMaxCents: number;
}

export interface SnapshotComparison {
  /** The older snapshot and the newer one, whatever the order given. */
  before: Snapshot;
  after: Snapshot;
  sameDossier: boolean;
  fields: FieldChange[];
  appeared: Finding[];
  resolved: Finding[];
  receivable: { before: boolean; after: boolean };
  funding: { lines: MoneyChange[]; total: MoneyChange };
}

const AMOUNT_PATH = /^budget\.|^collectives\[\d+\]\.expenses$/;
const MAX_SHOWN = 300;

/** `{ budget: { msa: 0 } }` → `budget.msa` → 0; lists of values (levels) stay one value. */
export function flattenDossier(value: unknown, prefix = '', out = new Map<string, unknown>()) {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(prefix, value);
    else value.forEach((v, i) => flattenDossier(v, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!prefix && k === 'format') continue;
      flattenDossier(v, prefix ? `${prefix}.${k}` : k, out);
    }
  } else if (value !== undefined) out.set(prefix, value);
  return out;
}

export function formatValue(path: string, v: unknown): string {
  if (v === undefined || v === null || v === '') return 'non renseigné';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'number')
    return AMOUNT_PATH.test(path) ? formatCents(Math.round(v * 100)) : String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'aucun' : v.map(String).join(', ');
  const s = String(v);
  return s.length > MAX_SHOWN ? `« ${s.slice(0, MAX_SHOWN)}… »` : `« ${s} »`;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flattenDossier(before);
  const b = flattenDossier(after);
  const paths = [...b.keys(), ...[...a.keys()].filter((p) => !b.has(p))];
  return paths
    .filter((p) => !same(a.get(p), b.get(p)))
    .map((path) => ({
      path,
      label: fieldLabel(path),
      before: formatValue(path, a.get(path)),
      after: formatValue(path, b.get(path)),
    }));
}

/** Findings of `b` whose rule + field (+ rank among the same) is not in `a`. */
function findingsNotIn(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const keys = new Set(findingKeys(a));
  const bKeys = findingKeys(b);
  return b.filter((_, i) => !keys.has(bKeys[i]!));
}

function signed(cents: number): string {
  if (cents === 0) return '0,00\u00a0€';
  return cents > 0 ? `+\u00a0${formatCents(cents)}` : `−\u00a0${formatCents(-cents)}`;
}

const range = formatCentsRange;

function money(
  financer: string,
  label: string,
  b: { minCents: number; maxCents: number },
  a: { minCents: number; maxCents: number },
): MoneyChange {
  const dMin = a.minCents - b.minCents;
  const dMax = a.maxCents - b.maxCents;
  const difference =
    dMin === 0 && dMax === 0
      ? 'inchangé'
      : dMin === dMax
        ? signed(dMin)
        : `${signed(dMin)} à ${signed(dMax)}`;
  return {
    financer,
    label,
    before: range(b.minCents, b.maxCents),
    after: range(a.minCents, a.maxCents),
    difference,
    deltaMinCents: dMin,
    deltaMaxCents: dMax,
  };
}

function fundingChanges(before: Funding, after: Funding): SnapshotComparison['funding'] {
  const bl = fundingLines(before);
  const al = fundingLines(after);
  const lines = al.map((l, i) => {
    const b = bl[i] ?? { minCents: 0, maxCents: 0 };
    return money(l.financer, l.label, b, l);
  });
  const total = money(
    'Total',
    'Financement estimé',
    { minCents: before.totalMinCents, maxCents: before.totalMaxCents },
    { minCents: after.totalMinCents, maxCents: after.totalMaxCents },
  );
  return { lines, total };
}

export function compareSnapshots(x: Snapshot, y: Snapshot): SnapshotComparison {
  const [before, after] = x.createdAt <= y.createdAt ? [x, y] : [y, x];
  return {
    before,
    after,
    sameDossier: before.dossierKey === after.dossierKey,
    fields: fieldChanges(before.dossier, after.dossier),
    appeared: findingsNotIn(before.report.findings, after.report.findings),
    resolved: findingsNotIn(after.report.findings, before.report.findings),
    receivable: { before: before.report.receivable, after: after.report.receivable },
    funding: fundingChanges(before.report.funding, after.report.funding),
  };
}
