/**
 * Scores a label (and the text around it) against every concept, and decides: one concept wins
 * by a margin, or nothing is read. Precision before recall: a tie is « ambiguous », never a
 * guess.
 */
import { CONCEPTS, LAST_YEAR, type ConceptSpec, type ValueKind } from './concepts';
import { tokens } from './text';

type Phrase = readonly string[];

export interface Concept {
  readonly path: string;
  readonly kind: ValueKind;
  readonly all: readonly (readonly Phrase[])[];
  readonly any: readonly Phrase[];
  readonly not: readonly Phrase[];
  readonly unless: readonly Phrase[];
  readonly ctx: readonly Phrase[];
  readonly needCtx: boolean;
  readonly prevCtx: boolean;
  readonly notCtx: readonly Phrase[];
  readonly sum: boolean;
  readonly partWords: readonly Phrase[];
}

/** The words around a field, from closest to farthest. */
export interface Evidence {
  /** The field's own label. */
  label: readonly string[];
  /** A legend, column header, caption or row label right beside it. */
  near: readonly string[];
  /** Section headings it sits under. */
  far: readonly string[];
  /** The label of the field just before it: only says what it is about (`ctx`). */
  prev?: readonly string[];
  /** The column a table's value is in: its words rule a concept out like the label's. */
  qualifier?: readonly string[];
}

const LABEL = 2;
const NEAR = 1;
const FAR = 0.5;
const SUPPORT = 0.5;
const UNEXPLAINED = 0.25;
const MAX_PENALTY = 1.5;
/** A concept must be met in the label itself at least once (2), less two stray words. */
const MIN_SCORE = 1.5;
export const MIN_MARGIN = 1;

function compile(spec: ConceptSpec, start: number): Concept {
  const phrases = (list: readonly string[] | undefined) =>
    (list ?? []).map((p) => tokens(p, start)).filter((p) => p.length > 0);
  return {
    path: spec.path,
    kind: spec.kind,
    all: spec.all.map(phrases),
    any: phrases(spec.any),
    not: phrases(spec.not),
    unless: phrases(spec.unless),
    ctx: phrases(spec.ctx),
    needCtx: spec.needCtx ?? false,
    prevCtx: spec.prevCtx ?? false,
    notCtx: phrases([...(spec.notCtx ?? []), ...(spec.pastYear ? [] : LAST_YEAR)]),
    sum: spec.sum ?? false,
    partWords: phrases(spec.partWords),
  };
}

const compiled = new Map<number, readonly Concept[]>();
/** The concepts with their phrases as stems, for the campaign that starts in `start`. */
export function conceptsFor(start: number): readonly Concept[] {
  let list = compiled.get(start);
  if (!list) {
    list = CONCEPTS.map((c) => compile(c, start));
    compiled.set(start, list);
  }
  return list;
}

function wordMatches(word: string, token: string): boolean {
  return token === word || (word.length >= 5 && token.startsWith(word));
}

/** The tokens of `words` that `phrase` uses, or null when one of its words is missing. */
function findPhrase(phrase: Phrase, words: readonly string[]): number[] | null {
  const used: number[] = [];
  for (const w of phrase) {
    const i = words.findIndex((t) => wordMatches(w, t));
    if (i < 0) return null;
    used.push(i);
  }
  return used;
}

function hasAny(phrases: readonly Phrase[], words: readonly string[]): boolean {
  return phrases.some((p) => findPhrase(p, words) !== null);
}

/** The score of `concept` for `ev`, or 0 when it is ruled out. */
/** Whether a label names only a part of its field (the Caf's bonus line). */
export function isPart(concept: Concept, label: readonly string[]): boolean {
  return hasAny(concept.partWords, label);
}

function scoreConcept(concept: Concept, ev: Evidence): number {
  const { label, near, far } = ev;
  if (label.length === 0 && near.length === 0) return 0;
  const ruledOut = hasAny(concept.not, label) || hasAny(concept.not, ev.qualifier ?? []);
  if (ruledOut && !hasAny(concept.unless, label)) return 0;
  if (hasAny(concept.notCtx, near) || hasAny(concept.notCtx, far)) return 0;
  const explained = new Set<number>();
  let score = 0;
  let inLabel = false;
  for (const group of concept.all) {
    let best = 0;
    for (const phrase of group) {
      const used = findPhrase(phrase, label);
      if (used) {
        used.forEach((i) => explained.add(i));
        best = Math.max(best, LABEL);
        inLabel = true;
      } else if (findPhrase(phrase, near)) best = Math.max(best, NEAR);
      else if (findPhrase(phrase, far)) best = Math.max(best, FAR);
    }
    if (best === 0) return 0;
    score += best;
  }
  if (!inLabel) return 0;
  const prev = concept.prevCtx ? (ev.prev ?? []) : [];
  if (concept.needCtx && ![label, near, far, prev].some((words) => hasAny(concept.ctx, words)))
    return 0;
  for (const phrase of concept.any) {
    const used = findPhrase(phrase, label);
    if (used) {
      used.forEach((i) => explained.add(i));
      score += SUPPORT;
    }
  }
  for (const phrase of concept.ctx) {
    const used = findPhrase(phrase, label);
    if (used) used.forEach((i) => explained.add(i));
    else if (findPhrase(phrase, near) || findPhrase(phrase, far) || findPhrase(phrase, prev))
      score += SUPPORT / 2;
  }
  const unexplained = label.length - explained.size;
  score -= Math.min(MAX_PENALTY, UNEXPLAINED * unexplained);
  return score;
}

interface Candidate {
  concept: Concept;
  score: number;
}

export type Decision =
  | { status: 'recognised'; concept: Concept; score: number }
  | { status: 'ambiguous'; candidates: Candidate[] }
  | { status: 'unknown' };

/**
 * The concept `ev` names among `concepts` (already narrowed to those whose kind fits the value;
 * `penalty` lowers those whose value fits poorly): the best must reach MIN_SCORE and beat the
 * next by MIN_MARGIN.
 */
export function decide(
  ev: Evidence,
  concepts: readonly Concept[],
  penalty: (c: Concept) => number = () => 0,
): Decision {
  const scored: Candidate[] = [];
  for (const concept of concepts) {
    const raw = scoreConcept(concept, ev);
    const score = raw > 0 ? raw - penalty(concept) : 0;
    if (score > 0) scored.push({ concept, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < MIN_SCORE) return { status: 'unknown' };
  if (next && best.score - next.score < MIN_MARGIN) {
    return {
      status: 'ambiguous',
      candidates: scored.filter((c) => best.score - c.score < MIN_MARGIN),
    };
  }
  return { status: 'recognised', concept: best.concept, score: best.score };
}
