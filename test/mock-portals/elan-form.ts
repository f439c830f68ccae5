/**
 * The mock Elan request form (carrier side): six steps in one page, swapped by its script
 * (assets/elan-form.js), or one page per step (`pages`). Meaning is carried by visible French labels
 * (assets/elan-form.labels.json), attached in many different ways (label[for], wrapping label,
 * aria-label, aria-labelledby, plain text before the field, table headers, fieldset/legend);
 * ids and classes look generated (JSF / PrimeFaces style) and carry no meaning a reader may
 * rely on. Its look is assets/elan-form.css.
 */
import type { Dossier } from '../../rules/dossier.ts';
import { chargeLines, identityOf, productLines, UPLOADED_FILES } from './dossier-extras.ts';
import {
  asset,
  checked,
  esc,
  formatAmount,
  frDate,
  intText,
  page,
  type AmountStyle,
} from './html.ts';

type Collective = NonNullable<Dossier['collectives']>[number];

export interface ElanFormOptions {
  /** Step shown first (1 to 6); a `#etape-N` hash in the URL wins over it. Default 1. */
  step?: number;
  /** How amounts are written in the inputs: `8 487,00` / `8487` / `8 487,00 €`. Default 'spaces'. */
  amountStyle?: AmountStyle;
  /** Wording variant of the labels (two real-looking wordings of the same form). Default 0. */
  labelVariant?: 0 | 1;
  /** Use wordings no built-in field map knows (e.g. « Effectif accueilli » for the children). */
  unknownLabels?: boolean;
  /**
   * One page per step, as a portal that loads a new page for each: only step `step` is in the
   * page, « Précédent » and « Suivant » are links to the other steps' addresses (`href`), and the
   * breadcrumb names the request by its number.
   */
  pages?: { number: string; href(step: number): string };
}

const ELAN_STEP_TITLES = [
  'Structure',
  'Projet',
  'Collectifs',
  'Budget prévisionnel',
  'Bonus et cofinancements',
  'Pièces jointes',
] as const;
const SCHOOL_LEVELS = [
  'CP',
  'CE1',
  'CE2',
  'CM1',
  'CM2',
  '6e',
  '5e',
  '4e',
  '3e',
  '2nde',
  '1re',
  'Tle',
] as const;

/**
 * Label wordings of the form, by field: [variant 0, variant 1, unknown wording]. The unknown
 * wording is used only when `unknownLabels` is set; when it is absent the variant wording is kept.
 */
const LABELS = JSON.parse(asset('elan-form.labels.json')) as Record<string, readonly string[]>;

function labeler(opts: ElanFormOptions): (key: string) => string {
  const v = opts.labelVariant ?? 0;
  return (key) => {
    const w = LABELS[key];
    if (!w) throw new Error(`elan-form.labels.json has no « ${key} »`);
    if (opts.unknownLabels && w[2] !== undefined) return w[2];
    return w[v] ?? w[0] ?? key;
  };
}

const REQ = '<abbr class="ui-req" title="obligatoire">*</abbr>';

