import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import { findingImpact } from '../../rules/impact';
import type { Finding } from '../../rules/report';

const base = (collectives: Dossier['collectives'], extra: Partial<Dossier> = {}): Dossier => ({
  format: 'clas-dossier/1',
  campaign: '2025-2026',
  department: '88',
  checkedOn: '2025-07-10',
  collectives,
  ...extra,
});

function sizeFindings(d: Dossier): { finding: Finding; report: ReturnType<typeof evaluate> }[] {
  const report = evaluate(d);
  return report.findings
    .filter((f) => f.rule === 'collective.size')
    .map((finding) => ({ finding, report }));
}

describe('findingImpact: collective.size', () => {
  it('7 children with 6 000 € of expenses lose 1 950,00 €; 8 would be retained', () => {
    const d = base([{ name: 'A', children: 7, expenses: 6000 }]);
    const [only] = sizeFindings(d);
    expect(only).toBeDefined();
    const impact = findingImpact(d, only!.finding, only!.report);
    expect(impact).toEqual({
      deltaCents: 195000,
      hint: 'à partir de 8 enfants, ce collectif serait retenu',
    });
  });

  it('8 children: no collective.size finding, so nothing to value', () => {
    expect(sizeFindings(base([{ children: 8, expenses: 6000 }]))).toEqual([]);
  });

  it('12 children: no finding; 13 children lose the same PS and point at 12', () => {
    expect(sizeFindings(base([{ children: 12, expenses: 6000 }]))).toEqual([]);
    const d = base([{ children: 13, expenses: 6000 }]);
    const [only] = sizeFindings(d);
    const impact = findingImpact(d, only!.finding, only!.report);
    expect(impact?.deltaCents).toBe(195000);
    expect(impact?.hint).toMatch(/^à 12 enfants au plus/);
  });

  it('caps at the PS ceiling: 10 000 € of expenses are worth 2 758,28 €', () => {
    const d = base([{ children: 5, expenses: 10000 }]);
    const [only] = sizeFindings(d);
    expect(findingImpact(d, only!.finding, only!.report)?.deltaCents).toBe(275828);
  });

  it('with budget.operatingExpenses shared among the collectives', () => {
    // 18 000 € shared by 3 collectives: 6 000 € each; only the 7-children one is valued.
    const d = base([{ children: 10 }, { children: 7 }, { children: 20 }], {
      budget: { operatingExpenses: 18000 },
    });
    const found = sizeFindings(d);
    expect(found.map((x) => x.finding.field)).toEqual([
      'collectives[1].children',
      'collectives[2].children',
    ]);
    for (const { finding, report } of found) {
      expect(findingImpact(d, finding, report)?.deltaCents).toBe(195000);
    }
  });

  it('includes the bonuses an eligible collective brings (329 € each)', () => {
    const d = base([{ children: 7, expenses: 6000 }], {
      bonuses: {
        children: { requested: true, justification: 'x' },
        parents: { requested: true, justification: 'y' },
      },
    });
    const [only] = sizeFindings(d);
    expect(findingImpact(d, only!.finding, only!.report)?.deltaCents).toBe(195000 + 2 * 32900);
  });

  it('no expenses known and no bonus: nothing to gain, no impact', () => {
    const d = base([{ children: 7 }]);
    const [only] = sizeFindings(d);
    expect(findingImpact(d, only!.finding, only!.report)).toBeUndefined();
  });

  it('does not change the dossier it is given', () => {
    const d = base([{ children: 7, expenses: 6000 }]);
    const copy = structuredClone(d);
    const [only] = sizeFindings(d);
    findingImpact(d, only!.finding, only!.report);
    expect(d).toEqual(copy);
  });
});

