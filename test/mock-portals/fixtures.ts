/** The dossier fixtures of the mock pages (`clas-dossier/1`), typed. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dossier } from '../../rules/dossier.ts';

export const FIXTURE_NAMES = ['receivable', 'blocked', 'edge'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

// Read from disk rather than imported: Playwright's loader needs import attributes for JSON,
// which vite and tsx handle differently. The fixtures are checked against the schema in tests.
const load = (name: FixtureName): Dossier =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, 'fixtures', `${name}.json`), 'utf8'),
  ) as Dossier;

export const fixtures: Record<FixtureName, Dossier> = {
  receivable: load('receivable'),
  blocked: load('blocked'),
  edge: load('edge'),
};

export function isFixtureName(s: string): s is FixtureName {
  return (FIXTURE_NAMES as readonly string[]).includes(s);
}
