import { expect, test } from '@playwright/test';
import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';
import {
  E2E_EXTENSION_DIR,
  launchWithExtension,
  NOT_A_PORTAL,
  panelOf,
  popupFor,
  setExtensionStorage,
} from './browser';

// Elan's successor at a new address: added in the options, the panel runs there. The test build
// has this host granted at install (no test can answer the browser's permission prompt); the
// rest is the shipped code: the options page, the background's registration, the content script.
const NEW = 'https://nouveau-portail.caf.fr/clas/demande';

test('a portal address added in the options gets the panel, and loses it when removed', async () => {
  const b = await launchWithExtension(
    { [NEW]: renderElanForm(fixtures.blocked, { step: 3 }) },
    { extensionDir: E2E_EXTENSION_DIR },
  );
  try {
    await setExtensionStorage(b, {
      settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
    });
    const before = await b.context.newPage();
    await before.goto(NEW);
    // Not added yet: no content script on that page, as the popup says.
    const popup = await popupFor(b, before);
    await expect(popup.getByRole('main')).toContainText(
      `${NOT_A_PORTAL} : nouveau-portail.caf.fr.`,
    );
    await expect(before.locator('assistant-clas')).toHaveCount(0);
    await popup.close();

    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByLabel('Adresse du site').fill('https://nouveau-portail.caf.fr/clas');
    await options.getByLabel('Lire comme').selectOption('elan');
    await options.getByRole('button', { name: 'Ajouter' }).click();
    await expect(options.getByText('nouveau-portail.caf.fr ajouté')).toBeVisible();
    await expect(
      options.getByRole('listitem').filter({ hasText: 'nouveau-portail.caf.fr' }),
    ).toContainText('lu comme un formulaire de type Elan');

    const page = await b.context.newPage();
    await expect(async () => {
      await page.goto(NEW);
      await expect(panelOf(page)).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 10_000 });
    await expect(panelOf(page)).toContainText('points bloquants');

    await options.getByRole('button', { name: 'Retirer nouveau-portail.caf.fr' }).click();
    await expect(options.getByText('nouveau-portail.caf.fr retiré.')).toBeVisible();
    // Unregistered: after a reload the page has no content script again, as the popup says.
    const after = await b.context.newPage();
    await after.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect(async () => {
      await page.goto(NEW);
      await page.bringToFront();
      await after.reload();
      await expect(after.getByRole('main')).toContainText(NOT_A_PORTAL, { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(page.locator('assistant-clas')).toHaveCount(0);
    expect(b.outsideRequests).toEqual([]);
  } finally {
    await b.close();
  }
});
