import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/catalogue';
import { CHECKS } from '../../rules/checks';
import type { Dossier } from '../../rules/dossier';
import {
  COLLECTIVE_FIELDS,
  CONTEXT_FIELDS,
  DOSSIER_INPUT_FIELDS,
} from '../../rules/dossier-fields';
import { evaluate } from '../../rules/evaluate';
import { parseDossier } from '../../rules/parse-dossier';
import { inputFields } from '../../rules/read-state';
import { DOSSIER_LEAF_PATHS } from '../../settings/dossier-paths';
import { deepPatch } from '../helpers/deep-patch';

// The three states of a field read from a page, rule by rule, as data
// (test/fixtures/read-cases/FAMILY.json, one file per rules/checks/FAMILY.ts). Each case starts
// from the receivable base dossier of the rule cases, every field read; then `set` gives fields a
// value, `empty` leaves fields read but blank (the value removed, the path still read), `unread`
// removes them from the dossier and from what was read. The case says whether the rule fires (how
// often, on which field) and which fields it waits for (`report.pending`); none when absent.

interface ReadCase {
  rule: string;
  name: string;
  set?: Record<string, unknown>;
  empty?: string[];
  unread?: string[];
  fires: boolean;
  count?: number;
  field?: string;
  severity?: string;
  waitsFor?: string[];
}

const fixtures = resolve(import.meta.dirname, '../fixtures');
const base: Dossier = JSON.parse(readFileSync(resolve(fixtures, 'rule-cases/_base.json'), 'utf8'));
const dir = resolve(fixtures, 'read-cases');
const families = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    file: f,
    ...(JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as {
      family: string;
      cases: ReadCase[];
    }),
  }));

/** The deposit window never waits: without a deposit date it judges the reference date. */
const NEVER_WAITS = new Set(['deposit.window']);

const STEP = /([^.[\]]+)|\[(\d+)\]/g;
const keysOf = (path: string) => [...path.matchAll(STEP)].map((m) => m[1] ?? Number(m[2]));

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = keysOf(path);
  let at: Record<string | number, unknown> = target;
  keys.slice(0, -1).forEach((k, i) => {
    if (typeof at[k] !== 'object' || at[k] === null)
      at[k] = typeof keys[i + 1] === 'number' ? [] : {};
    at = at[k] as Record<string | number, unknown>;
  });
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** The case's dossier and the paths a page would have read for it. */
export function caseInput(c: Pick<ReadCase, 'set' | 'empty' | 'unread'>): {
  dossier: Dossier;
  read: string[];
} {
  const dossier = structuredClone(base) as Record<string, unknown>;
  for (const [p, v] of Object.entries(c.set ?? {})) setAt(dossier, p, v);
  for (const p of [...(c.empty ?? []), ...(c.unread ?? [])]) setAt(dossier, p, undefined);
  const unread = new Set(c.unread ?? []);
  const read = [...CONTEXT_FIELDS, ...inputFields(dossier as Dossier)].filter(
    (p) => !unread.has(p),
  );
  return { dossier: dossier as Dossier, read };
}

it('the lists of fields cover the schema, each field once', () => {
  const listed = [
    ...CONTEXT_FIELDS,
    ...DOSSIER_INPUT_FIELDS.filter((p) => p !== 'collectives'),
    ...COLLECTIVE_FIELDS.map((k) => `collectives[].${k}`),
  ];
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...DOSSIER_LEAF_PATHS].sort());
});

it('every family of checks has its table of read cases', () => {
  const checkFiles = readdirSync(resolve(import.meta.dirname, '../../rules/checks'))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'context.ts')
    .map((f) => f.replace(/\.ts$/, ''));
  expect(families.map((f) => f.family).sort()).toEqual(checkFiles.sort());
});

it('every rule fires, holds and waits in some case (the deposit window never waits)', () => {
  const all = families.flatMap((f) => f.cases);
  for (const { rule } of CHECKS) {
    const mine = all.filter((c) => c.rule === rule);
    expect(
      mine.some((c) => c.fires),
      `${rule} fires`,
    ).toBe(true);
    expect(
      mine.some((c) => !c.fires && !c.waitsFor),
      `${rule} holds`,
    ).toBe(true);
    if (NEVER_WAITS.has(rule))
      expect(mine.some((c) => (c.unread ?? []).length > 0 && !c.waitsFor)).toBe(true);
    else
      expect(
        mine.some((c) => (c.waitsFor ?? []).length > 0),
        `${rule} waits`,
      ).toBe(true);
  }
});

it('every family has inputs with a value, read empty and not read', () => {
  for (const f of families) {
    expect(
      f.cases.some((c) => Object.keys(c.set ?? {}).length > 0),
      f.family,
    ).toBe(true);
    expect(
      f.cases.some((c) => (c.empty ?? []).length > 0),
      f.family,
    ).toBe(true);
    expect(
      f.cases.some((c) => (c.unread ?? []).length > 0),
      f.family,
    ).toBe(true);
  }
});

for (const f of families) {
  describe(`${f.family} (${f.file})`, () => {
    for (const c of f.cases) {
      it(`${c.rule}: ${c.name}`, () => {
        const { dossier, read } = caseInput(c);
        const parsed = parseDossier(dossier);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        const report = evaluate(dossier, { read });
        const found = report.findings.filter((x) => x.rule === c.rule);
        const pending = report.pending?.find((p) => p.rule === c.rule);
        expect(found.length > 0, 'fires').toBe(c.fires);
        if (c.count !== undefined) expect(found).toHaveLength(c.count);
        if (c.field) expect(found.map((x) => x.field)).toContain(c.field);
        const severity = c.severity ?? RULES[c.rule as keyof typeof RULES].severity;
        for (const x of found) expect(x.severity).toBe(severity);
        expect(pending?.fields.slice().sort()).toEqual(c.waitsFor?.slice().sort());
        // Every field a rule waits for is counted among the fields not read yet.
        for (const p of pending?.fields ?? []) expect(report.page?.notFound).toContain(p);
      });
    }
  });
}

describe('a page that read everything', () => {
  // The three states reduce to the contract's two once every field was read: the same report
  // as the file, with an empty pending list, on every rule case and contract case.
  const dossiers: [string, Dossier][] = [['base', base]];
  for (const file of readdirSync(resolve(fixtures, 'rule-cases')).filter(
    (x) => !x.startsWith('_'),
  )) {
    const { cases } = JSON.parse(readFileSync(resolve(fixtures, 'rule-cases', file), 'utf8'));
    for (const c of cases as { name: string; patch: unknown }[])
      dossiers.push([`${file}: ${c.name}`, deepPatch(base, c.patch)]);
  }
  for (const file of readdirSync(resolve(fixtures, 'contract-cases')).filter((x) =>
    x.endsWith('.dossier.json'),
  ))
    dossiers.push([
      file,
      JSON.parse(readFileSync(resolve(fixtures, 'contract-cases', file), 'utf8')),
    ]);

  it.each(dossiers)('%s', (_, dossier) => {
    const read = [...CONTEXT_FIELDS, ...inputFields(dossier)];
    const fromPage = evaluate(dossier, { read, today: '2025-07-10' });
    const fromFile = evaluate(dossier, { today: '2025-07-10' });
    expect(fromPage.findings).toEqual(fromFile.findings);
    expect(fromPage.funding).toEqual(fromFile.funding);
    expect(fromPage.receivable).toBe(fromFile.receivable);
    expect(fromPage.pending).toEqual([]);
    expect(fromPage.page?.notFound).toEqual([]);
    expect(fromFile.pending).toBeUndefined();
  });
});
