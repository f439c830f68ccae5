import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import { ms, printTable, timeSync } from './measure';

/** A full dossier with `n` collectives of varied sizes (some outside 8–12, some without expenses). */
export function dossierWith(n: number): Dossier {
  return {
    format: 'clas-dossier/1',
    checkedOn: '2025-07-10',
    portal: 'elan',
    carrier: {
      name: 'Bench',
      situation: 'renewal-changed',
      fundedLastYear: true,
      pluriannual: true,
    },
    collectives: Array.from({ length: n }, (_, i) => ({
      name: `Groupe ${i + 1}`,
      children: 6 + (i % 9),
      levels: ['CP', 'CE1', i % 7 === 0 ? 'GS' : 'CM2'],
      staff: 1 + (i % 3),
      ...(i % 4 !== 0 && { expenses: 5000 + ((i * 137) % 5000) }),
    })),
    axes: { children: true, parents: true, school: true, territory: false },
    descriptions: {
      childrenActions: 'x',
      parentActions: '',
      schoolRelations: 'x',
      localResources: 'x',
      evaluation: 'x',
    },
    budget: {
      operatingExpenses: 7000 * n,
      chargesTotal: 100,
      productsTotal: 99,
      cafRequested: 3000 * n,
      departmentalCouncil: 300,
    },
    bonuses: {
      children: { requested: true, justification: 'x' },
      parents: { requested: true },
      tne: { requested: true, actions: 'x', fundedByCdElsewhere: false },
    },
    msa: { requested: true, ruralTerritory: true },
    cityContract: { requested: true, addedValue: '', obtainedLastYear: true },
    attachments: { previousBilan: true, cdRecapSheet: false, adjustmentDocument: false },
    sphinxCompleted: false,
  };
}

export function benchEvaluate(): void {
  const rows = [1, 10, 100, 1000].map((n) => {
    const d = dossierWith(n);
    const t = timeSync(() => evaluate(d));
    return {
      collectives: n,
      median: ms(t.median),
      p95: ms(t.p95),
      'median per collective': ms(t.median / n),
      runs: t.runs,
    };
  });
  printTable('evaluate() — targets: < 0.2 ms at 10 collectives, < 2 ms at 1 000, linear', rows);
}