describe('findingImpact: other rules', () => {
  it('msa.territory: the MSA flat amount when the territory were rural', () => {
    const d = base([{ children: 10, expenses: 6000 }], {
      msa: { requested: true, ruralTerritory: false },
    });
    const report = evaluate(d);
    const f = report.findings.find((x) => x.rule === 'msa.territory');
    expect(f).toBeDefined();
    const impact = findingImpact(d, f!, report);
    expect(impact?.deltaCents).toBe(100000);
    expect(impact?.hint).toContain('rural ou fragile');
  });

  it('collectives.none-eligible and unrelated rules give no impact', () => {
    const d = base([{ children: 7, expenses: 6000 }], { axes: { children: true } });
    const report = evaluate(d);
    const none = report.findings.find((x) => x.rule === 'collectives.none-eligible');
    const axes = report.findings.find((x) => x.rule === 'axes.four');
    expect(none).toBeDefined();
    expect(findingImpact(d, none!, report)).toBeUndefined();
    expect(findingImpact(d, axes!, report)).toBeUndefined();
  });

  it('an unknown campaign gives no impact rather than throwing', () => {
    const d = base([{ children: 7, expenses: 6000 }]);
    const report = evaluate(d);
    const f = report.findings.find((x) => x.rule === 'collective.size')!;
    expect(findingImpact({ ...d, campaign: '1999-2000' }, f, report)).toBeUndefined();
  });
});

describe('findingImpact: what a collective over 12 can do', () => {
  const hint = (children: number) => {
    const d = base([{ children, expenses: 6000 }]);
    const [only] = sizeFindings(d);
    return findingImpact(d, only!.finding, only!.report)?.hint;
  };
  it('13 to 15 children cannot make two groups of 8: only « 12 au plus »', () => {
    expect(hint(13)).toBe('à 12 enfants au plus, ce collectif serait retenu');
    expect(hint(15)).toBe('à 12 enfants au plus, ce collectif serait retenu');
  });
  it('16 children can: two groups of 8 are offered too', () => {
    expect(hint(16)).toBe(
      'à 12 enfants au plus, ou réparti en groupes de 8 à 12 enfants, ce collectif serait retenu',
    );
  });
});

describe('findingImpact: a TNE condition loses the whole TNE range', () => {
  const tne = (extra: Partial<Dossier>) => {
    const d = base(
      [
        { children: 10, expenses: 6000 },
        { children: 10, expenses: 6000 },
      ],
      {
        bonuses: { tne: { requested: true } },
        budget: { departmentalCouncil: 400 },
        attachments: { cdRecapSheet: true },
        ...extra,
      },
    );
    const report = evaluate(d);
    return { d, report };
  };

  it('the fiche missing: − 200,00 € to − 1 000,00 €, got back with the fiche', () => {
    const { d, report } = tne({ attachments: { cdRecapSheet: false } });
    expect(report.funding.tneMaxCents).toBe(0);
    const f = report.findings.find((x) => x.rule === 'tne.recap-sheet')!;
    expect(f.severity).toBe('warning');
    expect(findingImpact(d, f, report)).toEqual({
      deltaCents: 20000,
      maxDeltaCents: 100000,
      hint: 'avec la fiche récapitulative du Conseil départemental jointe, le bonus parents TNE serait compté',
    });
  });

  it('two conditions unmet: each finding names both fixes, its own first', () => {
    const { d, report } = tne({ attachments: { cdRecapSheet: false }, budget: {} });
    const line = report.findings.find((x) => x.rule === 'tne.cd-line')!;
    const sheet = report.findings.find((x) => x.rule === 'tne.recap-sheet')!;
    expect(findingImpact(d, line, report)?.hint).toBe(
      'avec un montant sur la ligne « Conseil départemental » et la fiche récapitulative du Conseil départemental jointe, le bonus parents TNE serait compté',
    );
    expect(findingImpact(d, sheet, report)?.hint).toMatch(/^avec la fiche récapitulative/);
    expect(findingImpact(d, sheet, report)?.maxDeltaCents).toBe(100000);
  });

  it('actions funded elsewhere: the same range; nothing to value once every condition is met', () => {
    const { d, report } = tne({ bonuses: { tne: { requested: true, fundedByCdElsewhere: true } } });
    const f = report.findings.find((x) => x.rule === 'tne.double-funding')!;
    expect(findingImpact(d, f, report)).toMatchObject({ deltaCents: 20000, maxDeltaCents: 100000 });
    const ok = tne({});
    expect(ok.report.funding.tneMaxCents).toBe(100000);
    expect(ok.report.findings.filter((x) => x.rule.startsWith('tne.'))).toEqual([]);
  });
});
