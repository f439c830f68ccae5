import type { Dossier } from '../../rules/dossier';
import { groupByDossier } from '../../entrypoints/history/history-groups';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { openSnapshotStore, PAGE_SIZE } from '../../snapshots/store';
import { fixtures } from '../mock-portals/fixtures';
import { ms, printTable, summarize, type Timing } from './measure';

/** Like `timeSync`, for async work: runs `fn` for about `budgetMs` after a warm-up. */
export async function timeAsync(
  fn: () => Promise<unknown>,
  budgetMs = 1500,
  minRuns = 20,
): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    if (samples.length >= 10_000) break;
  }
  return summarize(samples);
}

const TOWNS = [
  'Épinal',
  'Golbey',
  'Thaon-les-Vosges',
  'Charmes',
  'Mirecourt',
  'Remiremont',
  'Saint-Dié',
];
const KINDS = ['Centre social', 'Association', 'MJC', 'Commune de', 'Foyer rural'];

/**
 * 5 000 snapshots in the history (fake-indexeddb in Node: slower than a browser's IndexedDB,
 * so an upper bound), then the history page's first query: 100 newest, grouped by dossier.
 */
export async function benchSnapshots(count = 5000): Promise<void> {
  if (!('indexedDB' in globalThis)) {
    const fake = await import('fake-indexeddb');
    // What `fake-indexeddb/auto` does: indexedDB and every IDB* class as globals (idb needs them).
    for (const [name, value] of Object.entries(fake))
      if (name === 'indexedDB' || name.startsWith('IDB'))
        Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const store = openSnapshotStore({ name: `bench-snapshots-${Date.now()}` });

  const base = sampleSnapshot(fixtures.receivable);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const dossierNo = i % 500;
    const name = `${KINDS[dossierNo % KINDS.length]} ${TOWNS[dossierNo % TOWNS.length]} n° ${dossierNo}`;
    const dossier: Dossier = {
      ...fixtures.receivable,
      carrier: { ...fixtures.receivable.carrier, name },
    };
    await store.add({
      ...base,
      id: `bench-${i}`,
      dossier,
      dossierKey: `${name.toLowerCase()}|elan|elan.caf.fr/demande/${dossierNo}`,
      createdAt: new Date(Date.UTC(2025, 5, 20) + i * 60_000).toISOString(),
    });
  }
  const insertMs = performance.now() - t0;

  const firstPage = await timeAsync(async () => {
    const r = await store.list({ limit: PAGE_SIZE });
    groupByDossier(r.items);
  });
  const nextPage = await timeAsync(() => store.list({ limit: PAGE_SIZE, offset: 2000 }));
  const search = await timeAsync(() => store.list({ search: 'epinal', limit: PAGE_SIZE }));
  const oneDossier = await timeAsync(() =>
    store.list({ dossierKey: 'centre social épinal n° 0|elan|elan.caf.fr/demande/0' }),
  );
  const get = await timeAsync(() => store.get('bench-4242'));
  store.close();

  const row = (what: string, t: Timing) => ({
    what,
    median: ms(t.median),
    p95: ms(t.p95),
    runs: t.runs,
  });
  printTable(`Snapshot history: ${count} snapshots (fake-indexeddb, Node)`, [
    { what: `insert ${count} (one add each)`, median: ms(insertMs / count), p95: '', runs: count },
    row(`history first page: list ${PAGE_SIZE} newest + group (budget 200 ms)`, firstPage),
    row(`list ${PAGE_SIZE} at offset 2000 (« Afficher plus »)`, nextPage),
    row('search « epinal » (words index)', search),
    row('one dossier’s snapshots (dossier index)', oneDossier),
    row('get one snapshot', get),
  ]);
}

// `tsx test/bench/snapshots.bench.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchSnapshots();
