import type { Dossier } from '../rules/dossier';
import { formatCents, formatDateFr } from '../rules/format-fr';
import { valueAt } from '../rules/read-state';
import { fieldLabel } from './field-names';

/**
 * « Valeurs lues »: every value the reader took from the page, with the page's label it came
 * from, so that a person sees a misread at a glance (issue 10: « lu dans « libellé » »).
 * Browser-free; drawn by components/ReadValues.tsx.
 */
export interface ReadValue {
  path: string;
  /** The field's French name (« Nombre d'enfants — collectif 2 »). */
  field: string;
  /** The value as the panel writes it: « 9 000,00 € », « Oui », « CP, CE1 ». */
  value: string;
  /** The page's label it was read from. */
  label: string;
}

const SITUATION: Record<string, string> = {
  'first-request': 'première demande',
  'renewal-unchanged': 'renouvellement sans changement',
  'renewal-changed': 'renouvellement avec changements',
};

/** Amounts are in euros in the dossier; counts are whole numbers of children or adults. */
const AMOUNT = /^(budget\.|collectives\[\d+\]\.expenses$)/;
const LONG = 80;

export function readValues(
  dossier: Dossier,
  evidence: Readonly<Record<string, string>>,
): ReadValue[] {
  const out: ReadValue[] = [];
  for (const [path, label] of Object.entries(evidence)) {
    const text = shown(path, valueAt(dossier, path));
    if (text === undefined) continue;
    out.push({ path, field: fieldLabel(path), value: text, label });
  }
  return out;
}

function shown(path: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v ? 'Oui' : 'Non';
  if (typeof v === 'number')
    return AMOUNT.test(path) ? formatCents(Math.round(v * 100)) : String(v);
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v !== 'string') return undefined;
  if (path === 'carrier.situation') return SITUATION[v] ?? v;
  if (path === 'depositedOn' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDateFr(v);
  const flat = v.replace(/\s+/g, ' ').trim();
  return flat.length > LONG ? `${flat.slice(0, LONG - 1)}…` : flat;
}
