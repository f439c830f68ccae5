import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchWithExtension, setExtensionStorage, panelOf } from './browser';
import { formWithMeaninglessLabels } from './meaningless-labels';

// A portal whose labels say nothing the reader can understand (« Champ A » for the children).
const URL = 'https://elan.caf.fr/nouveau-formulaire/clas';
const page0 = formWithMeaninglessLabels();

test('teaching a field on an unknown page maps it for every collective, and survives a restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'clas-profile-'));
  let b = await launchWithExtension({ [URL]: page0 }, { userDataDir: profile });
  await setExtensionStorage(b, {
    settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
  });
  let page = await b.context.newPage();
  await page.goto(URL);
  const panel = panelOf(page);
  const notRead = panel.locator('.ac-notfound');
  await expect(notRead).toContainText('Collectif 1 : nombre d’enfants');

  // Escape cancels, and the page's click handlers never saw the pick.
  await panel
    .getByRole('button', { name: 'Indiquer le champ : Collectif 1 : nombre d’enfants' })
    .click();
  await expect(panel.getByRole('alert')).toContainText('Cliquez sur le champ de la page');
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('alert')).toHaveCount(0);

  await panel
    .getByRole('button', { name: 'Indiquer le champ : Collectif 1 : nombre d’enfants' })
    .click();
  const input = page.getByRole('group', { name: 'Collectif 1', exact: true }).getByLabel('Champ A');
  await input.click();
  await expect(notRead).not.toContainText('nombre d’enfants');
  await expect(notRead).toContainText('Collectif 1 : nombre d’encadrants'); // still listed
  await expect(input).not.toBeFocused(); // the click was the panel's, not the page's
  // The three collectives' children are read now: the funding table shows them.
  await panel.getByRole('button', { name: /Financement/ }).click();
  await expect(panel.locator('table').nth(1)).toContainText('10');
  await expect(panel.locator('table').nth(1)).toContainText('12');
  expect(b.outsideRequests).toEqual([]);
  await b.close();

  // A new browser on the same profile: the taught field is still known.
  b = await launchWithExtension({ [URL]: page0 }, { userDataDir: profile });
  page = await b.context.newPage();
  await page.goto(URL);
  const notReadAfter = panelOf(page).locator('.ac-notfound');
  await expect(notReadAfter).toContainText('Collectif 1 : nombre d’encadrants');
  await expect(notReadAfter).not.toContainText('nombre d’enfants');
  // The settings too: the reference date chosen before the restart.
  await expect(panelOf(page)).toContainText('au 10 juillet 2025');
  await b.close();
});
