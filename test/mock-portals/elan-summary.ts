/**
 * The mock Elan instructor's page: a dossier read-only, as the Caf instructs it (with its
 * number, and its deposit date when the dossier has one). Its look is assets/elan-summary.css, its
 * buttons' script assets/elan-summary.js.
 */
import type { Dossier } from '../../rules/dossier.ts';
import { chargeLines, identityOf, productLines, UPLOADED_FILES } from './dossier-extras.ts';
import { asset, displayAmount, esc, frDate, hash, intText, ouiNon, page } from './html.ts';

const SITUATION_TEXT: Record<string, string> = {
  'first-request': 'Première demande',
  'renewal-unchanged': 'Renouvellement sans changement',
  'renewal-changed': 'Renouvellement avec changements',
};

/** The dossier number an instructor's page shows: stable for a carrier's name. */
function elanDossierNumber(d: Dossier): string {
  return `ELAN-88-2025-${String(hash(d.carrier?.name ?? '') % 100000).padStart(5, '0')}`;
}

export function renderElanSummary(dossier: Dossier, opts: { number?: string } = {}): string {
  const d = dossier;
  const id = identityOf(d);
  const c = d.carrier;
  const dl = (pairs: Array<[string, string]>) =>
    `<dl class="j-dl">${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
  const ds = d.descriptions;
  const b = d.budget;
  const charges = chargeLines(b?.chargesTotal);
  const p = productLines(d);
  const brow = (label: string, v: number | undefined, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${esc(label)}</th><td class="j-num">${esc(displayAmount(v))}</td></tr>`;
  const bo = d.bonuses;
  const at = d.attachments;
  const files: string[] = [];
  if (at?.previousBilan) files.push(`Bilan Clas 2024-2025 : ${UPLOADED_FILES.previousBilan}`);
  if (at?.cdRecapSheet)
    files.push(`Fiche récapitulative du Conseil départemental : ${UPLOADED_FILES.cdRecapSheet}`);
  if (at?.adjustmentDocument)
    files.push(
      `Projet 2025-2026 – Ajustement du projet 2024-2025 : ${UPLOADED_FILES.adjustmentDocument}`,
    );
  const missing: string[] = [];
  if (!at?.previousBilan) missing.push('Bilan Clas 2024-2025');
  if (!at?.cdRecapSheet) missing.push('Fiche récapitulative du Conseil départemental');
  if (!at?.adjustmentDocument) missing.push('Projet 2025-2026 – Ajustement du projet 2024-2025');
  const cols = d.collectives ?? [];

  const body = `<header class="ui-layout-north" role="banner">
  <div class="j-logo">Caf — Elan <span>Espace instructeur</span></div>
</header>
<div class="ui-breadcrumb">Instruction › Clas 2025-2026 — Caf des Vosges › Dossier n° ${esc(opts.number ?? elanDossierNumber(d))}</div>
<main class="ui-layout-center">
<h1>Demande de subvention Clas 2025-2026 — consultation <span class="j-state">À instruire</span></h1>
<p class="j-sub">Lecture seule. ${d.checkedOn ? `Dernière modification par le porteur le ${esc(frDate(d.checkedOn))}.` : ''}</p>

<section class="ui-panel" aria-labelledby="s-porteur"><h2 id="s-porteur">Structure porteuse</h2>
${dl([
  ['Raison sociale', c?.name ?? ''],
  ['N° SIRET', id.siret],
  ['Adresse', [id.street, `${id.postcode} ${id.city}`.trim()].filter(Boolean).join(', ')],
  ['Département', d.department === '88' ? '88 – Vosges' : (d.department ?? '')],
  ['Campagne', d.campaign ?? ''],
  ...(d.depositedOn ? ([['Date de dépôt', frDate(d.depositedOn)]] as Array<[string, string]>) : []),
  [
    'Situation de la demande',
    c?.situation ? (SITUATION_TEXT[c.situation] ?? c.situation) : 'Non renseigné',
  ],
  ['Financement Clas 2024/2025', ouiNon(c?.fundedLastYear)],
  ['Conventionnement pluriannuel', ouiNon(c?.pluriannual)],
])}
</section>

<section class="ui-panel" aria-labelledby="s-axes"><h2 id="s-axes">Axes d'intervention</h2>
${dl([
  ['Actions auprès des enfants et des jeunes', ouiNon(d.axes?.children)],
  ['Actions auprès et avec les parents', ouiNon(d.axes?.parents)],
  ["Concertation et coordination avec l'école", ouiNon(d.axes?.school)],
  ['Concertation et coordination avec les acteurs du territoire', ouiNon(d.axes?.territory)],
])}
</section>

<section class="ui-panel" aria-labelledby="s-desc"><h2 id="s-desc">Description du projet</h2>
${dl([
  ['Actions conduites avec les enfants', ds?.childrenActions ?? ''],
  ['Actions projetées avec et pour les parents', ds?.parentActions ?? ''],
  ['Relations avec les établissements scolaires', ds?.schoolRelations ?? ''],
  ['Mobilisation des ressources du proche environnement', ds?.localResources ?? ''],
  ["Modalités d'évaluation", ds?.evaluation ?? ''],
])}
</section>

<section class="ui-panel" aria-labelledby="s-coll"><h2 id="s-coll">Collectifs (${cols.length})</h2>
<table class="ui-datatable">
<thead><tr><th scope="col">Collectif</th><th scope="col">Enfants</th><th scope="col">Niveaux</th><th scope="col">Encadrants</th><th scope="col">Dépenses</th></tr></thead>
<tbody>
${cols
  .map(
    (col) =>
      `<tr><th scope="row">${esc(col.name)}</th><td class="j-num">${esc(intText(col.children))}</td><td>${esc((col.levels ?? []).join(', '))}</td><td class="j-num">${esc(intText(col.staff))}</td><td class="j-num">${esc(displayAmount(col.expenses))}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>

<section class="ui-panel" aria-labelledby="s-budget"><h2 id="s-budget">Budget prévisionnel</h2>
<table class="ui-datatable" style="max-width:640px">
<thead><tr><th scope="col">Charges</th><th scope="col">Montant</th></tr></thead>
<tbody>
${charges.map((l) => brow(`${l.code} – ${l.label}`, l.value)).join('\n')}
${brow('Total des charges', b?.chargesTotal, 'j-total')}
</tbody></table>
<table class="ui-datatable" style="max-width:640px">
<thead><tr><th scope="col">Produits</th><th scope="col">Montant</th></tr></thead>
<tbody>
${brow('70 – Vente de produits finis, prestations de services', p.sales)}
<tr><th scope="row" colspan="2">74 – Subventions d'exploitation</th></tr>
${brow('État – politique de la ville', p.city, 'j-sub')}
${brow('Conseil départemental', p.cd, 'j-sub')}
${brow('Commune(s)', p.commune, 'j-sub')}
${brow('Caf – prestation de service Clas', p.caf, 'j-sub')}
${brow('MSA', p.msa, 'j-sub')}
${brow('75 – Autres produits de gestion courante', p.other)}
${brow('Total des produits', b?.productsTotal, 'j-total')}
</tbody></table>
${dl([["Dépenses de fonctionnement de l'action Clas (tous collectifs)", displayAmount(b?.operatingExpenses)]])}
</section>

<section class="ui-panel" aria-labelledby="s-bonus"><h2 id="s-bonus">Bonus et cofinancements</h2>
${dl([
  ['Bonus enfants demandé', ouiNon(bo?.children?.requested)],
  ['Justification du bonus enfants', bo?.children?.justification ?? ''],
  ['Bonus parents demandé', ouiNon(bo?.parents?.requested)],
  ['Justification du bonus parents', bo?.parents?.justification ?? ''],
  ['Bonus parents : Territoire Numérique Éducatif demandé', ouiNon(bo?.tne?.requested)],
  ['Actions TNE envisagées', bo?.tne?.actions ?? ''],
  ['Nombre de collectifs concernés (TNE)', intText(bo?.tne?.collectives)],
  [
    'Actions déjà financées par le Conseil départemental par un autre dispositif',
    ouiNon(bo?.tne?.fundedByCdElsewhere),
  ],
  ['MSA « Grandir en Milieu Rural » demandé', ouiNon(d.msa?.requested)],
  ['Territoire rural ou fragile', ouiNon(d.msa?.ruralTerritory)],
  ['Cofinancement politique de la ville demandé', ouiNon(d.cityContract?.requested)],
  ['Plus-value apportée aux jeunes pris en charge', d.cityContract?.addedValue ?? ''],
  ['Cofinancement politique de la ville obtenu en 2024', ouiNon(d.cityContract?.obtainedLastYear)],
])}
</section>

<section class="ui-panel" aria-labelledby="s-pj"><h2 id="s-pj">Pièces jointes</h2>
<h3 style="font-size:.95rem;margin:4px 0">Fichiers déposés</h3>
<ul class="j-files">${files.length ? files.map((f) => `<li>${esc(f)}</li>`).join('') : '<li><em>Aucune pièce déposée</em></li>'}</ul>
<h3 style="font-size:.95rem;margin:10px 0 4px">Pièces non fournies</h3>
<ul class="j-files">${missing.length ? missing.map((f) => `<li>${esc(f)}</li>`).join('') : '<li><em>Aucune</em></li>'}</ul>
</section>

<div class="j-toolbar">
  <button type="button" class="ui-button j-secondary" id="j_idt611" data-action="complement">Demander un complément</button>
  <button type="button" class="ui-button" id="j_idt612" data-action="valider">Valider l'instruction</button>
  <span class="j-status" role="status" id="j_idt613"></span>
</div>
</main>`;
  return page(
    'Elan — Instruction Clas 2025-2026 (maquette)',
    'elan-summary.css',
    body,
    asset('elan-summary.js'),
  );
}
