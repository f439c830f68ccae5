// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { depositDateInText, depositDateOnPage } from '../../portals/deposit-date';
import { parseDate } from '../../portals/parse-text';
import { readPage } from '../../portals/read-page';
import { readDossier, type PageFacts } from '../../session/dossier-reading';

// The deposit date an instructor's page shows: the reader reads it where it is a labelled value,
// the page's sentences give it otherwise, and the deposit window is judged on it.

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the one French date parser', () => {
  it.each([
    ['12/07/2025', '2025-07-12'],
    ['1/7/2025', '2025-07-01'],
    ['12.07.2025 à 14 h 02', '2025-07-12'],
    ['2025-07-12', '2025-07-12'],
    ['12 juillet 2025', '2025-07-12'],
    ['1er août 2025', '2025-08-01'],
    ['le 1er août 2025', '2025-08-01'],
  ])('« %s » → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['31/02/2025', '12 juillot 2025', 'bientôt', ''])('« %s » is no date', (text) =>
    expect(parseDate(text)).toBeUndefined(),
  );
});

describe('the reader reads a labelled deposit date', () => {
  it.each([
    ['a definition list', '<dl><dt>Date de dépôt</dt><dd>12/07/2025</dd></dl>', '2025-07-12'],
    ['a table', '<table><tr><th>Transmis le</th><td>2 août 2025</td></tr></table>', '2025-08-02'],
    ['a line with a colon', '<p>Date de dépôt : 12/07/2025</p>', '2025-07-12'],
    ['a strong label', '<p><strong>Déposé le</strong> 12/07/2025</p>', '2025-07-12'],
  ])('in %s', (_, html, iso) => {
    const read = readPage(parse(html), 'elan');
    expect(read.dossier.depositedOn).toBe(iso);
    expect(read.found).toContain('depositedOn');
  });

  it('not the day a file was uploaded', () => {
    const read = readPage(
      parse('<ul><li>Bilan.pdf <small>(déposé le 10/07/2025)</small></li></ul>'),
      'elan',
    );
    expect(read.dossier.depositedOn).toBeUndefined();
    expect(read.found).not.toContain('depositedOn');
  });
});

describe('a sentence of the page gives it otherwise', () => {
  it('after its label, at the start of the text', () => {
    expect(depositDateInText('Date de dépôt : 12/07/2025')).toBe('2025-07-12');
    expect(depositDateInText('Dossier déposé le 12 juillet 2025')).toBe('2025-07-12');
    expect(depositDateInText('Transmis le 02/08/2025 à 14 h 02')).toBe('2025-08-02');
    // A file uploaded that day is not the dossier deposited.
    expect(depositDateInText('Bilan.pdf (déposé le 10/07/2025)')).toBeUndefined();
  });

  it('in a paragraph, a definition list, a table; not a file’s line', () => {
    expect(depositDateOnPage(parse('<p>Dossier déposé le 12 juillet 2025</p>'))).toBe('2025-07-12');
    expect(depositDateOnPage(parse('<dl><dt>Date de dépôt</dt><dd>12/07/2025</dd></dl>'))).toBe(
      '2025-07-12',
    );
    expect(
      depositDateOnPage(parse('<table><tr><th>Transmis le</th><td>2 août 2025</td></tr></table>')),
    ).toBe('2025-08-02');
    expect(
      depositDateOnPage(parse('<ul><li>Bilan.pdf <small>(déposé le 10/07/2025)</small></li></ul>')),
    ).toBeUndefined();
  });
});

describe('the deposit window is judged on it', () => {
  const TODAY = '2025-09-15';
  const judge = (html: string) => {
    const doc = parse(html);
    const read = readPage(doc, 'elan');
    const facts: PageFacts = {
      portal: 'elan',
      address: 'https://elan.caf.fr/dossier/123',
      number: '123',
      step: {},
      depositedOn: depositDateOnPage(doc),
      readAt: 1,
    };
    const reading = readDossier({ read, facts, others: [], today: TODAY });
    return {
      depositedOn: reading.dossier.depositedOn,
      window: reading.report.findings.filter((f) => f.rule === 'deposit.window'),
    };
  };

  it('in time when deposited before the closing, though checked in September', () => {
    const judged = judge('<p>Dossier déposé le 12 juillet 2025</p>');
    expect(judged.depositedOn).toBe('2025-07-12');
    expect(judged.window).toEqual([]);
  });

  it('late when deposited after the closing, said with the deposit date', () => {
    const judged = judge('<dl><dt>Date de dépôt</dt><dd>02/08/2025</dd></dl>');
    expect(judged.depositedOn).toBe('2025-08-02');
    expect(judged.window).toHaveLength(1);
    expect(judged.window[0]!.message).toContain('déposé le 2 août 2025');
  });

  it('on the day judged when the page shows no deposit date', () => {
    const judged = judge('<p>Dossier de demande</p>');
    expect(judged.depositedOn).toBeUndefined();
    expect(judged.window).toHaveLength(1);
    expect(judged.window[0]!.field).toBe('checkedOn');
  });
});
