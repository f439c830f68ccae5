/**
 * The mock MonComptePartenaire declaration (provisional data 2025 for the PS Clas): in one
 * page, or one page per part (`pages`). Its look is assets/mcp.css, its buttons' script assets/mcp.js.
 */
import type { Dossier } from '../../rules/dossier.ts';
import { chargeLines, productLines } from './dossier-extras.ts';
import {
  asset,
  checked,
  displayAmount,
  esc,
  formatAmount,
  frDate,
  hash,
  intText,
  ouiNon,
  page,
} from './html.ts';

/** The number MonComptePartenaire gives a declaration: stable for a carrier's name. */
function mcpDossierNumber(d: Dossier): string {
  return `MCP-88-2025-${String(hash(`mcp ${d.carrier?.name ?? ''}`) % 100000).padStart(5, '0')}`;
}

/** The declaration's pages when it is split, one address each (`renderMcp`'s `pages`). */
const MCP_PAGE_TITLES = [
  'Activité prévisionnelle',
  'Budget prévisionnel',
  'Bonus, bilan et questionnaire',
] as const;

interface McpOptions {
  /**
   * One page per part, as a portal that loads a new page for each: only part `page` (1 to 3) is
   * in the page, with links to the others' addresses (`href`).
   */
  pages?: { page: number; href(page: number): string };
}

