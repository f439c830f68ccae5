/**
 * `npm run demo`: the main job. Builds nothing itself (the npm script builds first), serves the
 * mock Elan form at its real address, opens it in Chromium with the extension, fills a realistic
 * dossier step by step as a person would, and saves a screenshot of the panel at each stage.
 * Then the same kind of form with one page per step (a new page load at each): the panel reads
 * each step, keeps what the earlier ones gave, and ends with the whole dossier. Last, an
 * instructor's page that shows the deposit date. Headless here; with a display ($DISPLAY) the
 * browser stays open until you close it.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  launchWithExtension,
  panelOf,
  setExtensionStorage,
  type ExtensionBrowser,
} from '../test/e2e/browser';
import { fixtures } from '../test/mock-portals/fixtures';
import { renderElanForm } from '../test/mock-portals/elan-form';
import { renderElanSummary } from '../test/mock-portals/elan-summary';

const URL = 'https://elan.caf.fr/elan/demande-subvention/clas';
/** The multi-page form: one address per step, the request's number in it. */
const NUMBER = '2025-00412';
const stepUrl = (n: number) => `https://elan.caf.fr/elan/demande/${NUMBER}/etape-${n}`;
const SUMMARY = 'https://elan.caf.fr/elan/instruction/dossier';
const REFERENCE_DATE = '2025-07-10';
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const outDir = resolve(import.meta.dirname, '../demo-output', stamp);
const headless = !process.env.DISPLAY;

let shot = 0;
async function snap(page: Page, name: string, caption: string): Promise<void> {
  await page.waitForTimeout(150); // one frame for the panel, plus the live region
  const file = resolve(outDir, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  const status = await panelOf(page).getByRole('status').first().textContent();
  console.log(`  ${String(shot).padStart(2, '0')} ${caption}\n     panneau : ${status?.trim()}`);
}

/** The field a person would find by its label (label, aria-label, aria-labelledby). */
const field = (scope: Page | Locator, label: string | RegExp) => scope.getByLabel(label).first();

/** A field whose label is plain text just before it (no <label>): as a person reads the page. */
const fieldAfterText = (page: Page, text: string, tag = 'textarea|input') =>
  page
    .locator(
      `xpath=//*[normalize-space(text())="${text}"]/following::*[self::${tag.split('|').join(' or self::')}][1]`,
    )
    .first();

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Suivant/ }).click();
}

/**
 * A form that loads a new page for each step (the real portals are likely to): the panel reads
 * each page, keeps in the extension's session storage what the earlier steps gave, and never
 * speaks of a step not reached yet.
 */
async function stepByStep(previous: Page): Promise<void> {
  const page = await previous.context().newPage();
  await previous.close();
  await page.goto(stepUrl(1));
  const panel = panelOf(page);
  await panel.waitFor();
  // Folded into its tab at the end of the first part (remembered for the site): open it.
  const tab = panel.getByRole('button', { name: /Ouvrir le panneau/ });
  if (await tab.isVisible()) await tab.click();
  await panel.getByRole('button', { name: /Pas encore vérifié/ }).click();
  await snap(
    page,
    'etapes-1',
    'Une page par étape — étape 1 : rien sur les étapes suivantes, « pas encore vérifié »',
  );
  const follow = async () =>
    Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: /Suivant/ }).click(),
    ]).then(() => panelOf(page).waitFor());
  await follow();
  await follow();
  await snap(
    page,
    'etapes-3',
    'Étape 3 (nouvelle page) : le collectif lu — 7 enfants, aucun collectif retenu',
  );
  await follow();
  await follow();
  await follow();
  await panelOf(page)
    .getByRole('button', { name: /Étapes lues/ })
    .click();
  await snap(
    page,
    'etapes-6',
    'Étape 6 : le dossier entier, chaque point dit à quelle étape il a été lu',
  );
  await page.close();
}

/**
 * An instructor in September, on a dossier deposited in July: the deposit window is judged on
 * the deposit date the page shows, not on the day of the check, and the panel says so.
 */
