/**
 * The page reader in real Chromium (without the extension): the mock Elan form is served at
 * https://elan.caf.fr/…, the reader bundled by esbuild is injected as `window.__clasReader`,
 * and a person fills the dossier step by step while `watchPage` reads it live.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import type { Dossier } from '../../rules/dossier';
import type { Finding } from '../../rules/report';
import { renderElanForm } from '../mock-portals/elan-form';
import { renderElanSummary } from '../mock-portals/elan-summary';
import { renderMcp } from '../mock-portals/mcp';
import { fixtures } from '../mock-portals/fixtures';
import { bundleReaderForBrowser } from '../bench/reader.bench';
import { scoreRead } from '../corpus/score';
import { BLIND_SETS, blindPages } from '../helpers/blind-pages';
import { chromiumPath } from './browser';

interface PlainRead {
  dossier: Dossier;
  found: string[];
  notFound: string[];
  findings: Finding[];
  portal: string | undefined;
  reads: number;
}

const PAGES: Record<string, string> = {
  'https://elan.caf.fr/demande': renderElanForm(),
  'https://elan.caf.fr/demande-remplie': renderElanForm(fixtures.receivable, { step: 4 }),
  'https://elan.caf.fr/instruction': renderElanSummary(fixtures.edge),
  'https://partenaires.caf.fr/declaration': renderMcp(fixtures.blocked),
};

/** Contract revision 2 fields the mock Elan pages do not show yet (and Sphinx, not on Elan). */
const REV2_NOT_SHOWN = ['carrier.agreementInForce', 'descriptions.organisation', 'sphinxCompleted'];

let browser: Browser;
let script: string;

test.beforeAll(async () => {
  script = await bundleReaderForBrowser();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
test.afterAll(async () => {
  await browser.close();
});

/** Opens a mock page at its portal address; every other request is aborted and recorded. */
async function open(url: string): Promise<{ page: Page; outside: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const outside: string[] = [];
  await context.route(/^https?:\/\//, async (route) => {
    const u = new URL(route.request().url());
    const body = PAGES[`${u.origin}${u.pathname}`];
    if (body !== undefined)
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else {
      outside.push(u.href);
      await route.abort();
    }
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: script });
  return { page, outside };
}

/** Starts `watchPage` in the page; each read is kept as plain JSON in `window.__last`. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & {
      __clasReader: typeof import('../../portals/read-page');
    };
    const r = w.__clasReader;
    const portal = r.detectPortal(location);
    let reads = 0;
    w.__stop = r.watchPage(document, portal ?? 'elan', (res) => {
      reads += 1;
      w.__last = JSON.parse(
        JSON.stringify({
          dossier: res.dossier,
          found: res.found,
          notFound: res.notFound,
          findings: res.findings,
          portal,
          reads,
        }),
      );
    });
  });
}

/** The last read, once the next two frames have run. */
async function lastRead(page: Page): Promise<PlainRead> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  return (await page.evaluate(
    () => (window as unknown as { __last: unknown }).__last,
  )) as PlainRead;
}

async function readOnce(page: Page): Promise<PlainRead> {
  return (await page.evaluate(() => {
    const r = (window as unknown as { __clasReader: typeof import('../../portals/read-page') })
      .__clasReader;
    const portal = r.detectPortal(location);
    const res = r.readPage(document, portal ?? 'elan');
    return JSON.parse(
      JSON.stringify({
        dossier: res.dossier,
        found: res.found,
        notFound: res.notFound,
        findings: res.findings,
        portal,
        reads: 1,
      }),
    );
  })) as PlainRead;
}

const next = (page: Page) => page.getByRole('button', { name: 'Suivant ›' }).click();
const block = (page: Page, n: number) =>
  page.locator('fieldset', { has: page.locator(`legend:text-is("Collectif ${n}")`) });

