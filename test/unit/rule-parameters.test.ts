import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { FIELD_PARAMETER, type Campaign } from '../../rules/campaigns/campaign';
import { defaultRegistry } from '../../rules/campaigns/registry';
import { RULES } from '../../rules/catalogue';
import { CHECKS } from '../../rules/checks';
import type { Dossier } from '../../rules/dossier';
import { computeFunding } from '../../rules/funding';
import { deepPatch } from '../helpers/deep-patch';

// `clas-check --explain` prints the parameters a rule declares (rules/catalogue.ts). Each check
// runs here on every rule case and contract case with a campaign that records what is read: a
// check that reads a parameter its rule does not declare fails, so the explanation stays true.

const fixtures = resolve(import.meta.dirname, '../fixtures');
const base = JSON.parse(readFileSync(resolve(fixtures, 'rule-cases/_base.json'), 'utf8'));
const dossiers: Dossier[] = [base];
for (const f of readdirSync(resolve(fixtures, 'rule-cases')).filter((f) => !f.startsWith('_'))) {
  const { cases } = JSON.parse(readFileSync(resolve(fixtures, 'rule-cases', f), 'utf8'));
  for (const c of cases as { patch: unknown }[]) dossiers.push(deepPatch(base, c.patch));
}
for (const f of readdirSync(resolve(fixtures, 'contract-cases')).filter((f) =>
  f.endsWith('.dossier.json'),
))
  dossiers.push(JSON.parse(readFileSync(resolve(fixtures, 'contract-cases', f), 'utf8')));

it('each check reads only the campaign parameters its rule declares', () => {
  const campaign = defaultRegistry.resolve('88', '2025-2026');
  const read = new Map<string, Set<string>>();
  for (const dossier of dossiers) {
    const funding = computeFunding(dossier, campaign);
    for (const { rule, check } of CHECKS) {
      const seen = read.get(rule) ?? new Set<string>();
      read.set(rule, seen);
      const spy = new Proxy(campaign, {
        get(target, key, receiver) {
          const param = FIELD_PARAMETER[key as keyof Campaign];
          if (param) seen.add(param);
          return Reflect.get(target, key, receiver);
        },
      });
      check({ dossier, campaign: spy, funding, checkedOn: dossier.checkedOn ?? '2025-07-10' });
    }
  }
  expect(read.size).toBe(CHECKS.length);
  for (const [rule, params] of read) {
    const declared: readonly string[] = RULES[rule as keyof typeof RULES].parameters;
    for (const p of params) expect(declared, `${rule} reads ${p}`).toContain(p);
  }
  // The cases do make the checks read: the spy is not silently blind.
  expect([...read.get('collective.size')!]).toContain('psMaximumEuros');
  expect([...read.get('deposit.window')!].sort()).toEqual(['depositCloses', 'depositOpens']);
});
