// @vitest-environment happy-dom
/**
 * Fourteen portal pages written by someone who had read only the contract and the note, never the
 * reader (test/fixtures/pages-blind/, with the dossier a careful person reads on each): no value
 * is read wrong on any of them, and the reader reads at least as much as it did when they came.
 * What it still misses is listed by `npx vitest run test/unit/reader-blind` (console).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../portals/read-page';
import { scoreRead } from '../corpus/score';
import expected from '../fixtures/pages-blind/expected.json';

const dir = join(process.cwd(), 'test/fixtures/pages-blind');

/** Fields read right over the fourteen pages when they were added (of 399). */
const READ_AT_LEAST = 368;

function load(name: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
  // happy-dom does not honour `<option selected>` (a browser does).
  for (const o of doc.querySelectorAll('option'))
    (o as HTMLOptionElement).selected = o.hasAttribute('selected');
  return doc;
}

function score(name: string) {
  const { notes: _notes, ...want } = (expected as Record<string, Record<string, unknown>>)[name]!;
  const read = readPage(load(name), want.portal as 'elan' | 'mcp');
  const { format: _f, checkedOn: _c, ...got } = read.dossier as unknown as Record<string, unknown>;
  return scoreRead({ format: 'clas-dossier/1', ...want } as never, got as never);
}

describe('pages written blind', () => {
  const names = Object.keys(expected);

  it('are fourteen', () => expect(names).toHaveLength(14));

  for (const name of names) {
    it(`${name}: no value read wrong`, () => {
      expect(score(name).wrong).toEqual([]);
    });
  }

  it(`reads at least ${READ_AT_LEAST} of their fields right`, () => {
    let right = 0;
    const missed: string[] = [];
    for (const name of names) {
      const s = score(name);
      right += s.right.length;
      missed.push(...s.notRead.map((p) => `${name} ${p}`));
    }
    console.info(`pages written blind: ${right} read right, not read:\n${missed.join('\n')}`);
    expect(right).toBeGreaterThanOrEqual(READ_AT_LEAST);
  });
});