export function renderElanForm(dossier?: Dossier, opts: ElanFormOptions = {}): string {
  const d = dossier;
  const L = labeler(opts);
  const style = opts.amountStyle ?? 'spaces';
  const amt = (v: number | undefined) => formatAmount(v, style);
  const step = Math.min(6, Math.max(1, Math.trunc(opts.step ?? 1)));
  const v1 = (opts.labelVariant ?? 0) === 1;
  const id = identityOf(d);
  const c = d?.carrier;
  const collectives = d?.collectives ?? [];

  const stepsNav = ELAN_STEP_TITLES.map(
    (t, i) =>
      `<li id="j_idt18:step${i + 1}"${i + 1 === step ? ' aria-current="step"' : ''}${i + 1 < step ? ' class="j-done"' : ''}>${i + 1}. ${esc(t)}</li>`,
  ).join('');

  const section = (n: number, inner: string) =>
    opts.pages && n !== step
      ? ''
      : `<section class="ui-wizard-step" data-etape="${n}" id="formDemande:wizard:tab${n}"${n === step ? '' : ' hidden'} aria-labelledby="formDemande:wizard:h${n}">
${inner}
</section>`;

  /* Step 1 — the structure (tiers) */
  const step1 = section(
    1,
    `<div class="ui-panel">
<h2 id="formDemande:wizard:h1">Identification de la structure porteuse</h2>
<div class="ui-g">
  <label class="ui-g-l" for="formDemande:j_idt41:raisonSociale">${esc(L('carrier.name'))} ${REQ}</label>
  <div><input type="text" class="ui-inputtext" id="formDemande:j_idt41:raisonSociale" name="formDemande:j_idt41:raisonSociale" value="${esc(c?.name)}" maxlength="255"></div>
</div>
<div class="ui-g">
  <span class="ui-g-l"></span>
  <div><label class="j-q" style="margin:0">${esc(L('siret'))} ${REQ}<br><input type="text" class="ui-inputtext j-short" style="max-width:220px" id="formDemande:j_idt44" name="formDemande:j_idt44" value="${esc(id.siret)}" inputmode="numeric"></label></div>
</div>
<div class="ui-g">
  <div class="ui-g-l">${esc(L('street'))} ${REQ}</div>
  <div><input type="text" class="ui-inputtext" id="formDemande:j_idt47" name="formDemande:j_idt47" value="${esc(id.street)}"></div>
</div>
<div class="ui-g">
  <div class="ui-g-l">${esc(L('postcode'))} / ${esc(L('city'))} ${REQ}</div>
  <div><input type="text" class="ui-inputtext j-short" id="formDemande:j_idt49" name="formDemande:j_idt49" aria-label="${esc(L('postcode'))}" value="${esc(id.postcode)}" inputmode="numeric">
  <input type="text" class="ui-inputtext" style="max-width:260px" id="formDemande:j_idt50" name="formDemande:j_idt50" aria-label="${esc(L('city'))}" value="${esc(id.city)}"></div>
</div>
<div class="ui-g">
  <label class="ui-g-l" for="formDemande:j_idt53_input">${esc(L('department'))} ${REQ}</label>
  <div><select class="ui-inputtext" style="max-width:260px" id="formDemande:j_idt53_input" name="formDemande:j_idt53_input">
    <option value="">— Sélectionner —</option>
    <option value="54"${d?.department === '54' ? ' selected' : ''}>54 – Meurthe-et-Moselle</option>
    <option value="55"${d?.department === '55' ? ' selected' : ''}>55 – Meuse</option>
    <option value="57"${d?.department === '57' ? ' selected' : ''}>57 – Moselle</option>
    <option value="88"${d?.department === '88' ? ' selected' : ''}>88 – Vosges</option>
  </select></div>
</div>
<p class="j-help">Les informations du tiers sont reprises de votre compte Elan. Contactez la Caf pour modifier le SIRET.</p>
</div>`,
  );

  /* Step 2 — the project */
  const sit = c?.situation;
  const yn = (name: string, v: boolean | undefined, idBase: string) =>
    `<label><input type="radio" name="${name}" id="${idBase}:0" value="true"${checked(v === true)}> Oui</label>
     <label><input type="radio" name="${name}" id="${idBase}:1" value="false"${checked(v === false)}> Non</label>`;
  const pluri = v1
    ? `<fieldset class="ui-fieldset"><legend>${esc(L('carrier.pluriannual'))} ${REQ}</legend>
  <div class="j-choices">${yn('formDemande:j_idt77', c?.pluriannual, 'formDemande:j_idt77')}</div>
  <p class="j-help">Obligatoire si vous portez déjà un Clas ; une première demande est conventionnée sur une année.</p>
</fieldset>`
    : `<div class="j-choices" style="margin:6px 0 12px"><label><input type="checkbox" id="formDemande:j_idt77" name="formDemande:j_idt77"${checked(c?.pluriannual)}> ${esc(L('carrier.pluriannual'))}</label>
  <p class="j-help">Obligatoire si vous portez déjà un Clas ; une première demande est conventionnée sur une année.</p></div>`;
  const axes = d?.axes;
  const axisBox = (key: 'children' | 'parents' | 'school' | 'territory', n: number) =>
    `<div><input type="checkbox" id="formDemande:j_idt8${n}" name="formDemande:j_idt8${n}"${checked(axes?.[key])}> <label for="formDemande:j_idt8${n}">${esc(L(`axes.${key}`))}</label></div>`;
  const ds = d?.descriptions;
  const step2 = section(
    2,
    `<div class="ui-panel">
<h2 id="formDemande:wizard:h2">Présentation du projet Clas 2025-2026</h2>
<fieldset class="ui-fieldset"><legend>${esc(L('carrier.situation'))} ${REQ}</legend>
  <div class="j-choices j-col">
    <label for="formDemande:j_idt70:0"><input type="radio" id="formDemande:j_idt70:0" name="formDemande:j_idt70" value="PREMIERE"${checked(sit === 'first-request')}> ${esc(L('situation.first-request'))}</label>
    <label for="formDemande:j_idt70:1"><input type="radio" id="formDemande:j_idt70:1" name="formDemande:j_idt70" value="RENOUV_SANS"${checked(sit === 'renewal-unchanged')}> ${esc(L('situation.renewal-unchanged'))}</label>
    <label for="formDemande:j_idt70:2"><input type="radio" id="formDemande:j_idt70:2" name="formDemande:j_idt70" value="RENOUV_AVEC"${checked(sit === 'renewal-changed')}> ${esc(L('situation.renewal-changed'))}</label>
  </div>
  <p class="j-help">Renouvellement sans changement : la déclaration se fait sur MonComptePartenaire. Avec changements : joignez le document « Projet 2025-2026 – Ajustement ».</p>
</fieldset>
<span class="j-q" id="formDemande:j_idt74_lbl">${esc(L('carrier.fundedLastYear'))} ${REQ}</span>
<div class="j-choices" role="radiogroup" aria-labelledby="formDemande:j_idt74_lbl" id="formDemande:j_idt74">
  ${yn('formDemande:j_idt74', c?.fundedLastYear, 'formDemande:j_idt74')}
</div>
${pluri}
<fieldset class="ui-fieldset"><legend>${esc(L('axes'))} ${REQ}</legend>
  <p class="j-help">Les quatre axes doivent être proposés de manière cumulative (référentiel national Clas).</p>
  ${axisBox('children', 1)}
  ${axisBox('parents', 2)}
  ${axisBox('school', 3)}
  ${axisBox('territory', 4)}
</fieldset>
</div>
<div class="ui-panel">
<h2>Description des actions</h2>
<label class="j-q" for="formDemande:j_idt90">${esc(L('descriptions.childrenActions'))} ${REQ}</label>
<textarea class="ui-inputtextarea" id="formDemande:j_idt90" name="formDemande:j_idt90" rows="4">${esc(ds?.childrenActions)}</textarea>
<div class="j-q">${esc(L('descriptions.parentActions'))} ${REQ}</div>
<p class="j-help">Soutien, médiation, information pour permettre une plus grande implication des parents…</p>
<textarea class="ui-inputtextarea" id="formDemande:j_idt93" name="formDemande:j_idt93" rows="4" aria-label="${esc(L('descriptions.parentActions'))}">${esc(ds?.parentActions)}</textarea>
<h3 id="formDemande:j_idt95_titre">${esc(L('descriptions.schoolRelations'))} ${REQ}</h3>
<textarea class="ui-inputtextarea" id="formDemande:j_idt96" name="formDemande:j_idt96" rows="4" aria-labelledby="formDemande:j_idt95_titre">${esc(ds?.schoolRelations)}</textarea>
<p class="j-q">${esc(L('descriptions.localResources'))} ${REQ}</p>
<textarea class="ui-inputtextarea" id="formDemande:j_idt99" name="formDemande:j_idt99" rows="4">${esc(ds?.localResources)}</textarea>
<label class="j-q" for="formDemande:j_idt102">${esc(L('descriptions.evaluation'))} ${REQ}</label>
<textarea class="ui-inputtextarea" id="formDemande:j_idt102" name="formDemande:j_idt102" rows="4">${esc(ds?.evaluation)}</textarea>
</div>`,
  );

  /* Step 3 — the collectives */
  const step3 = section(
    3,
    `<div class="ui-panel">
<h2 id="formDemande:wizard:h3">Collectifs d'enfants</h2>
<p class="j-help">Un collectif = un groupe de 8 à 12 enfants, du CP à la Terminale, encadré par au moins 2 adultes.</p>
<p class="j-count">Nombre de collectifs déclarés : <span id="formDemande:j_idt120" aria-live="polite">${collectives.length}</span></p>
<div id="formDemande:collectifs" data-next-index="${collectives.length}">
${collectives.map((col, i) => collectiveBlock(i, i + 1, col, L, amt)).join('\n')}
</div>
<template id="formDemande:collectifTpl">${collectiveBlock('__IDX__', '__NUM__', undefined, L, amt)}</template>
<button type="button" class="ui-button j-secondary" id="formDemande:j_idt131" data-action="ajouter-collectif">+ Ajouter un collectif</button>
</div>`,
  );

  /* Step 4 — provisional budget (CERFA) */
  const b = d?.budget;
  const charges = chargeLines(b?.chargesTotal);
  const products = productLines(d);
  let idn = 200;
  const row = (label: string, value: number | undefined, kind: string, cls = '') => {
    idn += 1;
    return `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${esc(label)}</th><td><input type="text" class="ui-inputtext" inputmode="decimal" id="formDemande:budget:j_idt${idn}" name="formDemande:budget:j_idt${idn}" value="${esc(amt(value))}" data-budget="${kind}"></td></tr>`;
  };
  const step4 = section(
    4,
    `<div class="ui-panel">
<h2 id="formDemande:wizard:h4">Budget prévisionnel de l'action (année scolaire 2025-2026)</h2>
<p class="j-help">Montants en euros. Le budget doit être équilibré : total des charges = total des produits.</p>
<table class="ui-datatable" id="formDemande:budget:charges">
<caption style="text-align:left;font-weight:bold;padding:6px 0">Charges</caption>
<thead><tr><th scope="col">Charges</th><th scope="col">Montant (€)</th></tr></thead>
<tbody>
${charges.map((l) => row(`${l.code} – ${l.label}`, l.value, 'charge')).join('\n')}
${row(L('budget.chargesTotal'), b?.chargesTotal, 'total-charges', 'j-total')}
</tbody>
</table>
<table class="ui-datatable" id="formDemande:budget:produits">
<caption style="text-align:left;font-weight:bold;padding:6px 0">Produits</caption>
<thead><tr><th scope="col">Produits</th><th scope="col">Montant (€)</th></tr></thead>
<tbody>
${row('70 – Vente de produits finis, prestations de services (participation des familles)', products.sales, 'produit')}
<tr><th scope="row" colspan="2">74 – Subventions d'exploitation</th></tr>
${row(L('budget.cityContract'), products.city, 'produit', 'j-sub')}
${row(L('budget.departmentalCouncil'), products.cd, 'produit', 'j-sub')}
${row(L('budget.commune'), products.commune, 'produit', 'j-sub')}
${row(L('budget.cafRequested'), products.caf, 'produit', 'j-sub')}
${row(L('budget.msa'), products.msa, 'produit', 'j-sub')}
${row('75 – Autres produits de gestion courante', products.other, 'produit')}
${row(L('budget.productsTotal'), b?.productsTotal, 'total-produits', 'j-total')}
</tbody>
</table>
<table class="ui-datatable" id="formDemande:budget:cvn">
<caption style="text-align:left;font-weight:bold;padding:6px 0">Contributions volontaires en nature</caption>
<thead><tr><th scope="col">Poste</th><th scope="col">Montant (€)</th></tr></thead>
<tbody>
${row('86 – Emplois des contributions volontaires en nature (bénévolat, mise à disposition de locaux)', undefined, 'cvn')}
${row('87 – Contributions volontaires en nature', undefined, 'cvn')}
</tbody>
</table>
<div class="ui-g" style="grid-template-columns:360px 1fr">
  <label class="ui-g-l" for="formDemande:j_idt240">${esc(L('budget.operatingExpenses'))} ${REQ}</label>
  <div><input type="text" class="ui-inputtext j-short" style="max-width:180px;text-align:right" inputmode="decimal" id="formDemande:j_idt240" name="formDemande:j_idt240" value="${esc(amt(b?.operatingExpenses))}"></div>
</div>
</div>`,
  );

  /* Step 5 — bonuses and co-funding */
  const bo = d?.bonuses;
  const tne = bo?.tne;
  const msa = d?.msa;
  const city = d?.cityContract;
  const step5 = section(
    5,
    `<div class="ui-panel">
<h2 id="formDemande:wizard:h5">Bonus Caf et cofinancements</h2>
<fieldset class="ui-fieldset"><legend>Bonus « enfants » (329 € par collectif)</legend>
  <div class="j-choices"><label><input type="checkbox" id="formDemande:j_idt301" name="formDemande:j_idt301"${checked(bo?.children?.requested)}> ${esc(L('bonuses.children.requested'))}</label></div>
  <label class="j-q" for="formDemande:j_idt303">${esc(L('bonuses.children.justification'))}</label>
  <textarea class="ui-inputtextarea" id="formDemande:j_idt303" name="formDemande:j_idt303" rows="3">${esc(bo?.children?.justification)}</textarea>
</fieldset>
<fieldset class="ui-fieldset"><legend>Bonus « parents » (329 € par collectif)</legend>
  <div class="j-choices"><label><input type="checkbox" id="formDemande:j_idt306" name="formDemande:j_idt306"${checked(bo?.parents?.requested)}> ${esc(L('bonuses.parents.requested'))}</label></div>
  <label class="j-q" for="formDemande:j_idt308">${esc(L('bonuses.parents.justification'))}</label>
  <textarea class="ui-inputtextarea" id="formDemande:j_idt308" name="formDemande:j_idt308" rows="3">${esc(bo?.parents?.justification)}</textarea>
</fieldset>
<fieldset class="ui-fieldset"><legend>${esc(L('bonuses.tne'))}</legend>
  <p class="j-help">De 100 € à 500 € par collectif. Inscrivez obligatoirement un montant sur la ligne « Conseil départemental » du budget et joignez la fiche récapitulative.</p>
  <div class="j-choices"><label><input type="checkbox" id="formDemande:j_idt311" name="formDemande:j_idt311"${checked(tne?.requested)}> ${esc(L('bonuses.tne.requested'))}</label></div>
  <label class="j-q" for="formDemande:j_idt313">${esc(L('bonuses.tne.actions'))}</label>
  <textarea class="ui-inputtextarea" id="formDemande:j_idt313" name="formDemande:j_idt313" rows="3">${esc(tne?.actions)}</textarea>
  <div class="ui-g" style="margin-top:10px"><div class="ui-g-l">${esc(L('bonuses.tne.collectives'))}</div>
  <div><input type="text" class="ui-inputtext j-short" inputmode="numeric" id="formDemande:j_idt316" name="formDemande:j_idt316" value="${esc(intText(tne?.collectives))}"></div></div>
  <fieldset class="ui-fieldset"><legend>${esc(L('bonuses.tne.fundedByCdElsewhere'))}</legend>
  <div class="j-choices">${yn('formDemande:j_idt318', tne?.fundedByCdElsewhere, 'formDemande:j_idt318')}</div></fieldset>
</fieldset>
<fieldset class="ui-fieldset"><legend>${esc(L('msa'))}</legend>
  <p class="j-help">Forfait de 1 000 € par porteur, pour les territoires ruraux et/ou fragiles.</p>
  <div class="j-choices"><label><input type="checkbox" id="formDemande:j_idt321" name="formDemande:j_idt321"${checked(msa?.requested)}> ${esc(L('msa.requested'))}</label></div>
  <span class="j-q" id="formDemande:j_idt323_lbl">${esc(L('msa.ruralTerritory'))}</span>
  <div class="j-choices" role="radiogroup" aria-labelledby="formDemande:j_idt323_lbl">${yn('formDemande:j_idt323', msa?.ruralTerritory, 'formDemande:j_idt323')}</div>
</fieldset>
<fieldset class="ui-fieldset"><legend>${esc(L('cityContract'))}</legend>
  <div class="j-choices"><label><input type="checkbox" id="formDemande:j_idt326" name="formDemande:j_idt326"${checked(city?.requested)}> ${esc(L('cityContract.requested'))}</label></div>
  <div class="j-q">${esc(L('cityContract.addedValue'))}</div>
  <textarea class="ui-inputtextarea" id="formDemande:j_idt328" name="formDemande:j_idt328" rows="3" aria-label="${esc(L('cityContract.addedValue'))}">${esc(city?.addedValue)}</textarea>
  <fieldset class="ui-fieldset" style="margin-top:10px"><legend>${esc(L('cityContract.obtainedLastYear'))}</legend>
  <div class="j-choices">${yn('formDemande:j_idt330', city?.obtainedLastYear, 'formDemande:j_idt330')}</div></fieldset>
</fieldset>
</div>`,
  );

  /* Step 6 — attachments */
  const at = d?.attachments;
  let fileN = 400;
  const attRow = (
    label: string,
    present: boolean | undefined,
    file: string | undefined,
    required: boolean,
  ) => {
    fileN += 2;
    const list =
      present && file
        ? `<ul class="j-files"><li>${esc(file)} <small>(déposé le ${esc(frDate(d?.checkedOn) || '—')})</small></li></ul>`
        : `<ul class="j-files"><li><em>Aucun fichier</em></li></ul>`;
    return `<tr><th scope="row">${esc(label)}${required ? ` ${REQ}` : ''}</th>
<td>${list}</td>
<td><input type="file" id="formDemande:pj:j_idt${fileN}" name="formDemande:pj:j_idt${fileN}" aria-label="Joindre : ${esc(label)}"></td></tr>`;
  };
  const step6 = section(
    6,
    `<div class="ui-panel">
<h2 id="formDemande:wizard:h6">Pièces justificatives</h2>
<table class="ui-datatable" style="max-width:900px" id="formDemande:pj">
<thead><tr><th scope="col">Pièce</th><th scope="col">Fichier(s) déposé(s)</th><th scope="col">Ajouter un fichier</th></tr></thead>
<tbody>
${attRow(L('attachments.previousBilan'), at?.previousBilan, UPLOADED_FILES.previousBilan, false)}
${attRow(L('attachments.cdRecapSheet'), at?.cdRecapSheet, UPLOADED_FILES.cdRecapSheet, false)}
${attRow(L('attachments.adjustmentDocument'), at?.adjustmentDocument, UPLOADED_FILES.adjustmentDocument, false)}
${attRow('Statuts de la structure', !!d?.carrier?.name, 'Statuts.pdf', true)}
${attRow("Relevé d'identité bancaire", !!d?.carrier?.name, 'RIB.pdf', true)}
</tbody>
</table>
<div class="j-info">Le bilan 2024-2025 est obligatoire si vous avez bénéficié d'un financement Clas en 2024/2025.
Le questionnaire Sphinx (obligatoire) se complète sur MonComptePartenaire, en septembre 2025.</div>
</div>`,
  );

  const body = `<header class="ui-layout-north" role="banner">
  <div class="j-logo">Caf — Elan <span>Espace porteurs de projets</span></div>
  <nav aria-label="Menu principal">Mes demandes · Mes tiers · Aide</nav>
  <div class="j-user">Connecté : ${esc(c?.name ?? 'porteur de projet')}</div>
</header>
<div class="ui-breadcrumb">Accueil › Appels à projets › Clas 2025-2026 — Caf des Vosges › Ma demande${opts.pages ? ` n° ${esc(opts.pages.number)}` : ''}</div>
<main class="ui-layout-center">
<h1>Demande de subvention — Contrat local d'accompagnement à la scolarité (Clas)</h1>
<p class="j-sub">Appel à projets Clas 2025-2026 · Caf des Vosges · dépôt du 20/06/2025 au 31/07/2025${d?.checkedOn ? ` · dernière modification le ${esc(frDate(d.checkedOn))}` : ''}</p>
<ol class="ui-steps" id="j_idt18:steps" aria-label="Étapes de la demande">${stepsNav}</ol>
<p class="j-stepline" id="j_idt18:stepLabel" aria-live="polite">Étape ${step} sur 6 — ${esc(ELAN_STEP_TITLES[step - 1] ?? '')}</p>
<form id="formDemande" name="formDemande" method="post" action="#" data-etape-initiale="${step}"${opts.pages ? ' data-pages' : ''} autocomplete="off" novalidate>
${step1}
${step2}
${step3}
${step4}
${step5}
${step6}
<div class="j-toolbar" role="group" aria-label="Navigation de la demande">
  ${
    opts.pages
      ? step === 1
        ? ''
        : `<a class="ui-button j-secondary" id="formDemande:j_idt501" href="${esc(opts.pages.href(step - 1))}">‹ Précédent</a>`
      : `<button type="button" class="ui-button j-secondary" id="formDemande:j_idt501" data-action="precedent"${step === 1 ? ' disabled' : ''}>‹ Précédent</button>`
  }
  <button type="button" class="ui-button j-secondary" id="formDemande:j_idt502" data-action="enregistrer">Enregistrer</button>
  ${
    opts.pages
      ? step === 6
        ? ''
        : `<a class="ui-button" id="formDemande:j_idt503" href="${esc(opts.pages.href(step + 1))}">Suivant ›</a>`
      : `<button type="button" class="ui-button" id="formDemande:j_idt503" data-action="suivant"${step === 6 ? ' disabled' : ''}>Suivant ›</button>`
  }
  <span class="j-status" id="formDemande:j_idt505" role="status"></span>
</div>
</form>
</main>`;
  return page('Elan — Demande Clas 2025-2026 (maquette)', 'elan-form.css', body, FORM_SCRIPT);
}

