import { describe, expect, it } from 'vitest';
import { describeProblems, parseDossier } from '../../rules/parse-dossier';

describe('parseDossier', () => {
  it('accepts the smallest dossier', () => {
    expect(parseDossier({ format: 'clas-dossier/1' }).ok).toBe(true);
  });

  it('names each wrong field with its path and a French reason', () => {
    const r = parseDossier({
      format: 'clas-dossier/1',
      collectives: [{}, {}, { children: 'douze' }, { children: 3.5 }],
      budget: { msa: -3, chargesTotal: 1.234, cafRequested: '100' },
      portal: 'autre',
      checkedOn: '2025-02-30',
      carrier: { pluriannual: 'oui' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = describeProblems(r.problems);
    expect(lines).toEqual(
      expect.arrayContaining([
        'collectives[2].children : nombre entier attendu',
        'collectives[3].children : nombre entier attendu',
        'budget.msa : montant positif ou nul attendu',
        'budget.chargesTotal : deux décimales au plus attendues',
        'budget.cafRequested : montant en euros attendu (nombre, ex. 8487.5)',
        'portal : valeur non reconnue ; valeurs possibles : "elan", "mcp", "other"',
        'checkedOn : date au format AAAA-MM-JJ attendue (ex. 2025-07-10)',
        'carrier.pluriannual : vrai ou faux (true / false) attendu',
      ]),
    );
  });

  it('refuses a document that is not a dossier', () => {
    const r = parseDossier([1, 2]);
    expect(r.ok).toBe(false);
    const wrongFormat = parseDossier({ format: 'clas-report/1' });
    expect(wrongFormat.ok).toBe(false);
    if (!wrongFormat.ok)
      expect(describeProblems(wrongFormat.problems)[0]).toContain('clas-dossier/1');
  });
});
