// @vitest-environment happy-dom
/**
 * Portal pages written by people who had read only the contract and the note, never the reader
 * (test/helpers/blind-pages.ts): fourteen in test/fixtures/pages-blind/, twelve more in
 * pages-blind-2/ (other styles: Angular and React markup, DSFR, WebForms tables, printable
 * summaries). No value is read wrong on any of them, and the reader reads at least as much as it
 * did when they came. What it still misses is printed (console).
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../portals/read-page';
import { scoreRead } from '../corpus/score';
import { BLIND_SETS, blindPages, type BlindPage } from '../helpers/blind-pages';

function score(page: BlindPage) {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  // happy-dom does not honour `<option selected>` (a browser does).
  for (const o of doc.querySelectorAll('option'))
    (o as HTMLOptionElement).selected = o.hasAttribute('selected');
  const { checkedOn: _c, ...got } = readPage(doc, page.portal).dossier;
  return scoreRead(page.expected, got as never);
}

for (const { dir, pages, readAtLeast } of BLIND_SETS) {
  describe(`pages written blind (${dir})`, () => {
    const set = blindPages(dir);

    it(`are ${pages}`, () => expect(set).toHaveLength(pages));

    for (const page of set) {
      it(`${page.name}: no value read wrong`, () => {
        expect(score(page).wrong).toEqual([]);
      });
    }

    it(`reads at least ${readAtLeast} of their fields right`, () => {
      let right = 0;
      const missed: string[] = [];
      for (const page of set) {
        const s = score(page);
        right += s.right.length;
        missed.push(...s.notRead.map((p) => `${page.name} ${p}`));
      }
      console.info(`${dir}: ${right} read right, not read:\n${missed.join('\n')}`);
      expect(right).toBeGreaterThanOrEqual(readAtLeast);
    });
  });
}
