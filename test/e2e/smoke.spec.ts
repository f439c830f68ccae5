import { expect, test } from '@playwright/test';
import { launchWithExtension, openPage, panelOf } from './browser';

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
    }
    const other = await openPage(b, 'https://www.caf.fr/partenaires');
    await other.waitForTimeout(500);
    await expect(other.locator('assistant-clas')).toHaveCount(0);
    expect(b.outsideRequests).toEqual([]);
  } finally {
    await b.close();
  }
});
