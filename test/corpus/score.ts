import { FIELDS, fieldKeyOf } from './fields';
import { leaves } from './paths';
import type { CorpusDossier } from './types';

/**
 * Compares what a reader read on a page with what the page shows, leaf by leaf
 * (`collectives[2].children`, `bonuses.tne.requested`):
 * - right: read and equal; wrong: read and different, or read where the page shows nothing
 *   (a value invented is as bad as a value misread); notRead: shown but not read;
 * - levels are compared as sets, amounts to the cent, counts exactly, texts trimmed with their
 *   white space collapsed (any kind of space), booleans and codes exactly;
 * - `format` is ignored; an empty text or an empty list counts as nothing read.
 */
export interface Score {
  right: string[];
  wrong: { path: string; expected: unknown; got: unknown }[];
  notRead: string[];
}

type Kind = (typeof FIELDS)[keyof typeof FIELDS] | 'unknown';

function kindOf(path: string): Kind {
  return (FIELDS as Record<string, Kind>)[fieldKeyOf(path)] ?? 'unknown';
}

const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function isNothing(v: unknown): boolean {
  return (typeof v === 'string' && squash(v) === '') || (Array.isArray(v) && v.length === 0);
}

export function sameValue(kind: Kind, expected: unknown, got: unknown): boolean {
  if (typeof expected === 'string' && typeof got === 'string')
    return squash(expected) === squash(got);
  if (typeof expected === 'number' && typeof got === 'number') {
    return kind === 'amount'
      ? Math.round(expected * 100) === Math.round(got * 100)
      : expected === got;
  }
  if (Array.isArray(expected) && Array.isArray(got)) {
    const a = new Set(expected.map((v) => (typeof v === 'string' ? squash(v) : v)));
    const b = new Set(got.map((v) => (typeof v === 'string' ? squash(v) : v)));
    return a.size === b.size && [...a].every((v) => b.has(v));
  }
  return expected === got;
}

export function scoreRead(expected: CorpusDossier, read: CorpusDossier): Score {
  const want = leaves(expected);
  const got = leaves(read);
  const score: Score = { right: [], wrong: [], notRead: [] };
  for (const [path, value] of want) {
    const g = got.get(path);
    if (g === undefined || isNothing(g)) score.notRead.push(path);
    else if (sameValue(kindOf(path), value, g)) score.right.push(path);
    else score.wrong.push({ path, expected: value, got: g });
  }
  for (const [path, g] of got) {
    if (!want.has(path) && !isNothing(g)) score.wrong.push({ path, expected: undefined, got: g });
  }
  return score;
}

/** Sums scores (a corpus's figure): counts of right, wrong and not read. */
export function totals(scores: Score[]): { right: number; wrong: number; notRead: number } {
  return scores.reduce(
    (t, s) => ({
      right: t.right + s.right.length,
      wrong: t.wrong + s.wrong.length,
      notRead: t.notRead + s.notRead.length,
    }),
    { right: 0, wrong: 0, notRead: 0 },
  );
}
