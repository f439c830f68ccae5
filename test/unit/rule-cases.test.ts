import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/catalogue';
import { evaluate } from '../../rules/evaluate';
import { parseDossier } from '../../rules/parse-dossier';
import { deepPatch } from '../helpers/deep-patch';

// Each rule's cases are data (test/fixtures/rule-cases/RULE.json): a patch on a receivable
// base dossier, and whether the rule fires, with which severity, on which field, how often,
// which words the person reads in its message (`says`, `saysNot`), and, where the rule changes
// them, the report's status (`receivable`) and funding figures (`funding`).
interface RuleCase {
  name: string;
  patch: unknown;
  fires: boolean;
  severity?: string;
  field?: string;
  count?: number;
  says?: string[];
  saysNot?: string[];
  receivable?: boolean;
  funding?: Record<string, number>;
}

const dir = resolve(import.meta.dirname, '../fixtures/rule-cases');
const base = JSON.parse(readFileSync(resolve(dir, '_base.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('_'));

describe('the base dossier', () => {
  it('is valid and receivable, with no warning', () => {
    const parsed = parseDossier(base);
    expect(parsed.ok).toBe(true);
    const report = evaluate(base);
    expect(report.receivable).toBe(true);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

it('every rule of the contract has a table of cases', () => {
  const covered = files.map((f) => f.replace(/\.json$/, ''));
  const contractRules = Object.keys(RULES).filter((r) => r !== 'field.unreadable');
  expect(covered.sort()).toEqual(contractRules.sort());
});

for (const file of files) {
  const { rule, cases } = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as {
    rule: string;
    cases: RuleCase[];
  };
  describe(rule, () => {
    it('has cases on both sides, and says in words what a firing case tells the person', () => {
      expect(cases.some((c) => c.fires)).toBe(true);
      expect(cases.some((c) => !c.fires)).toBe(true);
      expect(cases.some((c) => c.fires && (c.says ?? []).length > 0)).toBe(true);
    });
    for (const c of cases) {
      it(`${c.fires ? 'fires' : 'holds'}: ${c.name}`, () => {
        const dossier = deepPatch(base, c.patch);
        const parsed = parseDossier(dossier);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        const report = evaluate(parsed.dossier);
        const found = report.findings.filter((f) => f.rule === rule);
        if (c.receivable !== undefined) expect(report.receivable).toBe(c.receivable);
        if (c.funding) expect(report.funding).toMatchObject(c.funding);
        if (!c.fires) {
          expect(found).toEqual([]);
          return;
        }
        const messages = found.map((f) => f.message).join('\n');
        for (const words of c.says ?? []) expect(messages).toContain(words);
        for (const words of c.saysNot ?? []) expect(messages).not.toContain(words);
        expect(found.length).toBeGreaterThan(0);
        if (c.count !== undefined) expect(found).toHaveLength(c.count);
        for (const f of found) {
          expect(f.severity).toBe(c.severity ?? RULES[rule as keyof typeof RULES].severity);
          expect(f.source).toBe(RULES[rule as keyof typeof RULES].source);
          expect(f.message).not.toMatch(/undefined|NaN|\[object/);
        }
        if (c.field) expect(found.map((f) => f.field)).toContain(c.field);
      });
    }
  });
}
