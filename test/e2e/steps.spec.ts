import { expect, test, type Locator } from '@playwright/test';
import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm, renderElanSummary, renderMcp } from '../mock-portals/render';
import {
  launchWithExtension,
  openWithPanel,
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
