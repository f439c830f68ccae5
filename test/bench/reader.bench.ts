/**
 * Page reading in real Chromium: one full `readPage` of the Elan form with 10 and 200
 * collectives (the 200-collective page holds about 3 400 controls), timed inside the page.
 * Target: under 8 ms at 200 collectives. Figures are printed, never asserted.
 *
 *   npx tsx -e "import('./test/bench/reader.bench.ts').then(m=>m.benchReader())"
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { renderElanFormWithCollectives } from '../mock-portals/elan-form';
import { chromiumPath } from '../e2e/browser';
import { ms, printTable, summarize } from './measure';

const ENTRY = resolve(import.meta.dirname, '../../portals/read-page.ts');

/**
 * The reader bundled for a page: an IIFE that sets `window.__clasReader` (readPage, watchPage,
 * detectPortal…). Used by this bench and by test/e2e/reader.spec.ts.
 */
export async function bundleReaderForBrowser(): Promise<string> {
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__clasReader',
    platform: 'browser',
    target: 'chrome110',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

const RUNS = 100;
const WARMUP = 15;

export async function benchReader(): Promise<void> {
  const script = await bundleReaderForBrowser();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows: Record<string, string | number>[] = [];
    for (const n of [10, 200]) {
      const context = await browser.newContext();
      await context.route('https://elan.caf.fr/**', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: renderElanFormWithCollectives(n),
        }),
      );
      const page = await context.newPage();
      await page.goto('https://elan.caf.fr/demande');
      await page.addScriptTag({ content: script });
      const { samples, changed, collectives, controls } = await page.evaluate(
        ({ runs, warmup }) => {
          const reader = (
            window as unknown as { __clasReader: typeof import('../../portals/read-page') }
          ).__clasReader;
          let last = reader.readPage(document, 'elan');
          for (let i = 0; i < warmup; i++) last = reader.readPage(document, 'elan');
          const samples: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            last = reader.readPage(document, 'elan');
            samples.push(performance.now() - t0);
          }
          // Re-reads right after a DOM change (a status line rewritten, as after a keystroke in
          // a page that echoes it): the browser's cached element lists are invalidated.
          const status = document.querySelector('[role="status"]') ?? document.body;
          const changed: number[] = [];
          for (let i = 0; i < runs; i++) {
            status.textContent = `Brouillon ${i}`;
            const t0 = performance.now();
            last = reader.readPage(document, 'elan');
            changed.push(performance.now() - t0);
          }
          return {
            samples,
            changed,
            collectives: last.dossier.collectives?.length ?? 0,
            controls: document.querySelectorAll('input, select, textarea').length,
          };
        },
        { runs: RUNS, warmup: WARMUP },
      );
      for (const [mode, list] of [
        ['re-read, page unchanged', samples],
        ['re-read after a DOM change', changed],
      ] as const) {
        const t = summarize(list);
        rows.push({
          collectives: n,
          mode,
          'collectives read': collectives,
          controls,
          median: ms(t.median),
          p95: ms(t.p95),
          runs: t.runs,
          'under 8 ms': t.p95 < 8 ? 'yes (p95)' : t.median < 8 ? 'median only' : 'NO',
        });
      }
      await context.close();
    }
    printTable('readPage in Chromium (full re-read of the Elan form)', rows);
  } finally {
    await browser.close();
  }
}
