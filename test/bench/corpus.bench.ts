/**
 * How much of a page the reader gets right, on pages nobody tuned it to: the generated corpus
 * (test/corpus/), read in real Chromium by the bundled reader and scored field by field against
 * what each page shows. `dev` is the set the concepts were tuned on; `held-out` uses other
 * wordings and page shapes and is only measured; `pages-blind` and `pages-blind-2` are 14 and 12
 * pages by people who never saw the reader (test/fixtures/). The target is zero wrong values; figures
 * are printed, never asserted.
 *
 *   npx tsx -e "import('./test/bench/corpus.bench.ts').then(m=>m.benchCorpus())"
 */
import { chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/browser';
import { generateCorpus } from '../corpus/generate';
import { scoreRead, totals, type Score } from '../corpus/score';
import type { CorpusDossier } from '../corpus/types';
import { ms, printTable, summarize } from './measure';
import { bundleReaderForBrowser } from './reader.bench';
import { blindPages } from '../helpers/blind-pages';

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

export async function benchCorpus(): Promise<void> {
  const script = await bundleReaderForBrowser();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows: Record<string, string | number>[] = [];
    for (const set of ['dev', 'held-out', 'pages-blind', 'pages-blind-2'] as const) {
      const pages = set === 'dev' || set === 'held-out' ? generateCorpus({ set }) : blindPages(set);
      const page = await browser.newPage();
      const scores: Score[] = [];
      const times: number[] = [];
      for (const p of pages) {
        await page.setContent(p.html);
        await page.addScriptTag({ content: script });
        const { dossier, time } = await page.evaluate((portal) => {
          const reader = (
            window as unknown as { __clasReader: typeof import('../../portals/read-page') }
          ).__clasReader;
          const t0 = performance.now();
          const r = reader.readPage(document, portal as 'elan');
          return { dossier: JSON.parse(JSON.stringify(r.dossier)), time: performance.now() - t0 };
        }, p.portal);
        times.push(time);
        scores.push(scoreRead(p.expected, dossier as CorpusDossier));
      }
      await page.close();
      const t = totals(scores);
      const all = t.right + t.wrong + t.notRead;
      const timing = summarize(times);
      rows.push({
        set,
        pages: pages.length,
        'fields shown': all,
        right: `${t.right} (${pct(t.right, all)})`,
        wrong: t.wrong,
        'not read': `${t.notRead} (${pct(t.notRead, all)})`,
        'read, median': ms(timing.median),
        'read, p95': ms(timing.p95),
      });
    }
    printTable('Reading pages written by someone else (generated corpus, Chromium)', rows);
  } finally {
    await browser.close();
  }
}
