import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/catalogue';
import type { Dossier } from '../../rules/dossier';
import { CONTEXT_FIELDS } from '../../rules/dossier-fields';
import { inputFields } from '../../rules/read-state';
import type { Finding } from '../../rules/report';
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
        // A name the person typed is quoted as typed, « NaN » included: only our own words count.
        const ours = (text: string) =>
          (d.collectives ?? []).reduce(
            (t, c) => (c.name === undefined ? t : t.split(`« ${c.name.trim()} »`).join('« … »')),
            text,
          );
        for (const f of r.findings) {
          expect(Object.keys(RULES)).toContain(f.rule);
          expect(ours(f.message)).not.toMatch(/undefined|NaN|\[object/);
        }
        for (const c of r.checklist) expect(ours(c.item)).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 1000 },
    );
  }, 30_000); // a thousand dossiers: slow on a busy machine, and its speed is not what it tests

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

describe('evaluate() on what a page read of any dossier', () => {
  // A page shows some of the dossier's fields: any subset of them, the others not read (their
  // values absent). Whatever the subset, no finding is about a field not read, and what fires
  // on the part fires on the whole: reading more fields never withdraws a finding, it only
  // settles the rules that waited.
  const withSubset = dossierArb.chain((d) => fc.tuple(fc.constant(d), fc.subarray(inputFields(d))));

  it('never speaks of a field it did not read, and never contradicts the whole dossier', () => {
    fc.assert(
      fc.property(withSubset, ([whole, read]) => {
        const shown = new Set(read);
        const part = structuredClone(whole) as Record<string, unknown>;
        for (const p of inputFields(whole).reverse()) if (!shown.has(p)) removeAt(part, p);
        const page = evaluate(part as Dossier, {
          today: '2025-07-10',
          read: [...CONTEXT_FIELDS, ...read],
        });
        const notRead = new Set(page.page?.notFound);
        for (const f of page.findings) expect(notRead.has(f.field ?? ''), f.rule).toBe(false);
        for (const p of page.pending ?? []) for (const x of p.fields) expect(notRead).toContain(x);
        const key = (f: Finding) => `${f.rule}|${f.field ?? ''}|${f.severity}`;
        const full = new Set(evaluate(whole, { today: '2025-07-10' }).findings.map(key));
        for (const f of page.findings) expect(full, f.message).toContain(key(f));
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});

/** Deletes the value at a dossier path; a removed collective takes its fields with it. */
function removeAt(target: Record<string, unknown>, path: string): void {
  if (path === 'collectives') {
    delete target.collectives;
    return;
  }
  const m = /^collectives\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) {
    const c = (target.collectives as Record<string, unknown>[] | undefined)?.[Number(m[1])];
    if (c) delete c[m[2]!];
    return;
  }
  const keys = path.split('.');
  let at: unknown = target;
  for (const k of keys.slice(0, -1)) at = (at as Record<string, unknown> | undefined)?.[k];
  if (at && typeof at === 'object') delete (at as Record<string, unknown>)[keys.at(-1)!];
}
