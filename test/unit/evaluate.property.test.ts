import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/catalogue';
import { evaluate } from '../../rules/evaluate';
import { parseDossier } from '../../rules/parse-dossier';
import { dossierArb } from '../helpers/arbitrary-dossier';

const MAX_PS_CENTS = 275828;

describe('evaluate() on any schema-valid partial dossier', () => {
  it('the generated dossiers are schema-valid', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        expect(parseDossier(d).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and gives a well-formed report', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        const r = evaluate(d, { today: '2025-07-10' });
        expect(r.format).toBe('clas-report/1');
        expect(r.receivable).toBe(!r.findings.some((f) => f.severity === 'blocking'));
        for (const f of r.findings) {
          expect(Object.keys(RULES)).toContain(f.rule);
          expect(f.message).not.toMatch(/undefined|NaN|\[object/);
        }
        for (const c of r.checklist) expect(c.item).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 1000 },
    );
  });

  it('the total’s minimum never exceeds its maximum, and every amount is whole cents', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        const f = evaluate(d, { today: '2025-07-10' }).funding;
        expect(f.totalMinCents).toBeLessThanOrEqual(f.totalMaxCents);
        for (const v of [
          f.psClasCents,
          f.totalMinCents,
          f.totalMaxCents,
          ...f.collectives.map((c) => c.psCents),
        ])
          expect(Number.isInteger(v) && v >= 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the PS never exceeds 2 758,28 € times the eligible collectives', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        const f = evaluate(d, { today: '2025-07-10' }).funding;
        expect(f.psClasCents).toBeLessThanOrEqual(MAX_PS_CENTS * f.eligibleCollectives);
        expect(f.eligibleCollectives).toBe(f.collectives.filter((c) => c.eligible).length);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: the same dossier gives the same report', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        expect(evaluate(structuredClone(d), { today: '2025-07-10' })).toEqual(
          evaluate(d, { today: '2025-07-10' }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
