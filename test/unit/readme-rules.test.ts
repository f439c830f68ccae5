import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { RULES } from '../../rules/catalogue';

// The README's rule list is what people read first: it must name every rule of the catalogue
// with the catalogue's severity, so a change of severity cannot leave it behind.
it('the README lists every rule with its severity', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  for (const [rule, info] of Object.entries(RULES)) {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${rule}\` |`));
    expect(row, rule).toBeDefined();
    const severity = row!.split('|')[2]!.trim();
    expect(severity, rule).toMatch(new RegExp(`^${info.severity}\\b`));
  }
});
