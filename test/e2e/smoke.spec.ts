import { expect, test } from '@playwright/test';
import { launchWithExtension, NOT_A_PORTAL, openPage, panelOf, popupFor } from './browser';

test('the panel appears on the portal addresses, and nowhere else', async () => {
  const html = '<!doctype html><html lang="fr"><body><h1>Maquette</h1></body></html>';
  const b = await launchWithExtension({
    'https://elan.caf.fr/demande': html,
    'https://partenaires.caf.fr/clas': html,
    'https://www.caf.fr/partenaires': html,
  });
  try {
    for (const url of ['https://elan.caf.fr/demande', 'https://partenaires.caf.fr/clas']) {
      const page = await openPage(b, url);
      await expect(panelOf(page)).toBeVisible();
      const popup = await popupFor(b, page);
      await expect(popup.getByRole('heading', { level: 2 })).toHaveText(/^Cet onglet : /);
      await popup.close();
    }
    // Elsewhere no content script runs: the popup, which asks the tab's, hears none (and, with
    // no permission on that site, is not even told its address).
    const other = await openPage(b, 'https://www.caf.fr/partenaires');
    const popup = await popupFor(b, other);
    await expect(popup.getByRole('main')).toContainText(`${NOT_A_PORTAL}. Vous pouvez ajouter`);
    await expect(other.locator('assistant-clas')).toHaveCount(0);
    expect(b.outsideRequests).toEqual([]);
  } finally {
    await b.close();
  }
});
