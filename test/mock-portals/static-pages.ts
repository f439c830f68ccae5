/** The static pages and their content, formatted as prettier writes them (see build-static.ts). */
import { format } from 'prettier';
import { renderElanForm, renderElanSummary, renderMcp } from './render.ts';
import { fixtures } from './fixtures.ts';

export async function staticPages(): Promise<Record<string, string>> {
  const pages: Record<string, string> = {
    'elan/demande.html': renderElanForm(),
    'elan/instruction.html': renderElanSummary(fixtures.receivable),
    'mcp/declaration.html': renderMcp(fixtures.receivable),
  };
  const out: Record<string, string> = {};
  for (const [path, html] of Object.entries(pages)) {
    out[path] = await format(html, { parser: 'html', singleQuote: true, printWidth: 100 });
  }
  return out;
}
