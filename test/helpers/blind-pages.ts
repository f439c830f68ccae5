import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDossier } from '../corpus/types';

/**
 * Portal pages written by people who had read only the contract and the note, never the reader
 * (test/fixtures/pages-blind*), each with the dossier a careful person reads on it. The floors are
 * the fields read right when each set came in, then raised as the reader improved: the unit test
 * and the browser test hold the reader to them.
 */
export const BLIND_SETS = [
  { dir: 'pages-blind', pages: 14, readAtLeast: 369 },
  { dir: 'pages-blind-2', pages: 12, readAtLeast: 396 },
] as const;

export interface BlindPage {
  name: string;
  html: string;
  portal: 'elan' | 'mcp';
  /** The dossier the page shows (`format` added, the writer's `notes` left out). */
  expected: CorpusDossier;
}

export function blindPages(dir: string): BlindPage[] {
  const at = join(process.cwd(), 'test/fixtures', dir);
  const all = JSON.parse(readFileSync(join(at, 'expected.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  return Object.entries(all).map(([name, { notes: _notes, ...want }]) => ({
    name,
    html: readFileSync(join(at, name), 'utf8'),
    portal: want.portal as 'elan' | 'mcp',
    expected: { format: 'clas-dossier/1', ...want } as unknown as CorpusDossier,
  }));
}
