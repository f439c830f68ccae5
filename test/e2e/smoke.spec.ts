import { expect, test } from '@playwright/test';
import { launchWithExtension, openPage } from './browser';

test('the content script runs on the portal addresses only', async () => {
  const html = '<!doctype html><html lang="fr"><body><h1>Maquette</h1></body></html>';
  const b = await launchWithExtension({
    'https://elan.caf.fr/demande': html,
    'https://partenaires.caf.fr/clas': html,
  });
  try {
    for (const url of ['https://elan.caf.fr/demande', 'https://partenaires.caf.fr/clas']) {
      const page = await openPage(b, url);
      await expect(page.locator('html')).toHaveAttribute('data-assistant-clas', 'loaded');
    }
    expect(b.outsideRequests).toEqual([]);
  } finally {
    await b.close();
  }
});
