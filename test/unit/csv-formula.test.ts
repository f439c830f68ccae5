import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, looksLikeFormula } from '../../snapshots/csv';

/** Reads one cell back as a spreadsheet would: unquoted, quotes undoubled. */
function readCell(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

// Every character a spreadsheet may skip before the formula sign.
const LEADS: [string, string][] = [
  ['space', ' '],
  ['two spaces', '  '],
  ['NBSP', '\u00a0'],
  ['narrow NBSP', '\u202f'],
  ['ideographic space', '\u3000'],
  ['em space', '\u2003'],
  ['BOM', '\ufeff'],
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['left-to-right mark', '\u200e'],
  ['soft hyphen', '\u00ad'],
  ['Mongolian vowel separator', '\u180e'],
  ['Hangul filler', '\u3164'],
  ['line feed', '\n'],
  ['CRLF', '\r\n'],
  ['vertical tab', '\u000b'],
  ['form feed', '\u000c'],
  ['line separator', '\u2028'],
  ['space then zero-width space then NBSP', ' \u200b\u00a0'],
];

// Every sign that starts a formula, in every form a spreadsheet may fold to it.
const SIGNS: [string, string][] = [
  ['=', '='],
  ['+', '+'],
  ['-', '-'],
  ['@', '@'],
  ['full-width =', '\uff1d'],
  ['full-width +', '\uff0b'],
  ['full-width -', '\uff0d'],
  ['full-width @', '\uff20'],
  ['small =', '\ufe66'],
  ['small +', '\ufe62'],
  ['small -', '\ufe63'],
  ['small @', '\ufe6b'],
];

describe('CSV formula neutralising', () => {
  describe.each(SIGNS)('sign %s', (_name, sign) => {
    it('is neutralised at the start of a cell', () => {
      expect(readCell(csvCell(`${sign}1+1`))).toBe(`'${sign}1+1`);
    });
    it.each(LEADS)('is neutralised after a leading %s', (_lead, lead) => {
      const value = `${lead}${sign}HYPERLINK("http://x";"y")`;
      expect(looksLikeFormula(value)).toBe(true);
      expect(readCell(csvCell(value))).toBe(`'${value}`);
    });
    it('is left alone inside the text', () => {
      const value = `total ${sign} 3`;
      expect(looksLikeFormula(value)).toBe(false);
      expect(readCell(csvCell(value))).toBe(value);
    });
  });

  it.each([
    ['tab', '\tcmd'],
    ['CR', '\rcmd'],
  ])('neutralises a leading %s, a DDE start on its own', (_name, value) => {
    expect(readCell(csvCell(value))).toBe(`'${value}`);
  });

  // (A leading CR is a DDE start on its own: see above.)
  it.each(LEADS.filter(([, l]) => !l.startsWith('\r')))(
    'leaves a leading %s before ordinary text alone',
    (_lead, lead) => {
      const value = `${lead}Épinal – 8 487,00 €`;
      expect(looksLikeFormula(value)).toBe(false);
      expect(readCell(csvCell(value))).toBe(value);
    },
  );

  it.each([
    ['empty', ''],
    ['only white space', ' \u00a0\u200b'],
    ['a quote mark', "'=1"],
    ['a minus sign that is not a hyphen (U+2212)', '\u2212 1 950,00 €'],
    ['an equals sign after a letter', 'a=1'],
  ])('leaves %s alone', (_name, value) => {
    expect(looksLikeFormula(value)).toBe(false);
  });
});

/** What the spreadsheet sees first: the first visible character, in its plain form. */
function firstVisible(value: string): string {
  const rest = value.replace(/^[\p{White_Space}\p{Cf}\u115f\u1160\u3164\uffa0]+/u, '');
  const cp = rest.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp).normalize('NFKC').charAt(0);
}

describe('CSV formula neutralising, fuzzed', () => {
  const lead = fc.constantFrom(...LEADS.map(([, l]) => l));
  const sign = fc.constantFrom(...SIGNS.map(([, s]) => s));
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });

  it('every lead, sign and text: the cell read back starts with a quote mark', () => {
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 4 }), sign, text, (leads, s, rest) => {
        const value = leads.join('') + s + rest;
        expect(readCell(csvCell(value))).toBe(`'${value}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('any text: read back it is itself or itself behind a quote mark, never a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const back = readCell(csvCell(value));
        expect([value, `'${value}`]).toContain(back);
        if (back === value) {
          expect('=+-@').not.toContain(firstVisible(value) || 'x');
          expect(value).not.toMatch(/^[\t\r]/);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
