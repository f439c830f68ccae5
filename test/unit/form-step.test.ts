// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAtText, stepOf } from '../../portals/form-step';

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
