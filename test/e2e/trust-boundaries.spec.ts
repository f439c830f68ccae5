import { expect, test, type Page } from '@playwright/test';
import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';
import {
  launchWithExtension,
  openWithPanel,
  panelFrame,
  setExtensionStorage,
  type ExtensionBrowser,
} from './browser';
import { formWithMeaninglessLabels } from './meaningless-labels';

const FORM = 'https://elan.caf.fr/elan/demande/clas-hostile';
const UNKNOWN = 'https://elan.caf.fr/nouveau-formulaire/clas-hostile';
const NOTE = 'Note confidentielle 4521';
const ELSEWHERE = 'https://www.caf.fr/autre-site';

/**
 * The portal page's own script, hostile: it listens to every key and input on window and
 * document in the capture phase, looks for the panel in the DOM (open shadow roots, the frame's
 * document), posts fake models and ports to every frame, clicks whatever it finds, and plants
 * an element carrying the extension's old mark around the form. It records all it sees.
 */
const HOSTILE = `<script>
(() => {
  const seen = (window.__seen = { events: [], found: [], errors: [], texts: [] });
  for (const target of [window, document])
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'change', 'paste', 'copy', 'focusin'])
      target.addEventListener(type, (e) => {
        const t = e.target;
        if (t && t.closest && t.closest('main, form, #formDemande, [id^="formDemande"]')) return;
        seen.events.push(type + ':' + (e.key || e.data || '') + ':' + (t && t.tagName));
      }, true);
  const deep = (root, out) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { out.push('shadow:' + el.tagName); deep(el.shadowRoot, out); }
    }
    return out;
  };
  const fake = { type: 'model', model: { portalName: 'FAUX PORTAIL', host: 'elan.caf.fr', dossierKey: 'x', fields: {}, teaching: null, page: { url: '', title: '' } } };
  const probe = () => {
    deep(document, seen.found);
    for (const f of document.querySelectorAll('iframe')) {
      // Before the extension's page arrives, the frame holds the page's own about:blank.
      try {
        const d = f.contentDocument;
        if (d && d.URL !== 'about:blank') seen.found.push('frame-document:' + d.URL);
        if (d) seen.texts.push(d.documentElement.outerHTML);
      } catch (e) {}
      try { seen.texts.push(String(f.contentWindow.document.body.innerText)); } catch (e) {}
      // Ports offered the way the content script hands the frame its models' port, with a
      // guessed secret, and a fake model sent down each.
      try {
        const ch = new MessageChannel();
        ch.port1.onmessage = (m) => seen.found.push('port-message:' + String(m.data).slice(0, 80));
        f.contentWindow.postMessage({ type: 'assistant-clas:pipe', secret: 'deviné' }, '*', [ch.port2]);
        ch.port1.postMessage(JSON.stringify(fake.model));
      } catch (e) { seen.errors.push(String(e)); }
    }
    seen.texts.push(document.documentElement.innerText);
    seen.texts.push(document.documentElement.outerHTML);
    // Everything clickable in the page's reach, the extension's element included.
    for (const el of document.querySelectorAll('assistant-clas, assistant-clas *'))
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    if (seen.texts.length > 40) seen.texts.splice(0, seen.texts.length - 40);
  };
  setInterval(probe, 25);
  window.addEventListener('load', () => {
    const form = document.querySelector('form') || document.body.firstElementChild;
    const decoy = document.createElement('div');
    decoy.setAttribute('data-assistant-clas', '');
    form.parentNode.insertBefore(decoy, form);
    decoy.appendChild(form);
  });
})();
</script>`;

let b: ExtensionBrowser;

test.beforeAll(async () => {
  b = await launchWithExtension({
    [FORM]: renderElanForm(fixtures.blocked, { step: 4 }).replace('</body>', `${HOSTILE}</body>`),
    [ELSEWHERE]: '<!doctype html><html lang="fr"><body><h1>Autre site</h1></body></html>',
    // Labels that mean nothing: fields left to « Indiquer le champ ».
    [UNKNOWN]: formWithMeaninglessLabels().replace('</body>', `${HOSTILE}</body>`),
  });
  await setExtensionStorage(b, {
    settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
  });
  // The test reads the clipboard from the page's side.
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://elan.caf.fr',
  });
});
test.afterAll(async () => b.close());

