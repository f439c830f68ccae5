import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';
import { renderElanSummary } from '../mock-portals/elan-summary';
import { renderMcp } from '../mock-portals/mcp';
import {
  launchWithExtension,
  openWithPanel,
  panelOf,
  setExtensionStorage,
  type ExtensionBrowser,
} from './browser';

// One dossier across the pages of a multi-page form (a new page load at each step), « not read »
// told from « empty », the dossier named in the panel, marks kept by dossier, and the deposit
// date an instructor's page shows.

const NUMBER = '2025-00412';
const step = (n: number) => `https://elan.caf.fr/elan/demande/${NUMBER}/etape-${n}`;
const SINGLE = 'https://elan.caf.fr/elan/demande/clas-bloque';
const MCP_SINGLE = 'https://partenaires.caf.fr/mcp/declaration/clas';
const mcpPart = (n: number) => `https://partenaires.caf.fr/mcp/declaration/clas/etape-${n}`;
const SUMMARY = 'https://elan.caf.fr/elan/instruction/consultation';
const NBSP = /[\u00a0\u202f ]/g;

const pages: Record<string, string> = {
  [SINGLE]: renderElanForm(fixtures.blocked, { step: 6 }),
  [MCP_SINGLE]: renderMcp(fixtures.receivable),
  [SUMMARY]: renderElanSummary(fixtures.receivable),
};
for (let n = 1; n <= 6; n++)
  pages[step(n)] = renderElanForm(fixtures.blocked, {
    step: n,
    pages: { number: NUMBER, href: step },
  });
for (let n = 1; n <= 3; n++)
  pages[mcpPart(n)] = renderMcp(fixtures.receivable, { pages: { page: n, href: mcpPart } });

let b: ExtensionBrowser;

test.beforeAll(async () => {
  b = await launchWithExtension(pages);
  await setExtensionStorage(b, {
    settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
  });
});
test.afterAll(async () => b.close());
test.afterEach(() => {
  expect(b.outsideRequests).toEqual([]);
});

const text = async (l: Locator) =>
  ((await l.textContent()) ?? '').replace(NBSP, ' ').replace(/\s+/g, ' ').trim();

/** What the panel says of the dossier: status, estimate, and every finding's text. */
async function reportOf(panel: Locator) {
  return {
    status: await text(panel.getByRole('status')),
    funding: await text(panel.locator('.ac-status__money')),
    findings: await Promise.all(
      (await panel.locator('.ac-finding__msg').all()).map((l) => text(l)),
    ),
  };
}

/** The dossiers the background keeps in `storage.session`: their number and how many pages. */
async function sessionSteps(): Promise<Array<{ number?: string; pages: number }>> {
  const [worker] = b.context.serviceWorkers();
  const stored = await worker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.session.get('clas:steps'))['clas:steps'];
  });
  return ((stored ?? []) as Array<{ identity: { number?: string }; pages: unknown[] }>).map(
    (r) => ({ ...(r.identity.number && { number: r.identity.number }), pages: r.pages.length }),
  );
}

/** Follows the page's « Suivant › » link: a full page load, a new panel. */
async function next(page: Page): Promise<Locator> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('link', { name: /Suivant/ }).click(),
  ]);
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  return panel;
}

test('step 1 alone gives no finding about a field that is not on the page', async () => {
  const { page, panel } = await openWithPanel(b, step(1));
  const status = panel.getByRole('status');
  await expect(status).toContainText(
    /^Aucun point bloquant détecté — 0 point à vérifier — \d+ champs pas encore lus$/,
  );
  // The blocked dossier's axes, collectives and TNE problems are on later steps: none shows.
  await expect(panel.locator('.ac-finding')).toHaveCount(0);
  await expect(panel.locator('.ac-status__money')).toContainText('en attente des collectifs');
  await expect(panel.locator('.ac-status__money')).not.toContainText('0,00');
  // The header names the dossier as read on this page.
  await expect(panel.locator('.ac-dossier')).toContainText(
    `${fixtures.blocked.carrier!.name!} · dossier n° ${NUMBER}`,
  );
  // What waits is listed apart, with the fields it waits for.
  await panel.getByRole('button', { name: /Pas encore vérifié/ }).click();
  await expect(panel.locator('.ac-pending')).toContainText(
    'Les quatre axes — en attente de : Axe « enfants et jeunes »',
  );
  await page.close();
});

