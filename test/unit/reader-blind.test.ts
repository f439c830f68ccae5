// @vitest-environment happy-dom
/**
 * Portal pages written by people who had read only the contract and the note, never the reader,
 * each with the dossier a careful person reads on it: fourteen in test/fixtures/pages-blind/, and
 * twelve more in pages-blind-2/ (other styles: Angular and React markup, DSFR, WebForms tables,
 * printable summaries). No value is read wrong on any of them, and the reader reads at least as
 * much as it did when they came. What it still misses is printed (console).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../portals/read-page';
import { scoreRead } from '../corpus/score';

/** Fields read right when each set came in (of 399 and of 415 shown). */
const SETS = [
  { dir: 'pages-blind', pages: 14, readAtLeast: 369 },
  { dir: 'pages-blind-2', pages: 12, readAtLeast: 396 },
];

for (const { dir: name, pages, readAtLeast } of SETS) {
  const dir = join(process.cwd(), 'test/fixtures', name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;

  const load = (file: string): Document => {
    const html = readFileSync(join(dir, file), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // happy-dom does not honour `<option selected>` (a browser does).
    for (const o of doc.querySelectorAll('option'))
      (o as HTMLOptionElement).selected = o.hasAttribute('selected');
    return doc;
  };

  const score = (file: string) => {
    const { notes: _notes, ...want } = expected[file]!;
    const read = readPage(load(file), want.portal as 'elan' | 'mcp');
    const {
      format: _f,
      checkedOn: _c,
      ...got
    } = read.dossier as unknown as Record<string, unknown>;
    return scoreRead({ format: 'clas-dossier/1', ...want } as never, got as never);
  };

  describe(`pages written blind (${name})`, () => {
    const files = Object.keys(expected);

    it(`are ${pages}`, () => expect(files).toHaveLength(pages));

    for (const file of files) {
      it(`${file}: no value read wrong`, () => {
        expect(score(file).wrong).toEqual([]);
      });
    }

    it(`reads at least ${readAtLeast} of their fields right`, () => {
      let right = 0;
      const missed: string[] = [];
      for (const file of files) {
        const s = score(file);
        right += s.right.length;
        missed.push(...s.notRead.map((p) => `${file} ${p}`));
      }
      console.info(`${name}: ${right} read right, not read:\n${missed.join('\n')}`);
      expect(right).toBeGreaterThanOrEqual(readAtLeast);
    });
  });
}
