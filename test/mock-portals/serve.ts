/**
 * Serves the mock portal pages for a person to browse: `npx tsx test/mock-portals/serve.ts [port]`
 * (or PORT=…). Default http://127.0.0.1:8088. Nothing but node:http.
 *
 *   /                          index of the pages
 *   /elan/demande              Elan form, pre-filled with the receivable fixture
 *                              (?fixture=blocked|edge|receivable|vide, ?etape=3,
 *                               ?montants=spaces|plain|euro, ?variante=1, ?inconnus=1)
 *   /elan/demande/2025-00412/etape-1 … etape-6
 *                              the same form, one page per step (full page loads), ?fixture=…
 *   /elan/instruction          Elan instructor summary (?fixture=…, ?depot=2025-07-12)
 *   /mcp/declaration           MonComptePartenaire declaration (?fixture=…)
 *   /mcp/declaration/etape-1 … etape-3
 *                              the same declaration, one page per part (full page loads)
 *   /elan/demande-200          Elan form with 200 collectives (?n=…)
 *   /fixtures/<name>.json      the dossier fixtures
 *   /elan/demande.html …       the static copies (build-static.ts), written before serving
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { renderElanForm, renderElanFormWithCollectives } from './elan-form.ts';
import { renderElanSummary } from './elan-summary.ts';
import { renderMcp } from './mcp.ts';
import type { AmountStyle } from './html.ts';
import { writeStaticPages } from './build-static.ts';
import { fixtures, isFixtureName } from './fixtures.ts';
import { isValidIsoDate } from '../../rules/dates.ts';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 8088);

const staticCopies = new Set((await writeStaticPages()).map((path) => `/${path}`));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const q = url.searchParams;
  const fx = q.get('fixture') ?? 'receivable';
  const dossier = isFixtureName(fx) ? fixtures[fx] : undefined;
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
    });
    res.end(body);
  };
  try {
    switch (url.pathname) {
      case '/':
      case '/index.html':
        return send(200, 'text/html', readFileSync(join(here, 'index.html'), 'utf8'));
      case '/elan/demande': {
        const style = q.get('montants');
        return send(
          200,
          'text/html',
          renderElanForm(dossier, {
            step: Number(q.get('etape') ?? 1) || 1,
            amountStyle: style === 'plain' || style === 'euro' ? (style as AmountStyle) : 'spaces',
            labelVariant: q.get('variante') === '1' ? 1 : 0,
            unknownLabels: q.get('inconnus') === '1',
          }),
        );
      }
      case '/elan/instruction': {
        const depot = q.get('depot');
        const d = dossier ?? fixtures.receivable;
        return send(
          200,
          'text/html',
          renderElanSummary(depot && isValidIsoDate(depot) ? { ...d, depositedOn: depot } : d),
        );
      }
      case '/mcp/declaration':
        return send(200, 'text/html', renderMcp(dossier ?? fixtures.receivable));
      case '/favicon.ico':
        res.writeHead(204);
        return res.end();
      case '/elan/demande-200':
        return send(
          200,
          'text/html',
          renderElanFormWithCollectives(Number(q.get('n') ?? 200) || 200),
        );
    }
    if (staticCopies.has(url.pathname))
      return send(200, 'text/html', readFileSync(join(here, url.pathname.slice(1)), 'utf8'));
    const keep = url.search;
    const elanStep = /^\/elan\/demande\/([A-Za-z0-9-]+)\/etape-([1-6])$/.exec(url.pathname);
    if (elanStep) {
      const number = elanStep[1]!;
      return send(
        200,
        'text/html',
        renderElanForm(dossier, {
          step: Number(elanStep[2]),
          pages: { number, href: (n) => `/elan/demande/${number}/etape-${n}${keep}` },
        }),
      );
    }
    const mcpStep = /^\/mcp\/declaration\/etape-([1-3])$/.exec(url.pathname);
    if (mcpStep)
      return send(
        200,
        'text/html',
        renderMcp(dossier ?? fixtures.receivable, {
          pages: { page: Number(mcpStep[1]), href: (n) => `/mcp/declaration/etape-${n}${keep}` },
        }),
      );
    const m = /^\/fixtures\/([a-z]+)\.json$/.exec(url.pathname);
    if (m && m[1] && isFixtureName(m[1]))
      return send(200, 'application/json', JSON.stringify(fixtures[m[1]], null, 2));
    send(404, 'text/plain', 'Page introuvable (maquette).');
  } catch (e) {
    send(500, 'text/plain', String(e));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Maquettes des portails : http://127.0.0.1:${port}/`);
});
