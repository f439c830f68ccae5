// @vitest-environment happy-dom
/**
 * Pages written apart from the reader's concepts, in shapes the mock portals do not use (DSFR
 * form with hints, `<details>` summary, « Libellé : valeur » lines broken by `<br>`, a groups
 * table of inputs with a last-year column and a totals row, school levels as boxes named one by
 * one, a table with one column per group and a totals column): every value they show is read, and
 * nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../portals/read-page';
import { scoreRead } from '../corpus/score';
import expected from '../fixtures/pages/expected.json';

const dir = join(process.cwd(), 'test/fixtures/pages');

function load(name: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
  // happy-dom does not honour `<option selected>` (a browser does).
  for (const o of doc.querySelectorAll('option'))
    (o as HTMLOptionElement).selected = o.hasAttribute('selected');
  return doc;
}

describe('pages of other shapes', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: reads every field shown, and nothing wrong`, () => {
      const portal = (want as { portal: 'elan' | 'mcp' }).portal;
      const read = readPage(load(name), portal);
      const { format: _f, ...got } = read.dossier as unknown as Record<string, unknown>;
      const score = scoreRead({ format: 'clas-dossier/1', ...want } as never, got as never);
      expect(score.wrong).toEqual([]);
      expect(score.notRead).toEqual([]);
    });
  }

  it('says which label each value was read from', () => {
    const read = readPage(load('dsfr-form.html'), 'mcp');
    expect(read.evidence.get('collectives[1].children')).toBe('Effectif prévu');
    expect(read.evidence.get('budget.cafRequested')).toBe(
      'Caisse d’allocations familiales (prestation de service)',
    );
  });
});
