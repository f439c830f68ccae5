// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  identityKey,
  identityOf,
  numberInAddress,
  numberInText,
  numberOnPage,
  sameDossier,
} from '../../portals/dossier-identity';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const address = (href: string) => new URL(href, 'https://elan.caf.fr');

describe('the dossier number in a text', () => {
  it.each([
    ['Dossier n° ELAN-88-2025-01234', 'ELAN-88-2025-01234'],
    ['Instruction › Clas 2025-2026 › Dossier n° ELAN-88-2025-01234', 'ELAN-88-2025-01234'],
    ['N° de dossier : 4521', '4521'],
    ['N°  de  dossier :   2025-00412.', '2025-00412'],
    ['Numéro de demande : A-778-19', 'A-778-19'],
    ['Référence : CLAS/2025/017', 'CLAS/2025/017'],
  ])('« %s » → %s', (text, number) => expect(numberInText(text)).toBe(number));

  it.each([
    'Référence : 2025-2026',
    'Dossier n° 12',
    'Référence : note de cadrage',
    'Nombre de collectifs : 4521',
  ])('« %s » has none', (text) => expect(numberInText(text)).toBeUndefined());
});

describe('the dossier number in an address', () => {
  it.each([
    ['/elan/instruction/dossier-4521', '4521'],
    ['/elan/demande/2025-00412/etape-2', '2025-00412'],
    ['/elan/dossiers/ELAN-88-2025-01234', 'ELAN-88-2025-01234'],
    ['/mcp/declaration?dossier=A-778', 'A-778'],
    ['/consultation?id=998877', '998877'],
  ])('%s → %s', (href, number) => expect(numberInAddress(address(href))).toBe(number));

  it.each([
    '/elan/demande/clas',
    '/elan/demande/clas/etape-2',
    '/clas/2025-2026/demande',
    '/demande/2025/etape-3',
    '/mcp/declaration/clas?etape=2',
  ])('%s has none', (href) => expect(numberInAddress(address(href))).toBeUndefined());
});

describe('the dossier number on a page', () => {
  it('in a breadcrumb', () => {
    const doc = parse(
      '<div class="crumbs">Instruction › Clas 2025-2026 — Caf des Vosges › Dossier n° ELAN-88-2025-04521</div>',
    );
    expect(numberOnPage(doc)).toBe('ELAN-88-2025-04521');
  });

  it('in a definition list or a table row', () => {
    expect(numberOnPage(parse('<dl><dt>N° de dossier</dt><dd>2025-00412</dd></dl>'))).toBe(
      '2025-00412',
    );
    expect(
      numberOnPage(parse('<table><tr><th>Référence du dossier</th><td>CLAS-17</td></tr></table>')),
    ).toBeUndefined(); // two digits only
    expect(
      numberOnPage(
        parse('<table><tr><th>Référence du dossier</th><td>CLAS-1789</td></tr></table>'),
      ),
    ).toBe('CLAS-1789');
  });

  it('not in the extension’s own elements', () => {
    const doc = parse('<div data-own>Dossier n° 77777</div><p>Rien</p>');
    expect(numberOnPage(doc, (el) => el.hasAttribute('data-own'))).toBeUndefined();
  });
});

describe('the dossier’s identity', () => {
  const a = identityOf('elan', 'Centre social La Passerelle', 'ELAN-88-2025-01234');

  it('is kept under the number when there is one, else under the name', () => {
    expect(identityKey(a)).toBe('elan|n:ELAN-88-2025-01234');
    expect(identityKey(identityOf('elan', '  Centre Social  la Passerelle ', undefined))).toBe(
      'elan|c:centre social la passerelle',
    );
    expect(identityKey(identityOf('elan', undefined, undefined))).toBeUndefined();
    expect(identityKey(identityOf('elan', '   ', undefined))).toBeUndefined();
  });

  it('joins a page that shows only the number, or only the name', () => {
    expect(sameDossier(a, identityOf('elan', undefined, 'elan-88-2025-01234'))).toBe(true);
    expect(sameDossier(a, identityOf('elan', 'CENTRE SOCIAL LA PASSERELLE', undefined))).toBe(true);
    expect(
      sameDossier(identityOf('elan', 'Éveil', undefined), identityOf('elan', 'eveil', undefined)),
    ).toBe(true);
  });

  it('keeps apart two numbers, two names, two portals, and pages that say nothing', () => {
    expect(
      sameDossier(a, identityOf('elan', 'Centre social La Passerelle', 'ELAN-88-2025-09999')),
    ).toBe(false);
    expect(
      sameDossier(identityOf('elan', 'A', undefined), identityOf('elan', 'B', undefined)),
    ).toBe(false);
    expect(sameDossier(a, { ...a, portal: 'mcp' })).toBe(false);
    expect(
      sameDossier(
        identityOf('elan', undefined, undefined),
        identityOf('elan', undefined, undefined),
      ),
    ).toBe(false);
    expect(
      sameDossier(identityOf('elan', 'A', undefined), identityOf('elan', undefined, '12345')),
    ).toBe(false);
  });
});
