import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../rules/campaigns/registry';
import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import { computeFunding, psOfExpenses } from '../../rules/funding';
import { applyRateHalfUp, shareHalfUp } from '../../rules/money';

const p = defaultRegistry.resolve('88', '2025-2026');
const group = (children: number, expenses?: number) => ({
  name: 'G',
  children,
  staff: 2,
  levels: ['CP'],
  ...(expenses !== undefined && { expenses }),
});

describe('PS Clas in integer cents (§3.1)', () => {
  it.each([
    [848700, 275828, '8 487 € gives the maximum 2 758,28 €'],
    [848701, 275828, '8 487,01 € is capped'],
    [848699, 275827, '8 486,99 €'],
    [10100, 3283, '101,00 € gives 32,83 € (half up, not 32,82 €)'],
    [10, 3, '0,10 € gives 0,03 € (3.25 cents, rounded)'],
    [0, 0, 'no expenses'],
    [2_000_000, 275828, 'far above the ceiling'],
  ])('%i cents of expenses → %i cents (%s)', (expenses, ps) => {
    expect(psOfExpenses(expenses, p)).toBe(ps);
  });

  it('rounds half up exactly at half a cent', () => {
    expect(applyRateHalfUp(200, 3250)).toBe(65);
    expect(applyRateHalfUp(2, 2500)).toBe(1); // 0.5 cent → 1
    expect(shareHalfUp(1000, 3)).toBe(333);
    expect(shareHalfUp(1001, 2)).toBe(501); // 500.5 → 501
  });

  it('shares the operating expenses equally when collectives have none', () => {
    const d: Dossier = {
      format: 'clas-dossier/1',
      collectives: [group(10), group(10), group(10)],
      budget: { operatingExpenses: 16974 },
    };
    const f = computeFunding(d, p);
    expect(f.collectives.map((c) => c.expensesCents)).toEqual([565800, 565800, 565800]);
    expect(f.psClasCents).toBe(3 * 183885);
  });

  it('uses a collective’s own expenses before the shared budget', () => {
    const d: Dossier = {
      format: 'clas-dossier/1',
      collectives: [group(10, 101), group(10)],
      budget: { operatingExpenses: 1000 },
    };
    expect(computeFunding(d, p).collectives.map((c) => c.expensesCents)).toEqual([10100, 50000]);
  });

  it('leaves expenses unknown, not zero, when nothing gives them', () => {
    const f = computeFunding({ format: 'clas-dossier/1', collectives: [group(10)] }, p);
    expect(f.collectives[0]).not.toHaveProperty('expensesCents');
    expect(f.collectives[0]?.psCents).toBe(0);
  });

  it('counts bonuses per eligible collective, MSA per carrier, TNE as a range', () => {
    const d: Dossier = {
      format: 'clas-dossier/1',
      collectives: [group(8, 8487), group(12, 8487), group(7, 8487)],
      bonuses: {
        children: { requested: true },
        parents: { requested: true },
        tne: { requested: true, collectives: 3, fundedByCdElsewhere: false },
      },
      msa: { requested: true, ruralTerritory: true },
      budget: { departmentalCouncil: 900 },
      attachments: { cdRecapSheet: true },
    };
    const f = computeFunding(d, p);
    expect(f).toMatchObject({
      eligibleCollectives: 2,
      psClasCents: 551656,
      bonusChildrenCents: 65800,
      bonusParentsCents: 65800,
      msaCents: 100000,
      tneMinCents: 30000,
      tneMaxCents: 150000,
      totalMinCents: 551656 + 65800 * 2 + 100000 + 30000,
      totalMaxCents: 551656 + 65800 * 2 + 100000 + 150000,
    });
  });

  it('counts the TNE range only when requested and every §3.3 condition is met', () => {
    const met: Dossier = {
      format: 'clas-dossier/1',
      collectives: [group(10, 8487), group(10, 8487)],
      bonuses: { tne: { requested: true } },
      budget: { departmentalCouncil: 400 },
      attachments: { cdRecapSheet: true },
    };
    const tne = (d: Dossier) => {
      const f = computeFunding(d, p);
      return [f.tneMinCents, f.tneMaxCents, f.totalMaxCents - f.totalMinCents];
    };
    expect(tne(met)).toEqual([20000, 100000, 80000]);
    // Not said whether funded elsewhere: nothing says the condition is unmet.
    expect(
      tne({ ...met, bonuses: { tne: { requested: true, fundedByCdElsewhere: false } } }),
    ).toEqual([20000, 100000, 80000]);
    expect(tne({ ...met, budget: { departmentalCouncil: 0.01 } })).toEqual([20000, 100000, 80000]);
    // Each unmet condition alone loses the whole range.
    expect(tne({ ...met, budget: {} })).toEqual([0, 0, 0]);
    expect(tne({ ...met, budget: { departmentalCouncil: 0 } })).toEqual([0, 0, 0]);
    expect(tne({ ...met, attachments: { cdRecapSheet: false } })).toEqual([0, 0, 0]);
    expect(
      tne({ ...met, bonuses: { tne: { requested: true, fundedByCdElsewhere: true } } }),
    ).toEqual([0, 0, 0]);
    expect(tne({ ...met, bonuses: { tne: { requested: false } } })).toEqual([0, 0, 0]);
  });

  it('says in the report’s deadlines how many days are left from checkedOn', () => {
    const r = evaluate({ format: 'clas-dossier/1', checkedOn: '2025-07-10' });
    const close = r.deadlines.find((d) => d.date === '2025-07-31');
    expect(close?.daysLeft).toBe(21);
    const after = evaluate({ format: 'clas-dossier/1', checkedOn: '2025-08-02' });
    expect(after.deadlines.find((d) => d.date === '2025-07-31')?.daysLeft).toBe(-2);
  });
});
