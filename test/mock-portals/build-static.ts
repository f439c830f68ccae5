/**
 * Writes the static copies of the pages (for a person opening files directly, no server):
 *   elan/demande.html      empty Elan form (the pure template)
 *   elan/instruction.html  instructor summary of the receivable fixture
 *   mcp/declaration.html   MonComptePartenaire declaration of the receivable fixture
 * Run `npx tsx test/mock-portals/build-static.ts` after changing render.ts; a unit test checks
 * that the copies are up to date. The copies are formatted with prettier like the rest of the repo.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { staticPages } from './static-pages.ts';

const here = dirname(fileURLToPath(import.meta.url));
for (const [path, html] of Object.entries(await staticPages())) {
  writeFileSync(join(here, path), html);
  console.log(`écrit : test/mock-portals/${path}`);
}