test('walking the multi-page form step by step ends with the single-page form’s report', async () => {
  const single = await openWithPanel(b, SINGLE);
  const expected = await reportOf(single.panel);
  expect(expected.findings.length).toBeGreaterThan(3);
  // Same carrier, no number: the single-page form joins the same dossier. Start afresh.
  await single.panel.getByRole('button', { name: /Étapes lues/ }).click();
  await single.panel.getByRole('button', { name: 'Oublier ce dossier' }).click();
  await single.page.close();

  const { page } = await openWithPanel(b, step(1));
  let panel: Locator = panelOf(page);
  for (let n = 2; n <= 6; n++) {
    panel = await next(page);
    await expect(panel.locator('.ac-status__main')).toBeVisible();
  }
  await expect(panel.getByRole('status')).toHaveText(expected.status);
  expect(await reportOf(panel)).toEqual(expected);
  // A finding on a field read at an earlier step says where it was read.
  await expect(
    panel.locator('.ac-finding', { hasText: 'L’axe d’intervention auprès et avec les parents' }),
  ).toContainText('lu à l’étape 2');
  await panel.getByRole('button', { name: /Étapes lues/ }).click();
  await expect(panel.locator('.ac-steps li')).toHaveCount(6);
  await expect(panel.locator('.ac-steps')).toContainText('Étape 6 — Pièces jointes (cette page)');
  // Kept in the extension's session storage, nothing in the portal's origin.
  expect(await sessionSteps()).toEqual([{ number: NUMBER, pages: 6 }]);
  expect(
    await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookies: document.cookie,
      databases: (await indexedDB.databases()).length,
    })),
  ).toEqual({ local: 0, session: 0, cookies: '', databases: 0 });

  // « Oublier ce dossier »: the other steps' readings go; this page is read alone again.
  await panel.getByRole('button', { name: 'Oublier ce dossier' }).click();
  await expect(panel.locator('.ac-steps li')).toHaveCount(1);
  await expect(panel.locator('.ac-status__money')).toContainText('en attente des collectifs');
  await page.reload();
  await expect(panelOf(page).locator('.ac-status__money')).toContainText(
    'en attente des collectifs',
  );
  await page.close();
});

test('the MonComptePartenaire declaration, part by part, ends as on one page', async () => {
  const single = await openWithPanel(b, MCP_SINGLE);
  const expected = await reportOf(single.panel);
  await single.page.close();
  const { page } = await openWithPanel(b, mcpPart(1));
  await expect(panelOf(page).locator('.ac-dossier')).toContainText(/dossier n° MCP-88-2025-\d{5}/);
  await next(page);
  const panel = await next(page);
  await expect(panel.getByRole('status')).toHaveText(expected.status);
  expect(await reportOf(panel)).toEqual(expected);
  await page.close();
});

test('two dossiers shown at the same address keep their marks apart', async () => {
  // The same carrier, two dossiers (two numbers), one address: the instructor's marks of one
  // never show on the other.
  const A = 'ELAN-88-2025-00001';
  const B = 'ELAN-88-2025-00002';
  const show = async (number: string) => {
    pages[SUMMARY] = renderElanSummary(fixtures.blocked, { number });
    const opened = await openWithPanel(b, SUMMARY);
    await expect(opened.panel.locator('.ac-dossier')).toContainText(
      `${fixtures.blocked.carrier!.name!} · dossier n° ${number}`,
    );
    return opened;
  };
  const note = (panel: Locator) => panel.getByRole('textbox', { name: 'Note' }).first();
  const check = (panel: Locator) => panel.getByRole('checkbox', { name: 'Vérifié' }).first();

  const a = await show(A);
  await a.panel.getByRole('button', { name: 'Instructeur' }).click();
  await check(a.panel).check();
  await note(a.panel).fill('Vu avec la structure, dossier A');
  await a.page.waitForTimeout(300); // the mark reaches the extension's storage
  await a.page.close();

  const other = await show(B);
  await expect(check(other.panel)).not.toBeChecked();
  await expect(note(other.panel)).toHaveValue('');
  await note(other.panel).fill('Dossier B');
  await other.page.waitForTimeout(300);
  await other.page.close();

  const again = await show(A);
  await expect(check(again.panel)).toBeChecked();
  await expect(note(again.panel)).toHaveValue('Vu avec la structure, dossier A');
  await again.panel.getByRole('button', { name: 'Porteur' }).click();
  await again.page.close();
  pages[SUMMARY] = renderElanSummary(fixtures.receivable);
});

