/**
 * Writes the static copies of the mock pages, for a person opening files directly (no server):
 *   elan/demande.html      empty Elan form (the pure template)
 *   elan/instruction.html  instructor summary of the receivable fixture
 *   mcp/declaration.html   MonComptePartenaire declaration of the receivable fixture
 * Generated, not committed (.gitignore): `npm run mocks:static`, and `npm run mocks` (serve.ts)
 * writes them before serving. Formatted with prettier like the rest of the repo.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'prettier';
import { fixtures } from './fixtures.ts';
import { renderElanForm } from './elan-form.ts';
import { renderElanSummary } from './elan-summary.ts';
import { renderMcp } from './mcp.ts';

/** Writes the copies under `dir` (this folder by default); returns the paths written. */
export async function writeStaticPages(dir: string = import.meta.dirname): Promise<string[]> {
  const pages: Record<string, string> = {
    'elan/demande.html': renderElanForm(),
    'elan/instruction.html': renderElanSummary(fixtures.receivable),
    'mcp/declaration.html': renderMcp(fixtures.receivable),
  };
  for (const [path, html] of Object.entries(pages)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await format(html, { parser: 'html', singleQuote: true, printWidth: 100 }));
  }
  return Object.keys(pages);
}

if (process.argv[1] === import.meta.filename)
  for (const path of await writeStaticPages()) console.log(`écrit : test/mock-portals/${path}`);
