import type { Rng } from './rng';
import { LEVELS, MONTHS, WEEKDAYS } from './values';

/**
 * Values as people write them on French forms. A page picks one style per kind of value and
 * keeps it (as a portal would), so the same dossier reads `9 000,00 €` on one page and `9000` on
 * another.
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export type AmountStyle =
  | 'space' // 9 000 · 2 758,28
  | 'space-euro' // 9 000 € · 2 758,28 €
  | 'nbsp-cents-euro' // 9 000,00 € (no-break spaces)
  | 'nnbsp-cents-euro' // 9 000,00 € (narrow no-break space between thousands, as Intl writes)
  | 'plain' // 9000 · 2758,28
  | 'dot'; // 9000 · 9000.50 (what an <input type=number> holds)

function group(units: number, sep: string): string {
  return String(units).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function formatAmount(cents: number, style: AmountStyle): string {
  const units = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const hasCents = cents % 100 !== 0;
  switch (style) {
    case 'space':
      return group(units, ' ') + (hasCents ? `,${rest}` : '');
    case 'space-euro':
      return group(units, ' ') + (hasCents ? `,${rest}` : '') + ' €';
    case 'nbsp-cents-euro':
      return `${group(units, NBSP)},${rest}${NBSP}€`;
    case 'nnbsp-cents-euro':
      return `${group(units, NNBSP)},${rest}${NBSP}€`;
    case 'plain':
      return String(units) + (hasCents ? `,${rest}` : '');
    case 'dot':
      return String(units) + (hasCents ? `.${rest}` : '');
  }
}

export type DateStyle =
  | 'slash' // 12/07/2025
  | 'long' // 12 juillet 2025 (1er juillet 2025)
  | 'dots' // 12.07.2025
  | 'weekday' // samedi 12 juillet 2025
  | 'slash-time'; // 12/07/2025 à 14:32

export function formatDate(iso: string, style: DateStyle, rng: Rng): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const day = d === 1 ? '1er' : String(d);
  switch (style) {
    case 'slash':
      return `${dd}/${mm}/${y}`;
    case 'long':
      return `${day} ${MONTHS[m - 1]} ${y}`;
    case 'dots':
      return `${dd}.${mm}.${y}`;
    case 'weekday': {
      const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
      return `${weekday} ${day} ${MONTHS[m - 1]} ${y}`;
    }
    case 'slash-time':
      return `${dd}/${mm}/${y} à ${rng.int(8, 18)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  }
}

/**
 * How a list of classes is written. Separators that could also be read as a range (« CM1 - CM2 »,
 * « 6e/5e ») are used only for classes that follow each other, where both readings agree; a
 * `range` style writes « du CP au CE2 » for three or more classes that follow each other.
 */
export interface LevelStyle {
  sep: ', ' | ' - ' | '/' | ' et ' | '; ' | ' ';
  /** A template with {from} and {to}, used for a run of three classes or more. */
  range?: string;
  /** Other spellings of the codes (« 6ème », « Seconde »). */
  names?: Partial<Record<string, string>>;
}

function consecutive(levels: string[]): boolean {
  const idx = levels.map((l) => LEVELS.indexOf(l));
  return idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
}

export function formatLevels(levels: string[], style: LevelStyle): string {
  const name = (l: string) => style.names?.[l] ?? l;
  const isRun = consecutive(levels);
  if (style.range && isRun && levels.length >= 3) {
    return style.range
      .replace('{from}', name(levels[0]!))
      .replace('{to}', name(levels[levels.length - 1]!));
  }
  const sep = (style.sep === ' - ' || style.sep === '/') && !isRun ? ', ' : style.sep;
  const names = levels.map(name);
  if (sep === ' et ' && names.length > 2) {
    return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
  }
  return names.join(sep);
}

/** « de Golbey », « d’Épinal »: French elision before a vowel. */
export function deTown(town: string): string {
  return /^[aeiouyéèêâîôAEIOUYÉÈÊÂÎÔ]/.test(town) ? `d’${town}` : `de ${town}`;
}

/** Fills `{name}`-style placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    key in values ? String(values[key]) : m,
  );
}
