/** The dossier fixtures of the mock pages (`clas-dossier/1`), typed. */
import type { Dossier } from '../../rules/dossier.ts';
import receivable from './fixtures/receivable.json';
import blocked from './fixtures/blocked.json';
import edge from './fixtures/edge.json';

export const FIXTURE_NAMES = ['receivable', 'blocked', 'edge'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

/** JSON imports widen string unions to string: the fixtures are checked against the schema in tests. */
export const fixtures: Record<FixtureName, Dossier> = {
  receivable: receivable as Dossier,
  blocked: blocked as Dossier,
  edge: edge as Dossier,
};

export function isFixtureName(s: string): s is FixtureName {
  return (FIXTURE_NAMES as readonly string[]).includes(s);
}
