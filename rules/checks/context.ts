import type { Campaign } from '../campaigns/campaign';
import { RULES, type RuleId } from '../catalogue';
import type { Dossier } from '../dossier';
import type { ReadState } from '../read-state';
import type { Finding, Funding, Severity } from '../report';

export interface CheckContext {
  dossier: Dossier;
  campaign: Campaign;
  funding: Funding;
  checkedOn: string;
  /** Which fields were read (a page); absent: every field was (a dossier file). */
  read?: ReadState;
}

/**
 * What a check says: its findings, and the fields it still waits for. A rule fires or holds
 * only on fields that were read; a condition that needs a field not read yet is neither true
 * nor false, and the rule waits for that field (`report.pending`) instead of firing. A rule
 * with several instances (one per axis, per collective) can fire for some and wait for others.
 */
export interface Outcome {
  findings: Finding[];
  waits: string[];
}

/** A check reads the context and returns its outcome (no finding when the rule holds). */
export type Check = (ctx: CheckContext) => Outcome;

/**
 * A condition in three states: true, false, or waiting for the fields it needs. Combined with
 * `all` and `any` as in Kleene's logic: one known false makes `all` false whatever the others
 * wait for, one known true makes `any` true.
 */
export type Cond = boolean | Waiting;
interface Waiting {
  waits: readonly string[];
}

const isWaiting = (c: Cond): c is Waiting => typeof c === 'object';

/** For one field of collective `index` (`collectives[index].key`), made a path only to wait. */
export function givenCollective(
  ctx: CheckContext,
  index: number,
  key: string,
  test: () => boolean,
): Cond {
  if (!ctx.read || ctx.read.isCollectiveRead(index, key)) return test();
  return { waits: [`collectives[${index}].${key}`] };
}

/** `test()` when every field of `paths` was read; else waiting for the ones that were not. */
export function given(
  ctx: CheckContext,
  paths: string | readonly string[],
  test: () => boolean,
): Cond {
  const list = typeof paths === 'string' ? [paths] : paths;
  const unread = ctx.read ? list.filter((p) => !ctx.read!.isRead(p)) : [];
  return unread.length > 0 ? { waits: unread } : test();
}

function waitsOf(conds: readonly Cond[]): string[] {
  return [...new Set(conds.filter(isWaiting).flatMap((c) => c.waits))];
}

export function all(...conds: Cond[]): Cond {
  if (conds.includes(false)) return false;
  const waits = waitsOf(conds);
  return waits.length > 0 ? { waits } : true;
}

export function any(...conds: Cond[]): Cond {
  if (conds.includes(true)) return true;
  const waits = waitsOf(conds);
  return waits.length > 0 ? { waits } : false;
}

export function not(c: Cond): Cond {
  return isWaiting(c) ? c : !c;
}

export const HOLDS: Outcome = Object.freeze({ findings: [], waits: [] }) as Outcome;

/** The rule fires when `cond` is true (one finding or several), waits while it is unknown. */
export function verdict(cond: Cond, make: () => Finding | Finding[]): Outcome {
  if (cond === false) return HOLDS;
  if (cond === true) {
    const made = make();
    return { findings: Array.isArray(made) ? made : [made], waits: [] };
  }
  return { findings: [], waits: [...new Set(cond.waits)] };
}

/** The outcomes of a rule's instances (one per axis, per collective) as one. */
export function combine(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.length === 1) return outcomes[0]!;
  const waits = new Set<string>();
  const findings: Finding[] = [];
  for (const o of outcomes) {
    findings.push(...o.findings);
    for (const w of o.waits) waits.add(w);
  }
  return { findings, waits: [...waits] };
}

export function finding(
  rule: RuleId,
  message: string,
  field?: string,
  severity: Severity = RULES[rule].severity,
): Finding {
  const f: Finding = { rule, severity, message, source: RULES[rule].source };
  if (field !== undefined) f.field = field;
  return f;
}

/** « Groupe 2 » or « n° 2 » when the collective has no name yet. */
export function collectiveLabel(d: Dossier, index: number): string {
  const name = d.collectives?.[index]?.name?.trim();
  return name ? `« ${name} »` : `n° ${index + 1}`;
}

/** A renewal: the situation says so, or the carrier was funded last year. */
export const isRenewal = (d: Dossier): boolean =>
  d.carrier?.situation === 'renewal-unchanged' ||
  d.carrier?.situation === 'renewal-changed' ||
  d.carrier?.fundedLastYear === true;

/** `isRenewal` in three states: either field can make it true; false needs both read. */
export const renewal = (ctx: CheckContext): Cond =>
  any(
    given(ctx, 'carrier.situation', () => {
      const s = ctx.dossier.carrier?.situation;
      return s === 'renewal-unchanged' || s === 'renewal-changed';
    }),
    given(ctx, 'carrier.fundedLastYear', () => ctx.dossier.carrier?.fundedLastYear === true),
  );

/**
 * The collectives' instances of a rule: waiting for the list while it is unknown, then `each`
 * on every collective.
 */
export function perCollective(ctx: CheckContext, each: (index: number) => Outcome): Outcome {
  const list = given(ctx, 'collectives', () => true);
  if (list !== true) return verdict(list, () => []);
  return combine((ctx.dossier.collectives ?? []).map((_, i) => each(i)));
}

export const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