test('an instructor page with a deposit date checks the window against it', async () => {
  await setExtensionStorage(b, {
    settings: { role: 'carrier', referenceDate: '2025-09-15', extraHosts: [] },
  });
  try {
    // Checked in September, deposited in July: in time, and the panel says on which date.
    pages[SUMMARY] = renderElanSummary({ ...fixtures.receivable, depositedOn: '2025-07-12' });
    const inTime = await openWithPanel(b, SUMMARY);
    await expect(inTime.panel.locator('.ac-status__meta')).toContainText(
      'période de dépôt jugée sur la date de dépôt du dossier : 12 juillet 2025',
    );
    await expect(inTime.panel).not.toContainText('Période de dépôt');
    await inTime.page.close();

    // Deposited after the closing: blocking, on the deposit date.
    pages[SUMMARY] = renderElanSummary({ ...fixtures.receivable, depositedOn: '2025-08-02' });
    const late = await openWithPanel(b, SUMMARY);
    await expect(late.panel.getByRole('status')).toContainText('1 point bloquant');
    await expect(late.panel.locator('.ac-finding', { hasText: 'Période de dépôt' })).toContainText(
      'le dossier a été déposé le 2 août 2025, après la clôture',
    );
    await late.page.close();
  } finally {
    pages[SUMMARY] = renderElanSummary(fixtures.receivable);
    await setExtensionStorage(b, {
      settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
    });
  }
});

test('a closed campaign is said once, and the options’ reference date is offered', async () => {
  // No reference date chosen: today, long after the 2025-2026 deposit closed.
  await setExtensionStorage(b, { settings: { role: 'carrier', extraHosts: [] } });
  try {
    const { page, panel } = await openWithPanel(b, SINGLE);
    await expect(panel.locator('.ac-closed')).toContainText(
      'Campagne 2025-2026 close — règles de la note 2025-2026',
    );
    await expect(panel.locator('.ac-closed')).toHaveCount(1);
    // The closing is not a blocking point of every dossier: the blocked one keeps its own two.
    await expect(panel.getByRole('status')).toContainText('2 points bloquants');
    await expect(panel.locator('.ac-finding', { hasText: 'Période de dépôt' })).toHaveCount(0);
    const [options] = await Promise.all([
      b.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Choisir une date de référence' }).click(),
    ]);
    await expect(options).toHaveURL(/options\.html/);
    await options.close();
    await page.close();
  } finally {
    await setExtensionStorage(b, {
      settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
    });
  }
});

test('closing the browser forgets the steps read', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'clas-steps-'));
  let own = await launchWithExtension(pages, { userDataDir: profile });
  try {
    await setExtensionStorage(own, {
      settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
    });
    const { page } = await openWithPanel(own, step(1));
    const panel = await next(page);
    await panel.getByRole('button', { name: /Étapes lues/ }).click();
    await expect(panel.locator('.ac-steps li')).toHaveCount(2);
    await page.close();
    await own.close();

    own = await launchWithExtension(pages, { userDataDir: profile });
    const again = await openWithPanel(own, step(2));
    await again.panel.getByRole('button', { name: /Étapes lues/ }).click();
    await expect(again.panel.locator('.ac-steps li')).toHaveCount(1);
    await expect(again.panel.locator('.ac-status__money')).toContainText(
      'en attente des collectifs',
    );
    // Step 1 gave the carrier's name; after the restart, only step 2's number names it.
    await expect(again.panel.locator('.ac-dossier')).toContainText(
      `Structure non lue · dossier n° ${NUMBER}`,
    );
  } finally {
    await own.close();
  }
});