/** One collective block. `idx` is the id index (never reused), `num` the displayed number. */
function collectiveBlock(
  idx: number | string,
  num: number | string,
  col: Collective | undefined,
  L: (key: string) => string,
  amt: (v: number | undefined) => string,
): string {
  const p = `formDemande:collectifs:${idx}`;
  const levels = new Set(col?.levels ?? []);
  const levelBoxes = SCHOOL_LEVELS.map(
    (lv, k) =>
      `<label><input type="checkbox" id="${p}:j_idt126:${k}" name="${p}:j_idt126" value="${lv}"${checked(levels.has(lv))}>${lv}</label>`,
  ).join('');
  return `<fieldset class="ui-fieldset" id="${p}:bloc" data-collectif>
  <legend>Collectif ${num}</legend>
  <div class="ui-g"><span class="ui-g-l"></span><div><label class="j-q" style="margin:0">${esc(L('collectives[].name'))} ${REQ}<br>
    <input type="text" class="ui-inputtext" id="${p}:j_idt122" name="${p}:j_idt122" value="${esc(col?.name)}"></label></div></div>
  <div class="ui-g"><label class="ui-g-l" for="${p}:j_idt123">${esc(L('collectives[].children'))} ${REQ}</label>
    <div><input type="text" class="ui-inputtext j-short" inputmode="numeric" id="${p}:j_idt123" name="${p}:j_idt123" value="${esc(intText(col?.children))}"></div></div>
  <fieldset class="ui-fieldset"><legend>${esc(L('collectives[].levels'))} ${REQ}</legend><div class="j-levels">${levelBoxes}</div></fieldset>
  <div class="ui-g"><div class="ui-g-l">${esc(L('collectives[].staff'))} ${REQ}</div>
    <div><input type="text" class="ui-inputtext j-short" inputmode="numeric" id="${p}:j_idt128" name="${p}:j_idt128" aria-label="${esc(L('collectives[].staff'))}" value="${esc(intText(col?.staff))}"></div></div>
  <div class="ui-g"><span class="ui-g-l" id="${p}:j_idt129_lbl">${esc(L('collectives[].expenses'))}</span>
    <div><input type="text" class="ui-inputtext j-short" style="max-width:180px;text-align:right" inputmode="decimal" id="${p}:j_idt129" name="${p}:j_idt129" aria-labelledby="${p}:j_idt129_lbl" value="${esc(amt(col?.expenses))}"></div></div>
  <div class="j-coll-actions"><button type="button" class="ui-button j-danger" id="${p}:j_idt130" data-action="supprimer-collectif" aria-label="Supprimer le collectif ${num}">Supprimer</button></div>
</fieldset>`;
}

