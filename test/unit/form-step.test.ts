// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAtText, stepOf } from '../../portals/form-step';
import { depositDateInText, depositDateOnPage, parseFrenchDate } from '../../portals/deposit-date';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const at = (href: string) => new URL(href, 'https://elan.caf.fr');

describe('the step of a form’s page', () => {
  it('from the steps list, the « Étape N » line, or the address', () => {
    expect(
      stepOf(
        parse('<ol><li>1. Structure</li><li aria-current="step">2. Projet</li></ol>'),
        at('/x'),
      ),
    ).toEqual({ number: 2, title: 'Projet' });
    expect(stepOf(parse('<p>Étape 3 sur 6 — Collectifs</p>'), at('/x'))).toEqual({
      number: 3,
      title: 'Collectifs',
    });
    expect(stepOf(parse('<p>Bonjour</p>'), at('/elan/demande/2025-00412/etape-4'))).toEqual({
      number: 4,
    });
    expect(stepOf(parse('<p>Bonjour</p>'), at('/mcp/declaration?step=2'))).toEqual({ number: 2 });
  });

  it('none when the page does not number its steps', () => {
    expect(stepOf(parse('<h1>Déclaration</h1>'), at('/mcp/declaration/clas'))).toEqual({});
    expect(readAtText({})).toBe('lu sur une autre page');
    expect(readAtText({ number: 2 })).toBe('lu à l’étape 2');
  });
});

describe('the deposit date an instructor’s page shows', () => {
  it.each([
    ['12/07/2025', '2025-07-12'],
    ['1/7/2025', '2025-07-01'],
    ['12.07.2025 à 14 h 02', '2025-07-12'],
    ['2025-07-12', '2025-07-12'],
    ['12 juillet 2025', '2025-07-12'],
    ['1er août 2025', '2025-08-01'],
  ])('« %s » → %s', (text, iso) => expect(parseFrenchDate(text)).toBe(iso));

  it.each(['31/02/2025', '12 juillot 2025', 'bientôt'])('« %s » is no date', (text) =>
    expect(parseFrenchDate(text)).toBeUndefined(),
  );

  it('after its label, at the start of the text', () => {
    expect(depositDateInText('Date de dépôt : 12/07/2025')).toBe('2025-07-12');
    expect(depositDateInText('Dossier déposé le 12 juillet 2025')).toBe('2025-07-12');
    expect(depositDateInText('Transmis le 02/08/2025')).toBe('2025-08-02');
    // A file uploaded that day is not the dossier deposited.
    expect(depositDateInText('Bilan.pdf (déposé le 10/07/2025)')).toBeUndefined();
  });

  it('in a definition list, a table, or a line of text', () => {
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