test('a person fills the Elan form step by step; the dossier is read live', async () => {
  const { page, outside } = await open('https://elan.caf.fr/demande');
  await watch(page);
  const first = await lastRead(page);
  expect(first.portal).toBe('elan');
  expect(first.dossier.carrier?.name).toBeUndefined();

  // Step 1 — the structure.
  await page.getByLabel('Raison sociale').fill('Association Les Lucioles – Golbey');
  await page.getByLabel('Département *', { exact: true }).selectOption('88');
  let r = await lastRead(page);
  expect(r.dossier.carrier?.name).toBe('Association Les Lucioles – Golbey');
  expect(r.dossier.department).toBe('88');
  expect(r.dossier.portal).toBe('elan');

  // Step 2 — the project.
  await next(page);
  await expect(page.locator('section[data-etape="2"]')).toBeVisible();
  await page.getByLabel('Renouvellement avec changements').check();
  await page
    .getByRole('radiogroup', { name: /financement Clas en 2024\/2025/ })
    .getByLabel('Oui')
    .check();
  await page.getByLabel(/conventionnement pluriannuel/).check();
  for (const axis of [
    'Actions auprès des enfants et des jeunes',
    'Actions auprès et avec les parents',
    "Concertation et coordination avec l'école",
    'Concertation et coordination avec les acteurs du territoire',
  ])
    await page.getByLabel(axis, { exact: true }).check();
  await page.getByLabel('Actions conduites avec les enfants').fill('Aide aux devoirs, lecture.');
  await page.getByLabel('Actions projetées avec et pour les parents').fill('Café des parents.');
  await page.getByLabel('Relations avec les établissements scolaires').fill('Fiche navette.');
  // « Mobilisation des ressources… » is mere text before its textarea: click it as a person would.
  await page.locator('p.j-q:has-text("Mobilisation des ressources") + textarea').click();
  await page.keyboard.type('Médiathèque.');
  await page.getByLabel("Modalités d'évaluation").fill('Assiduité, bilan.');
  r = await lastRead(page);
  expect(r.dossier.carrier).toEqual({
    name: 'Association Les Lucioles – Golbey',
    situation: 'renewal-changed',
    fundedLastYear: true,
    pluriannual: true,
  });
  expect(r.dossier.axes).toEqual({ children: true, parents: true, school: true, territory: true });
  expect(r.dossier.descriptions?.localResources).toBe('Médiathèque.');

  // Step 3 — two collectives added with the page's button, typed key by key.
  await next(page);
  const add = page.getByRole('button', { name: '+ Ajouter un collectif' });
  await add.click();
  await add.click();
  await block(page, 1).getByLabel('Nom du collectif').fill('Les Lucioles CP');
  await block(page, 1).getByLabel("Nombre d'enfants").pressSequentially('12abc');
  r = await lastRead(page);
  expect(r.findings).toHaveLength(1);
  expect(r.findings[0]).toMatchObject({
    rule: 'field.unreadable',
    field: 'collectives[0].children',
    severity: 'warning',
  });
  expect(r.findings[0]!.message).toContain("Nombre d'enfants (Collectif 1) : « 12abc »");
  expect(r.dossier.collectives?.[0]).toEqual({ name: 'Les Lucioles CP' });
  await block(page, 1).getByLabel("Nombre d'enfants").fill('10');
  await block(page, 1).getByLabel('CP', { exact: true }).check();
  await block(page, 1).getByLabel('CE1', { exact: true }).check();
  await block(page, 1)
    .getByLabel(/Nombre d'adultes encadrants/)
    .fill('2');
  await block(page, 1)
    .getByLabel(/Dépenses de fonctionnement du collectif/)
    .fill('8 487,00');
  await block(page, 2).getByLabel('Nom du collectif').fill('Les Lucioles collège');
  await block(page, 2).getByLabel("Nombre d'enfants").pressSequentially('9');
  await block(page, 2).getByLabel('6e', { exact: true }).check();
  r = await lastRead(page);
  expect(r.findings).toEqual([]);
  expect(r.dossier.collectives).toEqual([
    { name: 'Les Lucioles CP', children: 10, levels: ['CP', 'CE1'], staff: 2, expenses: 8487 },
    { name: 'Les Lucioles collège', children: 9, levels: ['6e'] },
  ]);
  expect(r.notFound).not.toContain('collectives');

  // Step 4 — the budget: the page recomputes the totals itself; the reader sees them.
  await next(page);
  await page
    .getByRole('row', { name: /64 – Charges de personnel/ })
    .getByRole('textbox')
    .fill('16 974');
  await page.getByRole('row', { name: 'Conseil départemental' }).getByRole('textbox').fill('600');
  await page
    .getByRole('row', { name: 'Caf – prestation de service Clas' })
    .getByRole('textbox')
    .fill('5 516,56');
  await page.getByRole('row', { name: 'MSA' }).getByRole('textbox').fill('1,2,3');
  await page
    .getByLabel("Dépenses de fonctionnement de l'action Clas (tous collectifs)")
    .fill('16 974,00 €');
  r = await lastRead(page);
  expect(r.dossier.budget).toEqual({
    operatingExpenses: 16974,
    chargesTotal: 16974,
    productsTotal: 6116.56,
    cafRequested: 5516.56,
    departmentalCouncil: 600,
  });
  expect(r.findings.map((f) => f.field)).toEqual(['budget.msa']);

  // Step 5 — bonuses.
  await next(page);
  await page.getByLabel(/Je sollicite le bonus « enfants »/).check();
  await page.getByLabel('Justification du bonus enfants').fill('Atelier théâtre.');
  await page.getByLabel(/Je sollicite le « Bonus parents : Territoire/).check();
  await page
    .locator('.ui-g', { hasText: 'Nombre de collectifs concernés' })
    .getByRole('textbox')
    .fill('2');
  await page
    .getByRole('group', { name: /déjà financées par le Conseil départemental/ })
    .getByLabel('Non')
    .check();

  // Step 6 — attachments: a file chosen counts as attached.
  await next(page);
  await page.getByLabel('Joindre : Bilan Clas 2024-2025').setInputFiles({
    name: 'bilan-2024-2025.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  });
  r = await lastRead(page);
  expect(r.dossier.bonuses).toEqual({
    children: { requested: true, justification: 'Atelier théâtre.' },
    parents: { requested: false },
    tne: { requested: true, collectives: 2, fundedByCdElsewhere: false },
  });
  expect(r.dossier.attachments).toEqual({
    previousBilan: true,
    cdRecapSheet: false,
    adjustmentDocument: false,
  });
  // Earlier steps are hidden now, and still read.
  expect(await page.locator('section[data-etape="1"]').isHidden()).toBe(true);
  expect(r.dossier.carrier?.name).toBe('Association Les Lucioles – Golbey');
  expect(r.notFound).toEqual(REV2_NOT_SHOWN);

  // Going back with the browser's history re-reads; stop() ends the reading.
  const readsBefore = r.reads;
  await page.goBack();
  r = await lastRead(page);
  expect(r.reads).toBeGreaterThan(readsBefore);
  await page.evaluate(() => (window as unknown as { __stop: () => void }).__stop());
  await page.getByRole('button', { name: '‹ Précédent' }).click();
  const afterStop = await lastRead(page);
  expect(afterStop.reads).toBe(r.reads);

  // The reader never wrote into the page: what the person typed is still there, as typed.
  await expect(
    page.getByLabel("Dépenses de fonctionnement de l'action Clas (tous collectifs)"),
  ).toHaveValue('16 974,00 €');
  await expect(page.getByRole('row', { name: 'MSA' }).getByRole('textbox')).toHaveValue('1,2,3');
  expect(outside).toEqual([]);
});

test('coalescing: 30 keystrokes in one frame give at most one read per frame', async () => {
  const { page } = await open('https://elan.caf.fr/demande');
  await watch(page);
  await lastRead(page);
  const counts = await page.evaluate(async () => {
    const w = window as unknown as { __last: { reads: number } };
    const input = document.querySelector<HTMLInputElement>('input[id$="raisonSociale"]')!;
    const before = w.__last.reads;
    for (let i = 0; i < 30; i++) {
      input.value += 'x';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const sync = w.__last.reads;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
    return { before, sync, after: w.__last.reads };
  });
  expect(counts.sync).toBe(counts.before); // no read inside the event handlers
  expect(counts.after - counts.before).toBe(1);
});

test('a pre-filled form, the instructor summary and MonComptePartenaire, in Chromium', async () => {
  const form = await open('https://elan.caf.fr/demande-remplie');
  const f = await readOnce(form.page);
  expect(f.portal).toBe('elan');
  expect(f.findings).toEqual([]);
  expect(f.dossier.department).toBe('88'); // a real <select>, as the browser selects it
  expect(f.dossier.collectives).toEqual(fixtures.receivable.collectives);
  expect(f.dossier.budget).toEqual(fixtures.receivable.budget);
  expect(f.notFound).toEqual(REV2_NOT_SHOWN);

  const sum = await open('https://elan.caf.fr/instruction');
  const s = await readOnce(sum.page);
  expect(s.portal).toBe('elan');
  expect(s.notFound).toEqual(REV2_NOT_SHOWN);
  expect(s.dossier.campaign).toBe('2025-2026');
  expect(s.dossier.collectives).toEqual(fixtures.edge.collectives);
  expect(s.dossier.bonuses).toEqual(fixtures.edge.bonuses);
  expect(s.dossier.attachments).toEqual(fixtures.edge.attachments);

  const mcp = await open('https://partenaires.caf.fr/declaration');
  const m = await readOnce(mcp.page);
  expect(m.portal).toBe('mcp');
  expect(m.dossier.portal).toBe('mcp');
  // The declaration shows figures and statuses only: what it shows is found.
  for (const p of ['collectives[0].children', 'budget.cafRequested', 'sphinxCompleted']) {
    expect(m.notFound).not.toContain(p);
  }
  expect(m.dossier.collectives).toEqual(
    fixtures.blocked.collectives?.map(({ levels: _levels, ...c }) => c),
  );
  expect(m.dossier.sphinxCompleted).toBe(false);
  expect(m.dossier.msa).toEqual({ requested: true });
});

/**
 * Pages written by someone else (test/corpus/): the reader, in Chromium, reads what they show
 * and nothing else. Six pages of the tuned set and six of the held-out set (other wordings and
 * shapes): no value read wrong on any of them; most fields read on the tuned set. The whole
 * corpus is scored by `npm run bench`.
 */
test.describe('pages of other wordings and layouts', () => {
  for (const set of ['dev', 'held-out'] as const) {
    test(`${set}: six pages, no wrong value`, async () => {
      const { generateCorpus } = await import('../corpus/generate');
      const pages = generateCorpus({ set }).filter((_, i) => i % 22 === 0);
      expect(pages).toHaveLength(6);
      const page = await browser.newPage();
      let right = 0;
      let shown = 0;
      for (const p of pages) {
        await page.setContent(p.html);
        await page.addScriptTag({ content: script });
        const dossier = await page.evaluate((portal) => {
          const reader = (
            window as unknown as { __clasReader: typeof import('../../portals/read-page') }
          ).__clasReader;
          return JSON.parse(JSON.stringify(reader.readPage(document, portal as 'elan').dossier));
        }, p.portal);
        const score = scoreRead(p.expected, dossier);
        expect(score.wrong, p.id).toEqual([]);
        right += score.right.length;
        shown += score.right.length + score.notRead.length;
      }
      if (set === 'dev') expect(right / shown).toBeGreaterThan(0.95);
      await page.close();
    });
  }

  for (const { dir, pages, readAtLeast } of BLIND_SETS) {
    test(`the pages written blind (${dir}): no wrong value in Chromium either`, async () => {
      const set = blindPages(dir);
      expect(set).toHaveLength(pages);
      const page = await browser.newPage();
      let right = 0;
      for (const blind of set) {
        await page.setContent(blind.html);
        await page.addScriptTag({ content: script });
        const dossier = await page.evaluate((portal) => {
          const reader = (
            window as unknown as { __clasReader: typeof import('../../portals/read-page') }
          ).__clasReader;
          const { checkedOn: _c, ...d } = reader.readPage(document, portal).dossier;
          return JSON.parse(JSON.stringify(d));
        }, blind.portal);
        const score = scoreRead(blind.expected, dossier);
        expect(score.wrong, blind.name).toEqual([]);
        right += score.right.length;
      }
      // What happy-dom reads (test/unit/reader-blind.test.ts), a browser reads too.
      expect(right).toBeGreaterThanOrEqual(readAtLeast);
      await page.close();
    });
  }
});