/* The form's script (step swapping, collectives, totals, draft saving), with the steps' titles. */
const FORM_SCRIPT = asset('elan-form.js').replace(
  '__ELAN_STEP_TITLES__',
  JSON.stringify(ELAN_STEP_TITLES),
);

/** A form whose step 3 holds n generated collectives (for performance tests: 16 fields each). */
export function renderElanFormWithCollectives(n: number, opts: ElanFormOptions = {}): string {
  const collectives: Collective[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i * 7) % 12;
    collectives.push({
      name: `Collectif n° ${i + 1} – ${['Épinal', 'Golbey', 'Thaon-les-Vosges', 'Charmes', 'Mirecourt'][i % 5]}`,
      children: 6 + (i % 9),
      levels: [SCHOOL_LEVELS[a] ?? 'CP', SCHOOL_LEVELS[(a + 1) % 12] ?? 'CE1'],
      staff: 1 + (i % 3),
      expenses: 7000 + ((i * 137) % 2000) + (i % 4) * 0.25,
    });
  }
  const dossier: Dossier = {
    format: 'clas-dossier/1',
    campaign: '2025-2026',
    department: '88',
    checkedOn: '2025-07-10',
    portal: 'elan',
    carrier: {
      name: 'Fédération départementale des centres sociaux des Vosges',
      situation: 'renewal-changed',
      fundedLastYear: true,
      pluriannual: true,
    },
    collectives,
    axes: { children: true, parents: true, school: true, territory: true },
  };
  return renderElanForm(dossier, { step: 3, ...opts });
}
