import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';
import {
  launchWithExtension,
  setExtensionStorage,
  type ExtensionBrowser,
  openWithPanel,
  panelFrame,
  panelOf,
} from './browser';

const FORM = 'https://elan.caf.fr/elan/demande/clas';
const BLOCKED = 'https://elan.caf.fr/elan/demande/clas-bloque';

let b: ExtensionBrowser;

test.beforeAll(async () => {
  b = await launchWithExtension({
    [FORM]: renderElanForm(fixtures.receivable, { step: 3 }),
    [BLOCKED]: renderElanForm(fixtures.blocked, { step: 3 }),
  });
  await setExtensionStorage(b, {
    settings: { role: 'instructor', referenceDate: '2025-07-10', extraHosts: [] },
  });
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://elan.caf.fr',
  });
});
test.afterAll(async () => b.close());
test.afterEach(() => {
  expect(b.outsideRequests).toEqual([]);
});

const open = (url: string) => openWithPanel(b, url);

async function exportAs(panel: Locator, label: string) {
  await panel.getByRole('button', { name: /^Exporter/ }).click();
  await panel.getByRole('button', { name: label }).click();
}

const toast = (page: Page) => panelFrame(page).locator('[data-ac-toast]');

test('JSON and CSV exports download the snapshot and keep it in the history', async () => {
  const { page, panel } = await open(FORM);
  const [json] = await Promise.all([page.waitForEvent('download'), exportAs(panel, 'JSON')]);
  expect(json.suggestedFilename()).toMatch(
    /^clas-snapshot-centre-social-et-culturel-la-passerelle-epinal-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const snapshot = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(snapshot).toMatchObject({
    format: 'clas-snapshot/1',
    portal: 'elan',
    url: expect.stringMatching(new RegExp(`^${FORM}(#|$)`)),
    role: 'instructor',
    extensionVersion: '0.1.0',
    dossier: { carrier: { name: 'Centre social et culturel La Passerelle – Épinal' } },
    report: { format: 'clas-report/1', receivable: true, checkedOn: '2025-07-10' },
  });
  expect(snapshot.marks).toHaveLength(snapshot.report.findings.length);
  expect(snapshot.dossierKey).toBe(PASSERELLE_KEY);
  await expect(toast(page)).toContainText('téléchargé et enregistré dans l’historique');

  const [csv] = await Promise.all([page.waitForEvent('download'), exportAs(panel, 'CSV')]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile((await csv.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('type;rule;severity;message;source;field;done;verified;note\r\n');
  expect(text).toContain('checklist;');
  expect(text).toContain('é');
  await expect(toast(page)).toContainText('.csv téléchargé et enregistré');
  await page.close();
});

test('« Copier le texte » puts the report on the clipboard', async () => {
  const { page, panel } = await open(FORM);
  await exportAs(panel, 'Copier le texte');
  await expect(toast(page)).toContainText(
    'Texte copié dans le presse-papiers et enregistré dans l’historique.',
  );
  // Styled under the frame's CSP (style-src 'self'): a dark box fixed at the bottom.
  expect(
    await toast(page).evaluate((el) => {
      const cs = getComputedStyle(el);
      return [cs.position, cs.backgroundColor];
    }),
  ).toEqual(['fixed', 'rgb(22, 22, 22)']);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Dossier CLAS — Centre social et culturel La Passerelle – Épinal\n/);
  expect(copied).toContain('dans la limite des fonds disponibles');
  await page.close();
});

test('« Imprimer / PDF » opens the printable checklist in a new tab', async () => {
  const { page, panel } = await open(BLOCKED);
  // An instructor's mark and note, to find on the printed sheet.
  await panel.getByRole('checkbox', { name: 'Vérifié' }).first().check();
  await panel.getByRole('textbox', { name: 'Note' }).first().fill('Vu au téléphone le 10/07');
  const [sheet] = await Promise.all([
    b.context.waitForEvent('page'),
    exportAs(panel, 'Imprimer / PDF'),
  ]);
  await sheet.waitForLoadState();
  expect(sheet.url()).toMatch(
    new RegExp(`^chrome-extension://${b.extensionId}/print\\.html\\?id=`),
  );
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
    'Association Les Petits Curieux de Rambervillers',
  );
  await expect(sheet.getByRole('button', { name: 'Imprimer / PDF' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: /Points bloquants/ })).toBeVisible();
  await expect(sheet.locator('body')).toContainText('dans la limite des fonds disponibles');
  await expect(sheet.locator('body')).toContainText(BLOCKED);
  await expect(sheet.locator('body')).toContainText(
    'Vérifié par l’instructeur — note : Vu au téléphone le 10/07',
  );
  // 7 points: the organisation pratique is not on the form, so not read and not a point.
  await expect(sheet.locator('body')).toContainText('1/7 points vérifiés');
  await sheet.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('button', { name: 'Imprimer / PDF' })).toBeHidden();
  // On paper: A4 pages (595 × 842 pt), the sheet's own margins, and no toolbar.
  const pdf = (await sheet.pdf({ preferCSSPageSize: true })).toString('latin1');
  const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) =>
    [m[1], m[2]].map((v) => Math.round(Number(v))),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toEqual([595, 842]);
  await expect(toast(page)).toContainText(
    'Page imprimable ouverte dans un nouvel onglet et enregistrée dans l’historique.',
  );
  await sheet.close();
  await page.close();
});

