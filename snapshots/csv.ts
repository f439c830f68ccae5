import { reportText } from '../rules/report-text';
import { fieldLabel } from '../display/field-names';
import type { Snapshot } from './format';
import { formatDateTimeFr } from '../rules/format-fr';
import { snapshotTitle } from './build';

/**
 * The CSV export: one row per finding, then one per checklist item. UTF-8 with a BOM, `;`
 * between cells and CRLF between rows, so that LibreOffice and a French Excel open it with its
 * accents and columns. Page text is untrusted: a cell that a spreadsheet would read as a
 * formula is neutralised (docs/snapshot-format.md).
 */

export const CSV_COLUMNS = [
  'type',
  'rule',
  'severity',
  'message',
  'source',
  'field',
  'done',
  'verified',
  'note',
] as const;

const BOM = '\uFEFF';

/**
 * What a spreadsheet may skip before it looks for a formula sign: white space of any kind
 * (NBSP, ideographic space, line breaks), the BOM, zero-width and other invisible format
 * characters (`\p{Cf}`), and the Hangul fillers that draw nothing.
 */
const IGNORED_LEAD = /^[\s\p{White_Space}\p{Cf}\u115f\u1160\u3164\uffa0]+/u;
/** Tab and CR start a DDE formula in some spreadsheets even before any other sign. */
const CONTROL_LEAD = /^[\t\r]/;
/** The formula signs, after folding compatibility forms (full-width `＝＋－＠`, small `﹦`…). */
const FORMULA_SIGNS = '=+-@';

/**
 * The cell would be read as a formula: it starts with a tab or CR, or its first visible
 * character, folded to its plain form (NFKC: `＝` → `=`), is `=`, `+`, `-` or `@`.
 */
export function looksLikeFormula(value: string): boolean {
  if (CONTROL_LEAD.test(value)) return true;
  const first = value.replace(IGNORED_LEAD, '').codePointAt(0);
  if (first === undefined) return false;
  return FORMULA_SIGNS.includes(String.fromCodePoint(first).normalize('NFKC').charAt(0));
}

/** One cell: `'` before a formula-like start, quotes doubled, quoted when it must be. */
export function csvCell(value: string): string {
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(';');
}

const yesNo = (b: boolean) => (b ? 'oui' : 'non');

export function snapshotCsv(s: Snapshot): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const instructor = s.marks.some((m) => m.checked || m.note !== '') || s.role === 'instructor';
  s.report.findings.forEach((f, i) => {
    const mark = s.marks[i];
    rows.push([
      'finding',
      f.rule,
      f.severity,
      f.message,
      f.source,
      f.field ?? '',
      '',
      instructor ? yesNo(mark?.checked ?? false) : '',
      mark?.note ?? '',
    ]);
  });
  for (const c of s.report.checklist) {
    rows.push(['checklist', '', '', c.item, '', '', yesNo(c.done), '', '']);
  }
  return BOM + rows.map(csvRow).join('\r\n') + '\r\n';
}

/** « Copier le texte »: the report as plain text, then the instructor's marks and notes. */
export function snapshotText(s: Snapshot): string {
  const out = [reportText(s.report, snapshotTitle(s))];
  const marked = s.report.findings
    .map((f, i) => ({ f, m: s.marks[i] }))
    .filter(({ m }) => m && (m.checked || m.note !== ''));
  if (marked.length > 0) {
    const checked = s.marks.filter((m) => m.checked).length;
    out.push(
      '',
      `Vérifications de l’instructeur (${checked}/${s.report.findings.length} vérifiés) :`,
    );
    for (const { f, m } of marked) {
      const where = f.field ? ` — ${fieldLabel(f.field)}` : '';
      out.push(`  [${m!.checked ? 'x' : ' '}] ${f.rule}${where}${m!.note ? ` : ${m!.note}` : ''}`);
    }
  }
  out.push('', `Page : ${s.url}`, `Instantané du ${formatDateTimeFr(s.createdAt)}`);
  return out.join('\n');
}