interface Seen {
  events: string[];
  found: string[];
  errors: string[];
  texts: string[];
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

/** Snapshots kept in the history, read from an extension page. */
async function historyCount(): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/print.html`);
  const n = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('assistant-clas-snapshots');
        req.onupgradeneeded = () => req.transaction?.abort();
        req.onerror = () => resolve(0);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('entries')) return resolve(0);
          const count = db.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  await page.close();
  return n;
}

test('a hostile page script cannot read a note, tick « Vérifié », switch the role, export, or hear a key', async () => {
  const historyBefore = await historyCount();
  const { page, panel } = await openWithPanel(b, FORM);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const tabsBefore = b.context.pages().length;

  // The person works in the panel: instructor, ticks a finding, writes a note.
  await panel.getByRole('button', { name: 'Instructeur' }).click();
  const checked = panel.getByRole('checkbox', { name: 'Vérifié' }).first();
  const note = panel.getByRole('textbox', { name: 'Note' }).first();
  await note.click();
  await note.pressSequentially(NOTE, { delay: 10 });
  await expect(note).toHaveValue(NOTE);
  await expect(checked).not.toBeChecked();
  // Let the page's probe run a good many times over the panel as it is now.
  await page.waitForTimeout(600);

  const s = await seen(page);
  // Nothing typed in the panel reached the page's capture listeners on window and document.
  expect(s.events).toEqual([]);
  // No shadow root to walk into, no frame document to read, no port that answers.
  expect(s.found).toEqual([]);
  // The note's words are nowhere in what the page can read.
  expect(s.texts.length).toBeGreaterThan(0);
  for (const t of s.texts) expect(t).not.toContain('confidentielle');
  // The page's clicks and fake models changed nothing: not ticked, role kept, the real portal.
  await expect(checked).not.toBeChecked();
  await expect(panel.getByRole('button', { name: 'Instructeur' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(panel).toContainText('lu sur Elan');
  await expect(panel).not.toContainText('FAUX PORTAIL');
  // No export was started: no tab, no download, nothing new in the history.
  expect(b.context.pages().length).toBe(tabsBefore);
  expect(downloads).toEqual([]);
  expect(await historyCount()).toBe(historyBefore);

  await note.fill('');
  await panel.getByRole('button', { name: 'Porteur' }).click();
  await page.close();
});

test('an element planted with the extension’s mark does not stop live reading; the tab stays responsive', async () => {
  const { page, panel } = await openWithPanel(b, FORM);
  await expect(page.locator('[data-assistant-clas]')).toHaveCount(1); // the page's decoy
  await expect(panel).toContainText('ligne « Conseil départemental » du budget est vide');
  // The field is inside the decoy: typing in it is still read.
  const cd = page
    .getByRole('row', { name: /Conseil départemental/ })
    .locator('input')
    .first();
  await cd.fill('300');
  await expect(panel).not.toContainText('ligne « Conseil départemental » du budget est vide');
  // The page's own work goes on at its pace while the panel is there and probed.
  const lag = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        setTimeout(() => done(performance.now() - t0 - 100), 100);
      }),
  );
  expect(lag).toBeLessThan(200);
  await page.close();
});

test('the page’s synthetic click does not pick a field while the panel waits for the person’s', async () => {
  const { page, panel } = await openWithPanel(b, UNKNOWN);
  await panel
    .getByRole('button', { name: 'Indiquer le champ : Collectif 1 : nombre d’enfants' })
    .click();
  await expect(panel.getByRole('alert')).toContainText('Cliquez sur le champ de la page');
  const input = page.getByRole('group', { name: 'Collectif 1', exact: true }).getByLabel('Champ A');
  await input.dispatchEvent('click');
  await page.waitForTimeout(200);
  await expect(panel.getByRole('alert')).toContainText('Cliquez sur le champ de la page');
  await expect(panel.locator('.ac-notfound')).toContainText('Collectif 1 : nombre d’enfants');
  await panelFrame(page).getByRole('button', { name: 'Annuler' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await page.close();
});

test('« Copier le texte » copies from the frame: the page’s copy listener cannot swap the text', async () => {
  const { page, panel } = await openWithPanel(b, FORM);
  await page.evaluate(() => {
    const w = window as unknown as { copies: number };
    w.copies = 0;
    for (const target of [window, document])
      target.addEventListener(
        'copy',
        (e) => {
          w.copies++;
          (e as ClipboardEvent).clipboardData?.setData('text/plain', 'Texte remplacé par la page');
          e.preventDefault();
        },
        true,
      );
  });
  await panel.getByRole('button', { name: /^Exporter/ }).click();
  await panel.getByRole('button', { name: 'Copier le texte' }).click();
  await expect(panelFrame(page).locator('[data-ac-toast]')).toContainText(
    'Texte copié dans le presse-papiers',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Dossier CLAS — /);
  expect(await page.evaluate(() => (window as unknown as { copies: number }).copies)).toBe(0);
  await page.close();
});

test('another site cannot load the panel’s page at the extension’s fixed address', async () => {
  const page = await b.context.newPage();
  await page.goto(ELSEWHERE);
  await page.evaluate((id) => {
    const frame = document.createElement('iframe');
    frame.src = `chrome-extension://${id}/panel-frame.html`;
    document.body.append(frame);
  }, b.extensionId);
  const child = page.locator('iframe');
  await expect(child).toHaveCount(1);
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await page.close();
});
