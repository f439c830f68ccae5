import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, setExtensionStorage, panelOf } from '../e2e/browser';
import { renderElanFormWithCollectives } from '../mock-portals/elan-form';
import { ms, printTable, summarize } from './measure';

const URL = 'https://elan.caf.fr/elan/demande/clas';

/**
 * From a keystroke to the panel updated: in the page, set the first collective's children
 * (7 ↔ 10, so the status and the funding change every time) and dispatch `input`; in the
 * panel's frame (another document, another process), a MutationObserver notes when the panel
 * changes. Both sides take the time as `performance.timeOrigin + performance.now()`, which is
 * the same clock in every document of the browser.
 */
async function keystrokeToPanel(page: Page, runs: number): Promise<number[]> {
  const frame = page.frames().find((f) => f.url().includes('/panel-frame.html'));
  if (!frame) throw new Error('panel frame not found');
  await frame.evaluate(() => {
    const w = window as unknown as { __changes: number[] };
    w.__changes = [];
    new MutationObserver(() =>
      w.__changes.push(performance.timeOrigin + performance.now()),
    ).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const value = i % 2 === 0 ? '7' : '10';
    const t0 = await page.evaluate((v) => {
      const label = [...document.querySelectorAll('label')].find((l) =>
        (l.textContent ?? '').includes("Nombre d'enfants"),
      );
      const input = label?.control as HTMLInputElement | null | undefined;
      if (!input) throw new Error('field not found');
      const t = performance.timeOrigin + performance.now();
      input.value = v;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: v }));
      return t;
    }, value);
    // (No named function inside: tsx would wrap it in a helper the frame does not have.)
    const t1 = await frame.evaluate(async (since) => {
      const w = window as unknown as { __changes: number[] };
      for (;;) {
        const t = w.__changes.find((c) => c >= since);
        if (t !== undefined) return t;
        await new Promise((r) => setTimeout(r, 2));
      }
    }, t0);
    samples.push(t1 - t0);
    await page.waitForTimeout(30 + Math.random() * 20);
  }
  return samples;
}

async function latency(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const n of [10, 200]) {
    const b = await launchWithExtension({ [URL]: renderElanFormWithCollectives(n) });
    try {
      await setExtensionStorage(b, {
        settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
      });
      const page = await b.context.newPage();
      await page.goto(URL);
      await panelOf(page).waitFor();
      await keystrokeToPanel(page, 10); // warm-up
      const t = summarize(await keystrokeToPanel(page, 100));
      rows.push({ collectives: n, median: ms(t.median), p95: ms(t.p95), runs: t.runs });
    } finally {
      await b.close();
    }
  }
  return rows;
}

/**
 * Load of the same page with and without the content script, in the same browser and run,
 * alternating: at a portal address (the content script runs) and at an address it does not
 * match (it does not). The difference is what the extension adds to the page's load.
 */
async function loadOverhead(collectives: number, runs = 15): Promise<Record<string, string>[]> {
  const html = renderElanFormWithCollectives(collectives);
  const other = 'https://www.caf.fr/elan/demande/clas';
  const timings = { without: [] as number[], with: [] as number[], panel: [] as number[] };
  const b = await launchWithExtension({ [URL]: html, [other]: html });
  try {
    const loadTime = async (page: Page, url: string) => {
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return nav.loadEventEnd - nav.startTime;
      });
    };
    const page = await b.context.newPage();
    for (let i = 0; i < runs + 2; i++) {
      // Alternate which goes first, so the previous page's unload weighs on both alike.
      let without = 0;
      if (i % 2 === 0) without = await loadTime(page, other);
      const withExt = await loadTime(page, URL);
      await panelOf(page).waitFor();
      const panelAt = await page.evaluate(() => performance.now());
      if (i % 2 === 1) without = await loadTime(page, other);
      if (i < 2) continue; // warm-up
      timings.without.push(without);
      timings.with.push(withExt);
      timings.panel.push(panelAt);
    }
  } finally {
    await b.close();
  }
  const row = (what: string, s: number[]) => {
    const t = summarize(s);
    return {
      collectives: String(collectives),
      measure: what,
      median: ms(t.median),
      p95: ms(t.p95),
    };
  };
  return [
    row('load event, content script not matched', timings.without),
    row('load event, content script running', timings.with),
    row('panel drawn (from navigation start)', timings.panel),
  ];
}

export async function benchPanel(): Promise<void> {
  const file = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'));
  printTable('Content script size — target: < 40 kB gzip', [
    {
      file: 'content-scripts/content.js',
      raw: `${(file.length / 1024).toFixed(1)} kB`,
      gzip: `${(gzipSync(file, { level: 9 }).length / 1024).toFixed(1)} kB`,
    },
  ]);
  printTable(
    'Keystroke → panel updated, mock Elan — target: p95 < 16 ms at 200 collectives',
    await latency(),
  );
  printTable('Page load with and without the extension', [
    ...(await loadOverhead(10)),
    ...(await loadOverhead(200)),
  ]);
}
