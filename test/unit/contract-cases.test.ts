import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../rules/evaluate';
import { parseDossier } from '../../rules/parse-dossier';

// ../shared/contract-cases, copied into the project: the reports other tools rely on.
const dir = resolve(import.meta.dirname, '../fixtures/contract-cases');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.dossier.json'))
  .sort();

interface Expected {
  receivable: boolean;
  funding: Record<string, unknown> & { collectives: Record<string, unknown>[] };
  rules: Record<string, string>;
  rulesLeftOpen?: string[];
}

describe('contract cases', () => {
  it('are all there', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  for (const file of cases) {
    it(file, () => {
      const parsed = parseDossier(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const expected: Expected = JSON.parse(
        readFileSync(resolve(dir, file.replace('.dossier.', '.expected.')), 'utf8'),
      );
      const report = evaluate(parsed.dossier);
      expect(report.format).toBe('clas-report/1');
      expect(report.receivable).toBe(expected.receivable);

      const { collectives, ...totals } = expected.funding;
      expect(report.funding).toMatchObject(totals);
      expect(report.funding.collectives).toHaveLength(collectives.length);
      report.funding.collectives.forEach((c, i) => {
        const { name: _name, ...figures } = c;
        expect(figures).toEqual(collectives[i]);
      });

      const open = new Set(expected.rulesLeftOpen ?? []);
      const got: Record<string, string> = {};
      for (const f of report.findings) {
        if (open.has(f.rule)) continue;
        expect(got[f.rule] ?? f.severity, `${f.rule} has one severity`).toBe(f.severity);
        got[f.rule] = f.severity;
      }
      expect(got).toEqual(expected.rules);
    });
  }
});