async function instructorWithDepositDate(b: ExtensionBrowser): Promise<void> {
  await setExtensionStorage(b, {
    settings: { role: 'instructor', referenceDate: '2025-09-15', extraHosts: [] },
  });
  const page = await b.context.newPage();
  await page.goto(SUMMARY);
  const panel = panelOf(page);
  await panel.locator('.ac-status__meta').waitFor();
  await snap(
    page,
    'instructeur-date-de-depot',
    'Instructeur, le 15 septembre, sur un dossier déposé le 12 juillet : dans les délais',
  );
  const meta = await panel.locator('.ac-status__meta').textContent();
  console.log(`     ${meta?.replace(/\s+/g, ' ').trim()}`);
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  console.log(`Démonstration Assistant Clas — captures dans ${outDir}`);
  const pages: Record<string, string> = {
    [URL]: renderElanForm(),
    [SUMMARY]: renderElanSummary({ ...fixtures.receivable, depositedOn: '2025-07-12' }),
  };
  for (let n = 1; n <= 6; n++)
    pages[stepUrl(n)] = renderElanForm(fixtures.blocked, {
      step: n,
      pages: { number: NUMBER, href: stepUrl },
    });
  const b = await launchWithExtension(pages, { headless });
  try {
    // The demo replays the campaign: deadlines are counted from 10 July 2025.
    await setExtensionStorage(b, {
      settings: { role: 'carrier', referenceDate: REFERENCE_DATE, extraHosts: [] },
    });
    const page = await b.context.newPage();
    await page.goto(URL);
    await panelOf(page).waitFor();
    await snap(page, 'formulaire-vide', 'Le formulaire Elan vide : tout reste à faire');

    // Step 1 — the structure
    await field(page, 'Raison sociale').fill('Centre social et culturel La Passerelle – Épinal');
    await snap(page, 'structure', 'Étape 1 : la structure');
    await next(page);

    // Step 2 — the project
    await page.getByLabel('Renouvellement avec changements').check();
    await page
      .getByRole('radiogroup', { name: /financement Clas en 2024\/2025/ })
      .getByLabel('Oui')
      .check();
    await page.getByLabel(/J'opte pour le conventionnement pluriannuel/).check();
    await page.getByLabel('Actions auprès des enfants et des jeunes').check();
    await page.getByLabel("Concertation et coordination avec l'école").check();
    await page.getByLabel('Concertation et coordination avec les acteurs du territoire').check();
    await field(page, 'Actions conduites avec les enfants').fill(
      'Deux séances par semaine : goûter, aide méthodologique aux devoirs, atelier lecture et jeux coopératifs.',
    );
    await snap(
      page,
      'projet-axe-manquant',
      'Étape 2 : trois axes sur quatre — l’axe parents manque',
    );
    await page.getByLabel('Actions auprès et avec les parents').check();
    await field(page, 'Actions projetées avec et pour les parents').fill(
      'Café des parents mensuel, ateliers Pronote et ENT, temps festif parents-enfants chaque trimestre.',
    );
    await field(page, 'Relations avec les établissements scolaires').fill(
      'Rencontre avec les directrices des écoles en septembre, fiche de liaison trimestrielle.',
    );
    await fieldAfterText(page, 'Mobilisation des ressources du proche environnement').fill(
      'Médiathèque intercommunale, bénévole retraitée de l’Éducation nationale, conseiller numérique.',
    );
    await field(page, "Modalités d'évaluation").fill(
      'Assiduité, questionnaire aux familles en juin, bilan avec les écoles.',
    );
    await snap(page, 'projet', 'Étape 2 : les quatre axes et les descriptions');
    await next(page);

    // Step 3 — the collectives, the first typed with 7 children
    const groups = [
      {
        name: 'Les Explorateurs (CP – CE1)',
        children: '7',
        levels: ['CP', 'CE1'],
        staff: '2',
        expenses: '8 200,00',
      },
      {
        name: 'Les Curieux (CE2 – CM2)',
        children: '12',
        levels: ['CE2', 'CM1', 'CM2'],
        staff: '3',
        expenses: '8487',
      },
      {
        name: 'Passerelle collège (6e – 5e)',
        children: '9',
        levels: ['6e', '5e'],
        staff: '2',
        expenses: '7 900 €',
      },
    ];
    for (const [i, g] of groups.entries()) {
      await page.getByRole('button', { name: /Ajouter un collectif/ }).click();
      const block = page.getByRole('group', { name: `Collectif ${i + 1}`, exact: true });
      await field(block, /Nom du collectif/).fill(g.name);
      await field(block, /Nombre d'enfants/).pressSequentially(g.children, { delay: 40 });
      for (const level of g.levels) await block.getByLabel(level, { exact: true }).check();
      await field(block, /Nombre d'adultes encadrants/).fill(g.staff);
      await field(block, /Dépenses de fonctionnement du collectif/).fill(g.expenses);
    }
    await snap(
      page,
      'collectif-7-enfants',
      'Étape 3 : 7 enfants dans le premier collectif — non retenu',
    );
    const first = field(
      page.getByRole('group', { name: 'Collectif 1', exact: true }),
      /Nombre d'enfants/,
    );
    await first.fill('');
    await first.pressSequentially('10', { delay: 40 });
    await snap(
      page,
      'collectif-corrige',
      'Étape 3 : 10 enfants — le collectif est retenu, la PS remonte',
    );
    await next(page);

    // Step 4 — the provisional budget
    const line = (name: RegExp) => page.getByRole('row', { name }).locator('input').first();
    await field(page, /Dépenses de fonctionnement de l'action Clas/).fill('24 587,00');
    await line(/^60 /).fill('3 100');
    await line(/^64 /).fill('21 000,00');
    await line(/^61 /).fill('2 800');
    await line(/État – politique de la ville/).fill('3 500');
    await line(/Caf – prestation de service Clas/).fill('9 500,00');
    await line(/Commune/).fill('13 000');
    await snap(
      page,
      'budget',
      'Étape 4 : le budget prévisionnel, sans ligne Conseil départemental',
    );
    await next(page);

    // Step 5 — bonuses and co-funding
    await page.getByLabel(/Je sollicite le bonus « enfants »/).check();
    await field(page, 'Justification du bonus enfants').fill(
      'Journal de quartier avec une journaliste, deux sorties au musée départemental.',
    );
    await page.getByLabel(/Je sollicite le bonus « parents »/).check();
    await field(page, 'Justification du bonus parents').fill(
      'Six ateliers « Parents, l’école et moi » avec la médiation familiale.',
    );
    await page
      .getByLabel(/Je sollicite le « Bonus parents : Territoire Numérique Éducatif »/)
      .check();
    await field(page, /Actions envisagées à destination des parents/).fill(
      'Ateliers Pronote et ENT ; soirée « écrans en famille ».',
    );
    await page
      .getByRole('group', { name: /déjà financées par le Conseil départemental/ })
      .getByLabel('Non')
      .check();
    await page.getByLabel('Je sollicite un cofinancement politique de la ville').check();
    await field(page, 'Plus-value apportée aux jeunes pris en charge').fill(
      'Deux tiers des enfants viennent du quartier prioritaire : un troisième encadrant sur le collectif CE2 – CM2.',
    );
    await page
      .getByRole('group', { name: /Cofinancement politique de la ville obtenu en 2024/ })
      .getByLabel('Oui')
      .check();
    await snap(
      page,
      'tne-sans-ligne-cd',
      'Étape 5 : bonus TNE demandé, ligne « Conseil départemental » vide — bloquant',
    );

    const panel = panelOf(page);
    await page.getByRole('button', { name: /Précédent/ }).click();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'ligne « Conseil départemental » du budget est vide' })
      .getByRole('button', { name: /Voir le champ/ })
      .click();
    await snap(
      page,
      'voir-le-champ',
      '« Voir le champ » : retour à l’étape 4, le panneau montre la ligne à remplir',
    );
    await line(/Conseil départemental/).fill('900');
    await snap(page, 'ligne-cd', 'Étape 4 : 900 € sur la ligne Conseil départemental');
    await next(page);
    await next(page);

    // Step 6 — attachments
    const file = (name: string) => ({
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 maquette'),
    });
    await page
      .getByLabel('Joindre : Bilan Clas 2024-2025')
      .setInputFiles(file('Bilan Clas 2024-2025.pdf'));
    await page
      .getByLabel(/Joindre : Fiche récapitulative du Conseil départemental/)
      .setInputFiles(file('Fiche recapitulative CD88.pdf'));
    await page
      .getByLabel(/Joindre : Projet 2025-2026 – Ajustement/)
      .setInputFiles(file('Projet 2025-2026 - Ajustement.pdf'));
    await snap(page, 'pieces-jointes', 'Étape 6 : les pièces jointes — dossier complet');

    await panel
      .getByRole('button', { name: /Réduire|Replier/ })
      .first()
      .click();
    await snap(page, 'panneau-replie', 'Le panneau replié en onglet');

    await stepByStep(page);
    await instructorWithDepositDate(b);

    expectNoOutsideRequest(b.outsideRequests);
    console.log(`\n${shot} captures dans ${outDir}`);
    if (!headless) {
      console.log('Le navigateur reste ouvert : fermez-le pour terminer.');
      await new Promise((done) => b.context.on('close', done));
    }
  } finally {
    if (headless) await b.close();
  }
}

function expectNoOutsideRequest(requests: string[]): void {
  if (requests.length > 0)
    throw new Error(`Requêtes sorties du navigateur : ${requests.join(', ')}`);
  console.log('\nAucune requête n’est sortie du navigateur.');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
