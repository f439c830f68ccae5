import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';
import {
  launchWithExtension,
  setExtensionStorage,
  type ExtensionBrowser,
  panelOf,
} from './browser';

const FORM = 'https://elan.caf.fr/elan/demande/clas';
let b: ExtensionBrowser;

test.beforeAll(async () => {
  b = await launchWithExtension({ [FORM]: renderElanForm(fixtures.blocked, { step: 3 }) });
  await setExtensionStorage(b, {
    settings: { role: 'carrier', referenceDate: '2025-07-10', extraHosts: [] },
  });
});
test.afterAll(async () => b.close());
test.afterEach(() => expect(b.outsideRequests).toEqual([]));

test('the popup, options and history pages: axe-core finds no violation', async () => {
  for (const name of ['popup', 'options', 'history']) {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/${name}.html`);
    await page.getByRole('heading').first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${name} ${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.close();
  }
});

test('the popup shows this tab’s state and turns the panel off and on for the site', async () => {
  const portal = await b.context.newPage();
  await portal.goto(FORM);
  const panel = panelOf(portal);
  await expect(panel).toBeVisible();

  // The popup asks the active tab: open it as a page, then bring the portal tab to the front.
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await portal.bringToFront();
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Cet onglet : Elan' })).toBeVisible();
  await expect(popup.getByRole('status')).toContainText('points bloquants');
  await expect(popup.getByRole('status')).toContainText('Financement estimé');

  await popup.getByLabel('Afficher le panneau sur elan.caf.fr').uncheck();
  await expect(panel).toHaveCount(0);
  await popup.getByLabel('Afficher le panneau sur elan.caf.fr').check();
  await expect(panel).toBeVisible();
  // The history has one title: the popup's button says it, and the page it opens too.
  const [history] = await Promise.all([
    b.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Historique des instantanés' }).click(),
  ]);
  await expect(history.getByRole('heading', { level: 1 })).toHaveText('Historique des instantanés');
  await expect(history).toHaveTitle('Historique des instantanés — Assistant Clas');
  await history.close();
  await popup.close();
  await portal.close();
});

test('the options: role, reference date, a wrong host refused, a field map imported and removed', async () => {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Assistant Clas — options' })).toBeVisible();

  await options.getByLabel('Instructeur Caf').check();
  await expect(options.getByText('Rôle enregistré.')).toBeVisible();
  await options.getByLabel('Date', { exact: true }).fill('2025-08-01');
  await expect(options.getByText('Échéances comptées depuis le 1er août 2025.')).toBeVisible();

  await options.getByLabel('Adresse du site').fill('pas une adresse');
  await options.getByRole('button', { name: 'Ajouter' }).click();
  await expect(options.getByText('n’est pas une adresse de site valide')).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'clas-map-'));
  const bad = join(dir, 'faux.json');
  writeFileSync(bad, '{"format":"autre"}');
  await options.getByLabel('Importer un fichier').setInputFiles(bad);
  await expect(options.getByText('n’est pas une correspondance de champs')).toBeVisible();

  const good = join(dir, 'carte.json');
  writeFileSync(
    good,
    JSON.stringify({
      format: 'clas-field-map/1',
      sites: {
        'elan.caf.fr': { 'collectives[].children': '#x > fieldset > input', 'budget.msa': '#msa' },
      },
    }),
  );
  await options.getByLabel('Importer un fichier').setInputFiles(good);
  await expect(options.getByText('2 correspondances importées.')).toBeVisible();
  await expect(options.getByRole('cell', { name: '#msa' })).toBeVisible();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Exporter (JSON)' }).click(),
  ]);
  const exported = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(exported.sites['elan.caf.fr']['budget.msa']).toBe('#msa');
  await options.getByRole('button', { name: 'Retirer Ligne MSA du budget' }).click();
  await expect(options.getByRole('cell', { name: '#msa' })).toHaveCount(0);

  // The panel on the portal follows the role and the date chosen here.
  const portal = await b.context.newPage();
  await portal.goto(FORM);
  const panel = panelOf(portal);
  await expect(panel.getByRole('button', { name: 'Instructeur' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(panel).toContainText('au 1er août 2025');
  await portal.close();
  await options.close();
});

test('the privacy page, linked from the popup and the options, says what is read, kept and sent', async () => {
  for (const [from, link] of [
    ['popup', /^Confidentialité : rien ne quitte ce navigateur$/],
    ['options', /^Confidentialité$/],
  ] as const) {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/${from}.html`);
    const [privacy] = await Promise.all([
      b.context.waitForEvent('page'),
      page.getByRole('link', { name: link }).click(),
    ]);
    await privacy.waitForLoadState();
    expect(privacy.url()).toBe(`chrome-extension://${b.extensionId}/privacy.html`);
    await expect(privacy.getByRole('heading', { level: 1 })).toHaveText(
      'Assistant Clas — confidentialité',
    );
    for (const h of [
      'Ce que l’extension lit',
      'Où c’est gardé',
      'Rien n’est envoyé',
      'Comment tout effacer',
    ])
      await expect(privacy.getByRole('heading', { level: 2, name: h })).toBeVisible();
    await expect(privacy.locator('main')).toContainText('« Effacer toutes les données »');
    const results = await new AxeBuilder({ page: privacy }).analyze();
    expect(results.violations.map((v) => `privacy ${v.id}: ${v.nodes.length}`)).toEqual([]);
    await privacy.close();
    await page.close();
  }
});

