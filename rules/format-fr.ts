/**
 * French display of amounts and dates, written by hand rather than with Intl: the output must
 * be the same in Node's small-icu builds, in every browser and in tests (`2 758,28 €`).
 */

import { localDay, twoDigits } from './dates';

/** No-break space: keeps `2 758,28 €` on one line and is what French typography asks for. */
export const NBSP = '\u00a0';

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${grouped},${rest}${NBSP}€`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2 758,28 €`, or `300,00 € – 1 500,00 €` when the bounds differ (the TNE range). */
export function formatCentsRange(minCents: number, maxCents: number): string {
  return minCents === maxCents
    ? formatCents(minCents)
    : `${formatCents(minCents)} – ${formatCents(maxCents)}`;
}

/**
 * `2025-07-31` → `31 juillet 2025`; `2025-08-01` → `1er août 2025`; a date known only to the
 * month, `2025-09` → `septembre 2025` (never an invented day).
 */
export function formatDateFr(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const month = `${MONTHS[m - 1] ?? '?'} ${y}`;
  if (d === undefined) return month;
  return `${d === 1 ? '1er' : String(d)} ${month}`;
}

/** `10 juillet 2025 à 10 h 05`: an instant (ISO 8601) in the person's own time zone. */
export function formatDateTimeFr(iso: string): string {
  const at = new Date(iso);
  return `${formatDateFr(localDay(at))} à ${at.getHours()} h ${twoDigits(at.getMinutes())}`;
}

/** « en septembre 2025 » for a month, « au plus tard le 31 juillet 2025 » for a day. */
export function formatDueFr(dayOrMonth: string): string {
  return /^\d{4}-\d{2}$/.test(dayOrMonth)
    ? `en ${formatDateFr(dayOrMonth)}`
    : `au plus tard le ${formatDateFr(dayOrMonth)}`;
}

/** `32.5` → `32,5 %`. */
export function formatPercent(value: number): string {
  return `${String(value).replace('.', ',')}${NBSP}%`;
}

/** « 3 jours », « 1 jour », « aujourd’hui ». */
export function formatDays(n: number): string {
  const a = Math.abs(n);
  return `${a} jour${a > 1 ? 's' : ''}`;
}