test('two tabs exporting at once lose nothing; the history lists, searches and compares', async () => {
  const before = await historyCount();
  const groupBefore = await historyCount(PASSERELLE_KEY);
  const [p1, p2] = await Promise.all([open(FORM), open(FORM)]);
  await Promise.all([exportAs(p1.panel, 'Copier le texte'), exportAs(p2.panel, 'Copier le texte')]);
  for (const p of [p1, p2])
    await expect(toast(p.page)).toContainText('presse-papiers et enregistré dans l’historique');
  expect(await historyCount()).toBe(before + 2);

  const history = await b.context.newPage();
  await history.goto(`chrome-extension://${b.extensionId}/history.html`);
  await expect(history.getByRole('heading', { level: 1 })).toHaveText('Historique des instantanés');
  await expect(history.getByRole('status').first()).toContainText(`${before + 2} instantanés`);
  const group = history.getByRole('region', { name: /La Passerelle/ });
  await expect(group.getByRole('row')).toHaveCount(1 + groupBefore + 2); // with the header row

  const search = history.getByLabel('Rechercher un porteur');
  await search.fill('passerel');
  await expect(history.getByRole('status').first()).toContainText(
    `${groupBefore + 2} instantanés pour « passerel »`,
  );
  await search.fill('introuvable');
  await expect(history.getByText('Aucun instantané pour ce porteur.')).toBeVisible();
  await search.fill('');

  const boxes = group.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await history.getByRole('button', { name: 'Comparer les 2 instantanés cochés' }).click();
  const comparison = history.getByRole('region', { name: /Comparaison/ });
  await expect(comparison).toBeVisible();
  await expect(comparison).toContainText('Champs modifiés (0)');
  await expect(comparison.getByRole('heading', { name: /Comparaison/ })).toBeFocused();

  history.once('dialog', (d) => void d.accept());
  await group
    .getByRole('button', { name: /^Supprimer/ })
    .first()
    .click();
  await expect(history.getByRole('status').first()).toContainText('Instantané supprimé');
  expect(await historyCount()).toBe(before + 1);
  for (const p of [p1.page, p2.page, history]) await p.close();
});

const PASSERELLE_KEY =
  'centre social et culturel la passerelle – epinal|elan|elan.caf.fr/elan/demande/clas';

test('5 000 snapshots: the history page lists its first 100 quickly', async () => {
  // A browser of its own: the 5 000 snapshots must not weigh on the other tests.
  const own = await launchWithExtension({ [FORM]: renderElanForm(fixtures.receivable) });
  try {
    // One real export, cloned 5 000 times in the extension's IndexedDB.
    const portal = await own.context.newPage();
    await portal.goto(FORM);
    const panel = panelOf(portal);
    await exportAs(panel, 'Imprimer / PDF');
    await expect(toast(portal)).toContainText('enregistrée dans l’historique');
    const page = await own.context.newPage();
    await page.goto(`chrome-extension://${own.extensionId}/history.html`);
    await expect(page.getByRole('status').first()).toContainText('1 instantané');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('assistant-clas-snapshots');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(['snapshots', 'entries'], 'readwrite');
            const snapshots = tx.objectStore('snapshots');
            const entries = tx.objectStore('entries');
            const all = entries.getAll();
            all.onsuccess = () => {
              const entry = all.result[0];
              const get = snapshots.get(entry.id);
              get.onsuccess = () => {
                for (let i = 0; i < 4999; i++) {
                  const id = `seed-${i}`;
                  const createdAt = new Date(Date.UTC(2025, 5, 20) + i * 60_000).toISOString();
                  const dossierKey = `${entry.dossierKey}-${i % 400}`;
                  snapshots.put({ ...get.result, id, createdAt, dossierKey });
                  entries.put({ ...entry, id, createdAt, dossierKey });
                }
              };
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(100);
    await expect(page.getByRole('status').first()).toContainText('5000 instantanés');
    // From the start of the navigation to 100 rows on screen (printed, loosely bounded).
    const [elapsed, loaded] = await page.evaluate(() => [
      performance.now(),
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
    ]);
    console.log(
      `history page with 5 000 snapshots: 100 rows ${elapsed.toFixed(0)} ms after navigation, ` +
        `${(elapsed - loaded).toFixed(0)} ms after DOMContentLoaded (open, list, render)`,
    );
    expect(elapsed).toBeLessThan(2000);
    await page.getByRole('button', { name: /^Afficher plus/ }).click();
    await expect(rows).toHaveCount(200);
  } finally {
    await own.close();
  }
});

/** Counts the history (of one dossier) from an extension page: the store is the extension's. */
async function historyCount(dossierKey?: string): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/print.html`);
  const n = await page.evaluate(
    (key) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('assistant-clas-snapshots');
        // No history yet: do not create the database here.
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve(0) : reject(req.error));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('entries')) return resolve(0);
          const store = db.transaction('entries').objectStore('entries');
          const count = key
            ? store.index('dossier').count(IDBKeyRange.bound([key, ''], [key, '\uffff']))
            : store.count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
      }),
    dossierKey,
  );
  await page.close();
  return n;
}