test('the browser forbids the extension’s pages any connection (CSP), even to a served page', async () => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  const outcome = await page.evaluate(async (url) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective),
    );
    const fetched = await fetch(url).then(
      () => 'sent',
      (e: Error) => e.name,
    );
    const image = await new Promise<string>((done) => {
      const img = new Image();
      img.onload = () => done('loaded');
      img.onerror = () => done('blocked');
      img.src = `${url}?image`;
    });
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, image, violations };
  }, FORM);
  // FORM is served by the test's routes: only the policy can have stopped these.
  expect(outcome).toEqual({
    fetched: 'TypeError',
    image: 'blocked',
    violations: ['connect-src', 'img-src'],
  });
  await page.close();
});

test('a field map with collectives[1000000].children is refused in French, and nothing is stored', async () => {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  const dir = mkdtempSync(join(tmpdir(), 'clas-map-'));
  const hostile = join(dir, 'piege.json');
  writeFileSync(
    hostile,
    JSON.stringify({
      format: 'clas-field-map/1',
      sites: {
        'elan.caf.fr': { 'collectives[1000000].children': 'input', 'budget.msa': '#msa' },
      },
    }),
  );
  await options.getByLabel('Importer un fichier').setInputFiles(hostile);
  await expect(options.locator('.message.error')).toHaveText(
    'Ce fichier n’est pas une correspondance de champs « clas-field-map/1 » valide ; rien n’a été importé. sites › elan.caf.fr › collectives[1000000].children : champ du dossier inconnu, ou collectif au-delà du 200e.',
  );
  await expect(options.getByRole('cell', { name: '#msa' })).toHaveCount(0);

  // A selector the browser cannot parse, and a file over 1 MB.
  const badCss = join(dir, 'css.json');
  writeFileSync(
    badCss,
    JSON.stringify({
      format: 'clas-field-map/1',
      sites: { 'elan.caf.fr': { 'budget.msa': 'div[' } },
    }),
  );
  await options.getByLabel('Importer un fichier').setInputFiles(badCss);
  await expect(options.locator('.message.error')).toContainText(
    'sites › elan.caf.fr › budget.msa : sélecteur CSS invalide',
  );
  const big = join(dir, 'gros.json');
  writeFileSync(big, `{"format":"clas-field-map/1","x":"${'a'.repeat(1_100_000)}","sites":{}}`);
  await options.getByLabel('Importer un fichier').setInputFiles(big);
  await expect(options.locator('.message.error')).toContainText(
    'Fichier trop volumineux (plus de 1 Mo)',
  );

  // The same map, sound and saved with a BOM by a text editor: accepted.
  const bom = join(dir, 'bom.json');
  writeFileSync(
    bom,
    `\uFEFF${JSON.stringify({ format: 'clas-field-map/1', sites: { 'elan.caf.fr': { 'budget.msa': '#msa' } } })}`,
  );
  await options.getByLabel('Importer un fichier').setInputFiles(bom);
  await expect(options.getByText('1 correspondance importée.')).toBeVisible();
  await options.getByRole('button', { name: 'Retirer Ligne MSA du budget' }).click();
  await expect(options.getByRole('cell', { name: '#msa' })).toHaveCount(0);
  await options.close();
});