export function renderMcp(dossier: Dossier, opts: McpOptions = {}): string {
  const d = dossier;
  const part = opts.pages ? Math.min(3, Math.max(1, Math.trunc(opts.pages.page))) : 0;
  const only = (n: number, html: string) => (part === 0 || part === n ? html : '');
  const b = d.budget;
  const cols = d.collectives ?? [];
  const amt = (v: number | undefined) => formatAmount(v, 'spaces');
  const p = productLines(d);
  const charges = chargeLines(b?.chargesTotal);
  const sumCharges = (codes: string[]) => {
    const ls = charges.filter((l) => codes.includes(l.code));
    if (ls.every((l) => l.value === undefined)) return undefined;
    return ls.reduce((s, l) => s + Math.round((l.value ?? 0) * 100), 0) / 100;
  };
  let n = 0;
  const nid = () => `mcp-${(n += 1).toString(36)}-${(hash(String(n)) % 9000) + 1000}`;
  const rows = cols
    .map((col, i) => {
      const a = nid(),
        bId = nid(),
        e = nid();
      return `<tr><th scope="row">${esc(col.name ?? `Collectif ${i + 1}`)}</th>
<td><input class="mcp-in" type="text" inputmode="numeric" id="${a}" name="collectifs[${i}].nbEnfants" value="${esc(intText(col.children))}"></td>
<td><input class="mcp-in" type="text" inputmode="numeric" id="${bId}" name="collectifs[${i}].nbEncadrants" value="${esc(intText(col.staff))}"></td>
<td><input class="mcp-in" type="text" inputmode="decimal" id="${e}" name="collectifs[${i}].depenses" value="${esc(amt(col.expenses))}"></td></tr>`;
    })
    .join('\n');
  const brow = (label: string, v: number | undefined, name: string, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${esc(label)}</th><td><input class="mcp-in" type="text" inputmode="decimal" id="${nid()}" name="${name}" value="${esc(amt(v))}"></td></tr>`;
  const totalChildren = cols.reduce((s, c) => s + (c.children ?? 0), 0);
  const bo = d.bonuses;
  const nb = nid();
  const op = nid();

  const body = `<header class="mcp-top" role="banner">
  <div class="brand">MonComptePartenaire<small>Caf — Caisse d'allocations familiales des Vosges</small></div>
  <div class="who">Gestionnaire : <strong>${esc(d.carrier?.name ?? '')}</strong></div>
</header>
<div class="mcp-wrap">
<nav class="mcp-side" aria-label="Services">
  <a href="#">Accueil</a>
  <a href="#">Mes équipements</a>
  <a href="#" aria-current="page">Déclarations de données</a>
  <a href="#">Paiements</a>
  <a href="#">Questionnaires</a>
</nav>
<main class="mcp-main">
<h1>Déclaration des données prévisionnelles 2025 — Prestation de service Clas</h1>
<p class="mcp-meta">Équipement : Clas — ${esc(d.carrier?.name ?? '')} · N° de dossier : ${esc(mcpDossierNumber(d))} · Exercice 2025 (année scolaire 2025-2026) · Statut : brouillon${d.checkedOn ? ` · modifié le ${esc(frDate(d.checkedOn))}` : ''}</p>
${
  opts.pages
    ? `<p class="mcp-meta"><strong>Étape ${part} sur 3 — ${esc(MCP_PAGE_TITLES[part - 1] ?? '')}</strong></p>`
    : ''
}

${only(
  1,
  `<section class="mcp-card" aria-labelledby="mcp-s1"><h2 id="mcp-s1">Activité prévisionnelle</h2>
<div class="mcp-field"><label for="${nb}">Nombre de collectifs *</label><input class="mcp-in" type="text" inputmode="numeric" id="${nb}" name="nbCollectifs" value="${cols.length}"></div>
<table class="mcp-t">
<thead><tr><th scope="col">Collectif</th><th scope="col">Nb d'enfants prévus</th><th scope="col">Nb d'intervenants</th><th scope="col">Dépenses prévisionnelles (€)</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<div class="mcp-field"><label for="${op}">Dépenses de fonctionnement de l'action (tous collectifs) *</label><input class="mcp-in" type="text" inputmode="decimal" id="${op}" name="depensesFonctionnement" value="${esc(amt(b?.operatingExpenses))}"></div>
</section>`,
)}

${only(
  2,
  `<section class="mcp-card" aria-labelledby="mcp-s2"><h2 id="mcp-s2">Budget prévisionnel 2025</h2>
<table class="mcp-t">
<thead><tr><th scope="col">Charges</th><th scope="col">Montant (€)</th></tr></thead>
<tbody>
${brow('Achats et services extérieurs (60 à 62)', sumCharges(['60', '61', '62']), 'charges.achats')}
${brow('Impôts et taxes (63)', sumCharges(['63']), 'charges.impots')}
${brow('Charges de personnel (64)', sumCharges(['64']), 'charges.personnel')}
${brow('Autres charges (65 à 68)', sumCharges(['65', '66', '67', '68']), 'charges.autres')}
${brow('Total des charges', b?.chargesTotal, 'charges.total', 'tot')}
</tbody></table>
<table class="mcp-t">
<thead><tr><th scope="col">Produits</th><th scope="col">Montant (€)</th></tr></thead>
<tbody>
${brow('Participation des familles', p.sales, 'produits.familles')}
${brow('Prestation de service Clas (Caf)', p.caf, 'produits.caf')}
${brow('Conseil départemental', p.cd, 'produits.cd')}
${brow('MSA', p.msa, 'produits.msa')}
${brow('État – politique de la ville', p.city, 'produits.ville')}
${brow('Commune(s) / intercommunalité', p.commune, 'produits.communes')}
${brow('Autres produits', p.other, 'produits.autres')}
${brow('Total des produits', b?.productsTotal, 'produits.total', 'tot')}
</tbody></table>
</section>`,
)}

${only(
  3,
  `<section class="mcp-card" aria-labelledby="mcp-s3"><h2 id="mcp-s3">Bonus sollicités</h2>
<div class="mcp-checks">
  <label><input type="checkbox" name="bonusEnfants"${checked(bo?.children?.requested)}> Bonus enfants</label>
  <label><input type="checkbox" name="bonusParents"${checked(bo?.parents?.requested)}> Bonus parents</label>
  <label><input type="checkbox" name="bonusTne"${checked(bo?.tne?.requested)}> Bonus parents : Territoire Numérique Éducatif (Conseil départemental)</label>
  <label><input type="checkbox" name="msaGmr"${checked(d.msa?.requested)}> MSA – Grandir en Milieu Rural</label>
</div>
</section>`,
)}

${only(
  3,
  `<section class="mcp-card" aria-labelledby="mcp-s4"><h2 id="mcp-s4">Données réelles 2024 (déclarées)</h2>
<dl class="mcp-dl">
  <dt>Nombre de collectifs réalisés</dt><dd>${cols.length}</dd>
  <dt>Nombre d'enfants accueillis</dt><dd>${Math.max(0, totalChildren - 1)}</dd>
  <dt>Nombre d'heures d'accompagnement</dt><dd>${cols.length * 204}</dd>
  <dt>Total des charges réalisées</dt><dd>${esc(displayAmount(b?.chargesTotal !== undefined ? Math.round(b.chargesTotal * 96) / 100 : undefined))}</dd>
  <dt>Date de transmission</dt><dd>14/03/2025</dd>
</dl>
</section>`,
)}

${only(
  3,
  `<section class="mcp-card" aria-labelledby="mcp-s5"><h2 id="mcp-s5">Bilan et questionnaire</h2>
<dl class="mcp-dl">
  <dt>Conventionnement pluriannuel (2025/2026 – 2026/2027)</dt><dd>${ouiNon(d.carrier?.pluriannual)}</dd>
  <dt>Bilan 2024-2025 déposé</dt><dd><span class="mcp-badge ${d.attachments?.previousBilan ? 'mcp-ok' : 'mcp-ko'}">${ouiNon(d.attachments?.previousBilan)}</span></dd>
  <dt>Questionnaire Sphinx complété</dt><dd><span class="mcp-badge ${d.sphinxCompleted ? 'mcp-ok' : 'mcp-ko'}">${ouiNon(d.sphinxCompleted)}</span>${d.sphinxCompleted ? '' : ' — à compléter en septembre 2025 (obligatoire)'}</dd>
</dl>
</section>`,
)}

<div class="mcp-actions">
  ${opts.pages && part > 1 ? `<a class="mcp-btn sec" href="${esc(opts.pages.href(part - 1))}">‹ Précédent</a>` : ''}
  <button type="button" class="mcp-btn sec" data-action="enregistrer">Enregistrer</button>
  ${opts.pages && part < 3 ? `<a class="mcp-btn" href="${esc(opts.pages.href(part + 1))}">Suivant ›</a>` : ''}
  <button type="button" class="mcp-btn" data-action="transmettre">Transmettre la déclaration</button>
  <span class="mcp-status" role="status" id="mcp-status"></span>
</div>
</main>
</div>`;
  return page(
    'MonComptePartenaire — Données prévisionnelles 2025 Clas (maquette)',
    'mcp.css',
    body,
    asset('mcp.js'),
  );
}
