/**
 * Mock portal pages: our honest picture of the CAF partner portals (Elan, MonComptePartenaire),
 * which cannot be reached from tests. Every function returns a complete HTML document (string)
 * with inline CSS/JS only — no network, no external resource.
 *
 * Pages are deliberately "label-driven": meaning is carried by visible French labels attached in
 * many different ways (label[for], wrapping label, aria-label, aria-labelledby, plain text before
 * the field, table headers, dt/dd, fieldset/legend). Ids and classes look generated (JSF /
 * PrimeFaces style) and carry no meaning a reader may rely on.
 *
 * No runtime dependency: the only import is a type.
 */
import type { Dossier } from '../../rules/dossier.ts';

export type { Dossier };
type Collective = NonNullable<Dossier['collectives']>[number];

export type AmountStyle = 'spaces' | 'plain' | 'euro';

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

export const MOCK_BANNER_TEXT = 'Page de démonstration — maquette, pas le vrai portail';
export const ELAN_STEP_TITLES = [
  'Structure',
  'Projet',
  'Collectifs',
  'Budget prévisionnel',
  'Bonus et cofinancements',
  'Pièces jointes',
] as const;
export const SCHOOL_LEVELS = [
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

/* ------------------------------------------------------------------------------------------ */
/* Text helpers                                                                                */
/* ------------------------------------------------------------------------------------------ */

const NNBSP = '\u202f'; // narrow no-break space (what Intl.NumberFormat('fr-FR') writes)
const NBSP = '\u00a0';

/** Escapes text for HTML content and double-quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** French amount as a person would type it. Undefined gives ''. */
export function formatAmount(value: number | undefined, style: AmountStyle = 'spaces'): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const cents = Math.round(value * 100);
  const neg = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const dec = String(abs % 100).padStart(2, '0');
  const group = (sep: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case 'plain':
      return neg + String(euros) + (abs % 100 === 0 ? '' : ',' + dec);
    case 'euro':
      return `${neg}${group(NNBSP)},${dec}${NBSP}€`;
    case 'spaces':
    default:
      return `${neg}${group(' ')},${dec}`;
  }
}

/** Amount for read-only pages, as Intl.NumberFormat('fr-FR', currency EUR) writes it. */
function displayAmount(value: number | undefined): string {
  return value === undefined ? '—' : formatAmount(value, 'euro');
}

function ouiNon(v: boolean | undefined): string {
  return v === undefined ? 'Non renseigné' : v ? 'Oui' : 'Non';
}

function frDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function checked(v: boolean | undefined): string {
  return v ? ' checked' : '';
}

function intText(v: number | undefined): string {
  return v === undefined ? '' : String(v);
}

/** Deterministic small hash: gives plausible SIRET/address for a carrier name. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const ADDRESSES = [
  ['12 rue de la Louvière', '88000', 'Épinal'],
  ['3 place du Marché', '88700', 'Rambervillers'],
  ['27 avenue de la Libération', '88100', 'Saint-Dié-des-Vosges'],
  ['5 rue Charles-de-Gaulle', '88200', 'Remiremont'],
  ['41 rue de la Gare', '88300', 'Neufchâteau'],
] as const;

interface Identity {
  siret: string;
  street: string;
  postcode: string;
  city: string;
}

/** Tiers data that the dossier format does not carry (SIRET, address): plausible, stable. */
function identityOf(d: Dossier | undefined): Identity {
  const name = d?.carrier?.name;
  if (!name) return { siret: '', street: '', postcode: '', city: '' };
  const h = hash(name);
  const a =
    ADDRESSES.find((x) => name.includes(x[2])) ?? ADDRESSES[h % ADDRESSES.length] ?? ADDRESSES[0];
  const digits = String(100000000 + (h % 899999999)).slice(0, 9);
  return {
    siret: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} 000${(h % 9) + 1}${h % 10}`,
    street: a[0],
    postcode: a[1],
    city: a[2],
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Budget lines (CERFA shape) derived from the dossier's totals and known lines                */
/* ------------------------------------------------------------------------------------------ */

export interface BudgetLine {
  code: string;
  label: string;
  value: number | undefined;
}

const CHARGE_SPLIT: Array<[string, string, number]> = [
  ['60', 'Achats', 0.05],
  ['61', 'Services extérieurs', 0.08],
  ['62', 'Autres services extérieurs', 0.1],
  ['63', 'Impôts et taxes', 0.02],
  ['64', 'Charges de personnel', -1], // the remainder
  ['65', 'Autres charges de gestion courante', 0],
  ['66', 'Charges financières', 0],
  ['67', 'Charges exceptionnelles', 0],
  ['68', 'Dotation aux amortissements', 0],
];

/** Splits chargesTotal over the CERFA charge lines so that the lines add up to the total. */
function chargeLines(total: number | undefined): BudgetLine[] {
  if (total === undefined)
    return CHARGE_SPLIT.map(([code, label]) => ({ code, label, value: undefined }));
  const totalCents = Math.round(total * 100);
  let used = 0;
  const lines = CHARGE_SPLIT.map(([code, label, share]) => {
    if (share <= 0) return { code, label, value: share === 0 ? undefined : 0 };
    const c = Math.round((totalCents * share) / 100) * 100; // whole euros, as people budget
    used += c;
    return { code, label, value: c / 100 };
  });
  const rest = lines.find((l) => l.code === '64');
  if (rest) rest.value = (totalCents - used) / 100;
  return lines;
}

interface ProductLines {
  sales: number | undefined;
  city: number | undefined;
  cd: number | undefined;
  commune: number | undefined;
  caf: number | undefined;
  msa: number | undefined;
  other: number | undefined;
}

function productLines(d: Dossier | undefined): ProductLines {
  const b = d?.budget;
  const known = [b?.cityContract, b?.departmentalCouncil, b?.cafRequested, b?.msa];
  let commune: number | undefined;
  if (b?.productsTotal !== undefined) {
    const cents =
      Math.round(b.productsTotal * 100) -
      known.reduce<number>((s, v) => s + Math.round((v ?? 0) * 100), 0);
    commune = cents > 0 ? cents / 100 : undefined;
  }
  return {
    sales: undefined,
    city: b?.cityContract,
    cd: b?.departmentalCouncil,
    commune,
    caf: b?.cafRequested,
    msa: b?.msa,
    other: undefined,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Labels                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/**
 * Label wordings of the Elan form: [variant 0, variant 1, unknown wording]. The unknown wording
 * is used only when `unknownLabels` is set; when it is absent the variant wording is kept.
 */
export const ELAN_FORM_LABELS = {
  'carrier.name': ['Raison sociale', 'Nom de la structure (tiers)'],
  siret: ['N° SIRET', 'SIRET'],
  street: ['Adresse', 'Adresse du siège'],
  postcode: ['Code postal', 'CP'],
  city: ['Commune', 'Ville'],
  department: ['Département', 'Département d’implantation'],
  'carrier.situation': ['Situation de la demande', 'Type de demande'],
  'situation.first-request': ['Première demande', 'Première demande d’agrément'],
  'situation.renewal-unchanged': [
    'Renouvellement sans changement',
    'Renouvellement – projet inchangé',
  ],
  'situation.renewal-changed': [
    'Renouvellement avec changements',
    'Renouvellement – projet modifié',
  ],
  'carrier.fundedLastYear': [
    "Avez-vous bénéficié d'un financement Clas en 2024/2025 ?",
    'Financement Clas obtenu pour 2024/2025 ?',
  ],
  'carrier.pluriannual': [
    "J'opte pour le conventionnement pluriannuel (2025/2026 – 2026/2027)",
    'Conventionnement pluriannuel (2025/2026 et 2026/2027) ?',
  ],
  axes: ["Axes d'intervention du projet", 'Le projet propose des actions :'],
  'axes.children': [
    'Actions auprès des enfants et des jeunes',
    'Intervention auprès des enfants et des jeunes',
  ],
  'axes.parents': ['Actions auprès et avec les parents', 'Intervention auprès et avec les parents'],
  'axes.school': ["Concertation et coordination avec l'école", "Coordination avec l'école"],
  'axes.territory': [
    'Concertation et coordination avec les acteurs du territoire',
    'Concertation avec les acteurs du territoire',
  ],
  'descriptions.childrenActions': [
    'Actions conduites avec les enfants',
    'Décrivez les actions qui seront conduites avec les enfants',
  ],
  'descriptions.parentActions': [
    'Actions projetées avec et pour les parents',
    'Actions avec et pour les parents',
  ],
  'descriptions.schoolRelations': [
    'Relations avec les établissements scolaires',
    "Liens avec l'école et les établissements scolaires",
  ],
  'descriptions.localResources': [
    'Mobilisation des ressources du proche environnement',
    'Ressources du proche environnement mobilisées (locaux, bibliothèque, personnes ressources)',
  ],
  'descriptions.evaluation': [
    "Modalités d'évaluation",
    "Critères et modalités d'évaluation du projet",
  ],
  'collectives[].name': ['Nom du collectif', 'Intitulé du groupe'],
  'collectives[].children': ["Nombre d'enfants", "Nb d'enfants prévus", 'Effectif accueilli'],
  'collectives[].levels': ['Niveaux scolaires', 'Classes concernées', 'Public (classes)'],
  'collectives[].staff': [
    "Nombre d'adultes encadrants (salariés ou bénévoles)",
    "Nb d'encadrants (salariés ou bénévoles)",
    'Intervenants mobilisés',
  ],
  'collectives[].expenses': [
    'Dépenses de fonctionnement du collectif (€)',
    'Coût de fonctionnement du collectif (en €)',
    'Budget annuel du groupe (€)',
  ],
  'budget.operatingExpenses': [
    "Dépenses de fonctionnement de l'action Clas (tous collectifs)",
    "Dépenses de fonctionnement de l'action (ensemble des collectifs)",
    "Coût global de l'accompagnement",
  ],
  'budget.chargesTotal': ['Total des charges', 'TOTAL DES CHARGES'],
  'budget.productsTotal': ['Total des produits', 'TOTAL DES PRODUITS'],
  'budget.cityContract': [
    'État – politique de la ville',
    'Etat - Politique de la ville (contrat de ville)',
  ],
  'budget.departmentalCouncil': [
    'Conseil départemental',
    'Département (Conseil départemental des Vosges)',
  ],
  'budget.commune': ['Commune(s)', 'Commune(s) / intercommunalité'],
  'budget.cafRequested': ['Caf – prestation de service Clas', 'CAF - Prestation de service CLAS'],
  'budget.msa': ['MSA', 'Mutualité sociale agricole (MSA)'],
  'bonuses.children.requested': [
    'Je sollicite le bonus « enfants » (projets culturels et éducatifs)',
    'Bonus enfants demandé',
  ],
  'bonuses.children.justification': [
    'Justification du bonus enfants',
    'Plus-value du projet au titre du bonus enfants',
  ],
  'bonuses.parents.requested': [
    'Je sollicite le bonus « parents » (soutien à la parentalité)',
    'Bonus parents demandé',
  ],
  'bonuses.parents.justification': [
    'Justification du bonus parents',
    'Plus-value du projet au titre du bonus parents',
  ],
  'bonuses.tne': [
    'Bonus parents : Territoire Numérique Éducatif (Conseil départemental)',
    'Bonus parents TNE – Conseil départemental des Vosges',
  ],
  'bonuses.tne.requested': [
    'Je sollicite le « Bonus parents : Territoire Numérique Éducatif »',
    'Bonus parents : Territoire Numérique Educatif demandé',
  ],
  'bonuses.tne.actions': [
    'Actions envisagées à destination des parents (numérique scolaire)',
    'Description des actions TNE',
  ],
  'bonuses.tne.collectives': [
    'Nombre de collectifs concernés',
    'Nb de collectifs concernés par le TNE',
  ],
  'bonuses.tne.fundedByCdElsewhere': [
    'Ces actions sont-elles déjà financées par le Conseil départemental par un autre dispositif ?',
    'Actions déjà financées par le Conseil départemental (autre dispositif) ?',
  ],
  msa: ['MSA – Grandir en Milieu Rural', 'Mutualité sociale agricole de Lorraine'],
  'msa.requested': [
    'Je sollicite le financement MSA « Grandir en Milieu Rural »',
    'Demande de financement MSA Grandir en Milieu Rural',
  ],
  'msa.ruralTerritory': [
    'Territoire rural ou fragile ?',
    'Le projet se déroule-t-il sur un territoire rural ou fragile ?',
  ],
  cityContract: ['Politique de la ville', 'Contrat de ville'],
  'cityContract.requested': [
    'Je sollicite un cofinancement politique de la ville',
    'Cofinancement politique de la ville demandé',
  ],
  'cityContract.addedValue': [
    'Plus-value apportée aux jeunes pris en charge',
    'Plus-value du projet au regard de la politique de la ville',
  ],
  'cityContract.obtainedLastYear': [
    'Cofinancement politique de la ville obtenu en 2024',
    'Avez-vous obtenu un cofinancement politique de la ville en 2024 ?',
  ],
  'attachments.previousBilan': ['Bilan Clas 2024-2025', 'Bilan de l’action Clas 2024-2025'],
  'attachments.cdRecapSheet': [
    'Fiche récapitulative du Conseil départemental (bonus TNE)',
    'Fiche récapitulative CD88 – TNE',
  ],
  'attachments.adjustmentDocument': [
    'Projet 2025-2026 – Ajustement du projet 2024-2025',
    'Document « Projet 2025-2026 – Ajustement »',
  ],
} as const satisfies Record<string, readonly string[]>;

type LabelKey = keyof typeof ELAN_FORM_LABELS;

function labeler(opts: ElanFormOptions): (key: LabelKey) => string {
  const v = opts.labelVariant ?? 0;
  return (key) => {
    const w: readonly string[] = ELAN_FORM_LABELS[key];
    if (opts.unknownLabels && w[2] !== undefined) return w[2];
    return w[v] ?? w[0] ?? key;
  };
}

/** Files "already uploaded" for each attachment the dossier says is there. */
export const UPLOADED_FILES = {
  previousBilan: 'Bilan Clas 2024-2025.pdf',
  cdRecapSheet: 'Fiche récapitulative Conseil départemental.pdf',
  adjustmentDocument: 'Projet 2025-2026 – Ajustement.docx',
} as const;

const REQ = '<abbr class="ui-req" title="obligatoire">*</abbr>';

/* ------------------------------------------------------------------------------------------ */
/* Shared page shell                                                                           */
/* ------------------------------------------------------------------------------------------ */

function banner(): string {
  return `<div role="note" class="mk-banner" id="bandeau-maquette">
  <strong>${esc(MOCK_BANNER_TEXT)}</strong> — données fictives, aucune information n’est transmise.
</div>`;
}

function page(title: string, css: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
${BASE_CSS}
${css}
</style>
</head>
<body>
${banner()}
${body}
${script ? `<script>\n${script}\n</script>` : ''}
</body>
</html>
`;
}

/* The right ~380px stay free for the extension panel: content is left-aligned, max 940px. */
const BASE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:15px}
body{margin:0;font-family:Arial,"Liberation Sans",Helvetica,sans-serif;color:#1e1e1e;background:#f3f4f6;line-height:1.4}
.mk-banner{background:#fff4c2;border-bottom:2px solid #c99a00;color:#4a3900;padding:6px 24px;font-size:.9rem}
abbr.ui-req{color:#b3261e;text-decoration:none;font-weight:bold;margin-left:2px}
[hidden]{display:none!important}
button{font:inherit;cursor:pointer}
textarea{font:inherit;width:100%;min-height:5.5em;resize:vertical}
input,select,textarea{font:inherit}
`;

/* ------------------------------------------------------------------------------------------ */
/* Elan — carrier side: the step-by-step request form                                          */
/* ------------------------------------------------------------------------------------------ */

const ELAN_CSS = `
.ui-layout-north{background:#0b3b70;color:#fff;padding:0 24px;height:56px;display:flex;align-items:center;gap:18px}
.ui-layout-north .j-logo{font-weight:bold;font-size:1.25rem;letter-spacing:.5px}
.ui-layout-north .j-logo span{color:#9cc7ff;font-weight:normal}
.ui-layout-north nav{font-size:.9rem;opacity:.9}
.ui-layout-north .j-user{font-size:.85rem;opacity:.85;margin-left:24px}
.ui-breadcrumb{padding:8px 32px;font-size:.85rem;color:#444;background:#e6eaf0}
.ui-layout-center{max-width:940px;margin:0 0 40px 32px;padding-top:12px}
h1{font-size:1.35rem;margin:.4em 0 .2em;color:#0b3b70}
.j-sub{margin:0 0 12px;color:#555;font-size:.9rem}
.ui-steps{list-style:none;display:flex;gap:4px;padding:0;margin:8px 0 4px;flex-wrap:wrap}
.ui-steps li{flex:1 1 0;min-width:110px;background:#dfe5ee;color:#333;font-size:.8rem;padding:6px 8px;border-top:4px solid #b7c3d4}
.ui-steps li[aria-current="step"]{background:#fff;border-top-color:#0b3b70;font-weight:bold;color:#0b3b70}
.ui-steps li.j-done{border-top-color:#5d8fc9}
.j-stepline{font-size:.95rem;margin:8px 0 12px;color:#0b3b70}
.ui-panel{background:#fff;border:1px solid #c9d1dc;border-radius:3px;padding:16px 20px;margin-bottom:14px}
.ui-panel h2{font-size:1.1rem;margin:0 0 12px;color:#0b3b70;border-bottom:1px solid #e1e6ed;padding-bottom:6px}
.ui-panel h3{font-size:1rem;margin:14px 0 4px}
.ui-g{display:grid;grid-template-columns:250px 1fr;gap:10px 14px;align-items:start;margin-bottom:10px}
.ui-g > .ui-g-l{padding-top:5px;font-size:.92rem}
.ui-inputtext{border:1px solid #9aa7b7;border-radius:2px;padding:5px 7px;background:#fff;width:100%;max-width:420px}
.ui-inputtext.j-short{max-width:140px}
.ui-inputtext:focus,textarea:focus{outline:2px solid #2f6fbf;outline-offset:1px}
textarea.ui-inputtextarea{border:1px solid #9aa7b7;border-radius:2px;padding:6px 8px}
fieldset.ui-fieldset{border:1px solid #c9d1dc;border-radius:3px;margin:0 0 12px;padding:8px 14px 12px}
fieldset.ui-fieldset > legend{font-weight:bold;padding:0 6px;color:#0b3b70}
.j-choices label{display:inline-flex;align-items:center;gap:6px;margin:3px 18px 3px 0;font-size:.93rem}
.j-choices.j-col label{display:flex}
.j-help{font-size:.82rem;color:#5b6470;margin:2px 0 6px}
.j-q{display:block;font-size:.95rem;margin:10px 0 4px}
.j-levels{display:flex;flex-wrap:wrap;gap:2px 12px}
.j-levels label{display:inline-flex;gap:4px;align-items:center;font-size:.9rem}
.j-coll-actions{margin-top:8px}
.ui-button{border:1px solid #0b3b70;background:#0b3b70;color:#fff;border-radius:3px;padding:7px 16px}
.ui-button.j-secondary{background:#fff;color:#0b3b70}
a.ui-button{display:inline-block;text-decoration:none}
.ui-button.j-danger{background:#fff;color:#a11c1c;border-color:#a11c1c;padding:4px 10px;font-size:.85rem}
.ui-button[disabled]{opacity:.45;cursor:default}
.j-toolbar{display:flex;gap:10px;align-items:center;margin:18px 0 8px;padding:12px 0;border-top:1px solid #c9d1dc}
.j-status{font-size:.9rem;color:#1d6b2f;min-height:1.2em}
table.ui-datatable{border-collapse:collapse;width:100%;max-width:640px;margin-bottom:12px}
table.ui-datatable th,table.ui-datatable td{border:1px solid #d3d9e2;padding:4px 8px;text-align:left;font-size:.92rem}
table.ui-datatable thead th{background:#e6eaf0}
table.ui-datatable tr.j-sub th{font-weight:normal;padding-left:26px}
table.ui-datatable tr.j-total th,table.ui-datatable tr.j-total td{background:#f2f5f9;font-weight:bold}
table.ui-datatable td input{max-width:180px;text-align:right}
table.ui-datatable tbody th[scope=row]{width:62%}
.j-files{margin:4px 0 0;padding-left:18px;font-size:.9rem}
.j-info{background:#eef4fb;border-left:4px solid #5d8fc9;padding:8px 12px;font-size:.88rem;margin:10px 0}
.j-count{font-size:.92rem;margin:0 0 10px}
`;

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
  return page('Elan — Demande Clas 2025-2026 (maquette)', ELAN_CSS, body, ELAN_FORM_SCRIPT);
}

/** One collective block. `idx` is the id index (never reused), `num` the displayed number. */
function collectiveBlock(
  idx: number | string,
  num: number | string,
  col: Collective | undefined,
  L: (key: LabelKey) => string,
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

/* Inline script of the Elan form: step swapping, collectives, totals, draft saving. */
const ELAN_FORM_SCRIPT = String.raw`(function () {
  'use strict';
  var form = document.getElementById('formDemande');
  if (!form) return;
  var TITLES = ${JSON.stringify(ELAN_STEP_TITLES)};
  var sections = Array.prototype.slice.call(form.querySelectorAll('section[data-etape]'));
  var total = sections.length;
  var current = Number(form.getAttribute('data-etape-initiale')) || 1;
  var prev = form.querySelector('[data-action="precedent"]');
  var next = form.querySelector('[data-action="suivant"]');
  var status = document.getElementById('formDemande:j_idt505');
  var stepLine = document.getElementById('j_idt18:stepLabel');
  // One page per step (the multi-page variant): the steps are other addresses, nothing to swap.
  var multi = form.hasAttribute('data-pages');

  function fromHash() {
    var m = /^#etape-(\d+)$/.exec(location.hash);
    return m ? Number(m[1]) : 0;
  }
  function show(n) {
    n = Math.max(1, Math.min(total, n));
    current = n;
    sections.forEach(function (s) { s.hidden = Number(s.getAttribute('data-etape')) !== n; });
    for (var i = 1; i <= total; i++) {
      var li = document.getElementById('j_idt18:step' + i);
      if (!li) continue;
      if (i === n) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
      li.className = i < n ? 'j-done' : '';
    }
    stepLine.textContent = 'Étape ' + n + ' sur ' + total + ' — ' + TITLES[n - 1];
    prev.disabled = n === 1;
    next.disabled = n === total;
    if (status) status.textContent = '';
  }
  function go(n) {
    n = Math.max(1, Math.min(total, n));
    show(n); // synchronously: the new step is in place when the click returns
    if (fromHash() !== n) location.hash = '#etape-' + n; // history entry; hashchange is a no-op
    window.scrollTo(0, 0);
  }
  if (!multi) {
    window.addEventListener('hashchange', function () {
      var n = fromHash();
      if (n && n !== current) show(n);
    });
    var initial = fromHash();
    if (initial) show(initial);
    else {
      try { history.replaceState(null, '', '#etape-' + current); } catch (e) { /* file:// */ }
      show(current);
    }
  }

  /* Collectives */
  var list = document.getElementById('formDemande:collectifs');
  var tpl = document.getElementById('formDemande:collectifTpl');
  var count = document.getElementById('formDemande:j_idt120');
  function renumber() {
    var blocks = list.querySelectorAll('fieldset[data-collectif]');
    for (var i = 0; i < blocks.length; i++) {
      var legend = blocks[i].querySelector('legend');
      if (legend) legend.textContent = 'Collectif ' + (i + 1);
      var del = blocks[i].querySelector('[data-action="supprimer-collectif"]');
      if (del) del.setAttribute('aria-label', 'Supprimer le collectif ' + (i + 1));
    }
    count.textContent = String(blocks.length);
  }
  function addCollective() {
    var idx = Number(list.getAttribute('data-next-index')) || 0;
    list.setAttribute('data-next-index', String(idx + 1));
    var n = list.querySelectorAll('fieldset[data-collectif]').length + 1;
    var html = tpl.innerHTML.split('__IDX__').join(String(idx)).split('__NUM__').join(String(n));
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var block = holder.firstElementChild;
    list.appendChild(block);
    renumber();
    var first = block.querySelector('input[type="text"]');
    if (first) first.focus();
  }

  /* Budget totals, recomputed when a line changes (as the real form does) */
  function parseAmount(s) {
    var t = String(s).replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
    if (t === '') return 0;
    return /^-?\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : NaN;
  }
  function fmt(c) {
    var e = Math.floor(c / 100), d = String(c % 100);
    return String(e).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + ',' + (d.length < 2 ? '0' + d : d);
  }
  function recompute(kind, totalKind) {
    var sum = 0, ok = true;
    form.querySelectorAll('input[data-budget="' + kind + '"]').forEach(function (i) {
      var c = parseAmount(i.value);
      if (isNaN(c)) ok = false; else sum += c;
    });
    var t = form.querySelector('input[data-budget="' + totalKind + '"]');
    if (t && ok) t.value = fmt(sum);
  }
  form.addEventListener('input', function (ev) {
    var k = ev.target && ev.target.getAttribute && ev.target.getAttribute('data-budget');
    if (k === 'charge') recompute('charge', 'total-charges');
    if (k === 'produit') recompute('produit', 'total-produits');
  });

  /* Attachments: a chosen file joins the list of the row */
  form.addEventListener('change', function (ev) {
    var input = ev.target;
    if (!input || input.type !== 'file' || !input.files || !input.files.length) return;
    var ul = input.closest('tr').querySelector('ul');
    var empty = ul.querySelector('em');
    if (empty) ul.innerHTML = '';
    Array.prototype.forEach.call(input.files, function (f) {
      var li = document.createElement('li');
      li.textContent = f.name + ' (ajouté, non transmis)';
      ul.appendChild(li);
    });
  });

  form.addEventListener('click', function (ev) {
    var btn = ev.target && ev.target.closest ? ev.target.closest('[data-action]') : null;
    if (!btn || btn.disabled) return;
    var a = btn.getAttribute('data-action');
    if (a === 'precedent') go(current - 1);
    else if (a === 'suivant') go(current + 1);
    else if (a === 'enregistrer') {
      var now = new Date();
      status.textContent = 'Brouillon enregistré à ' + String(now.getHours()).padStart(2, '0') + ':' +
        String(now.getMinutes()).padStart(2, '0') + ' (maquette : rien n’est transmis).';
    } else if (a === 'ajouter-collectif') addCollective();
    else if (a === 'supprimer-collectif') {
      var block = btn.closest('fieldset[data-collectif]');
      if (block) block.remove();
      renumber();
    }
  });
  form.addEventListener('submit', function (ev) { ev.preventDefault(); });
})();`;

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

/* ------------------------------------------------------------------------------------------ */
/* Elan — instructor side: read-only summary                                                   */
/* ------------------------------------------------------------------------------------------ */

const SUMMARY_CSS = `
.ui-layout-north{background:#0b3b70;color:#fff;padding:0 24px;height:56px;display:flex;align-items:center;gap:18px}
.ui-layout-north .j-logo{font-weight:bold;font-size:1.25rem}
.ui-layout-north .j-logo span{color:#f7c873;font-weight:normal}
.ui-breadcrumb{padding:8px 32px;font-size:.85rem;color:#444;background:#e6eaf0}
.ui-layout-center{max-width:940px;margin:0 0 40px 32px;padding-top:12px}
h1{font-size:1.3rem;color:#0b3b70;margin:.4em 0 .2em}
.j-sub{color:#555;font-size:.9rem;margin:0 0 12px}
.j-state{display:inline-block;background:#fde8c8;color:#7a4b00;border:1px solid #e3b66b;padding:2px 8px;border-radius:10px;font-size:.8rem;margin-left:8px}
.ui-panel{background:#fff;border:1px solid #c9d1dc;border-radius:3px;padding:14px 20px;margin-bottom:14px}
.ui-panel h2{font-size:1.05rem;margin:0 0 10px;color:#0b3b70;border-bottom:1px solid #e1e6ed;padding-bottom:6px}
dl.j-dl{display:grid;grid-template-columns:300px 1fr;gap:6px 14px;margin:0}
dl.j-dl dt{color:#4b5563;font-size:.9rem}
dl.j-dl dd{margin:0;font-size:.93rem;white-space:pre-wrap}
table.ui-datatable{border-collapse:collapse;width:100%;margin:4px 0 10px}
table.ui-datatable th,table.ui-datatable td{border:1px solid #d3d9e2;padding:4px 8px;text-align:left;font-size:.9rem}
table.ui-datatable thead th{background:#e6eaf0}
table.ui-datatable td.j-num{text-align:right;white-space:nowrap}
table.ui-datatable tr.j-total th,table.ui-datatable tr.j-total td{font-weight:bold;background:#f2f5f9}
table.ui-datatable tr.j-sub th{font-weight:normal;padding-left:26px}
ul.j-files{margin:0;padding-left:18px}
.j-toolbar{display:flex;gap:10px;margin-top:16px}
.ui-button{border:1px solid #0b3b70;background:#0b3b70;color:#fff;border-radius:3px;padding:7px 16px}
.ui-button.j-secondary{background:#fff;color:#0b3b70}
.j-status{font-size:.9rem;color:#1d6b2f;align-self:center}
`;

const SITUATION_TEXT: Record<string, string> = {
  'first-request': 'Première demande',
  'renewal-unchanged': 'Renouvellement sans changement',
  'renewal-changed': 'Renouvellement avec changements',
};

/** The dossier number an instructor's page shows: stable for a carrier's name. */
export function elanDossierNumber(d: Dossier): string {
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
  const script = `document.addEventListener('click', function (ev) {
  var b = ev.target && ev.target.closest ? ev.target.closest('[data-action]') : null;
  if (!b) return;
  document.getElementById('j_idt613').textContent = 'Maquette : aucune action n’est transmise.';
});`;
  return page('Elan — Instruction Clas 2025-2026 (maquette)', SUMMARY_CSS, body, script);
}

/* ------------------------------------------------------------------------------------------ */
/* MonComptePartenaire — provisional data 2025 for the PS Clas                                 */
/* ------------------------------------------------------------------------------------------ */

const MCP_CSS = `
body{background:#ffffff;font-family:"Segoe UI",Roboto,Arial,sans-serif}
.mcp-top{display:flex;align-items:center;gap:16px;padding:10px 24px;border-bottom:4px solid #00857c;background:#fff}
.mcp-top .brand{font-size:1.3rem;font-weight:600;color:#00574f}
.mcp-top .brand small{display:block;font-size:.78rem;color:#4d6b68;font-weight:normal}
.mcp-top .who{font-size:.85rem;color:#333;margin-left:40px}
.mcp-wrap{display:flex;max-width:986px}
.mcp-side{width:200px;flex:none;background:#eef6f5;min-height:calc(100vh - 100px);padding:14px 0;font-size:.88rem}
.mcp-side a{display:block;padding:7px 18px;color:#00574f;text-decoration:none}
.mcp-side a[aria-current="page"]{background:#00857c;color:#fff}
.mcp-main{flex:1;padding:14px 24px 40px;max-width:760px}
h1{font-size:1.25rem;color:#00574f;margin:.3em 0}
.mcp-meta{font-size:.85rem;color:#555;margin:0 0 14px}
.mcp-card{border:1px solid #cfe0de;border-radius:6px;padding:12px 16px;margin-bottom:16px;background:#fbfefe}
.mcp-card h2{font-size:1rem;margin:0 0 10px;color:#00574f;text-transform:uppercase;letter-spacing:.4px}
.mcp-field{display:flex;gap:12px;align-items:center;margin:8px 0}
.mcp-field label{width:330px;font-size:.9rem}
.mcp-in{border:1px solid #8fb3af;border-radius:4px;padding:5px 8px;width:150px;text-align:right;font:inherit}
table.mcp-t{border-collapse:collapse;width:100%;font-size:.88rem;margin-bottom:6px}
table.mcp-t th,table.mcp-t td{border-bottom:1px solid #d7e6e4;padding:5px 6px;text-align:left}
table.mcp-t thead th{color:#00574f;border-bottom:2px solid #00857c;font-weight:600}
table.mcp-t td input{width:120px}
table.mcp-t tbody th[scope=row]{width:58%}
table.mcp-t tr.tot th,table.mcp-t tr.tot td{font-weight:700}
dl.mcp-dl{display:grid;grid-template-columns:320px 1fr;gap:5px 12px;margin:0;font-size:.9rem}
dl.mcp-dl dt{color:#4d6b68}
dl.mcp-dl dd{margin:0}
.mcp-badge{display:inline-block;padding:1px 8px;border-radius:9px;font-size:.8rem}
.mcp-ok{background:#dff3e6;color:#145c2c}
.mcp-ko{background:#fdecea;color:#8a1c13}
.mcp-actions{display:flex;gap:10px;margin-top:14px}
.mcp-btn{background:#00857c;color:#fff;border:0;border-radius:18px;padding:8px 20px}
.mcp-btn.sec{background:#fff;color:#00574f;border:1px solid #00857c}
a.mcp-btn{display:inline-block;text-decoration:none}
.mcp-status{font-size:.88rem;color:#145c2c;align-self:center}
.mcp-checks label{display:block;margin:4px 0;font-size:.9rem}
`;

/** The number MonComptePartenaire gives a declaration: stable for a carrier's name. */
export function mcpDossierNumber(d: Dossier): string {
  return `MCP-88-2025-${String(hash(`mcp ${d.carrier?.name ?? ''}`) % 100000).padStart(5, '0')}`;
}

/** The declaration's pages when it is split, one address each (`renderMcp`'s `pages`). */
export const MCP_PAGE_TITLES = [
  'Activité prévisionnelle',
  'Budget prévisionnel',
  'Bonus, bilan et questionnaire',
] as const;

export interface McpOptions {
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
  const script = `document.addEventListener('click', function (ev) {
  var b = ev.target && ev.target.closest ? ev.target.closest('[data-action]') : null;
  if (!b) return;
  ev.preventDefault();
  document.getElementById('mcp-status').textContent = b.getAttribute('data-action') === 'enregistrer'
    ? 'Brouillon enregistré (maquette).' : 'Maquette : aucune déclaration n’est transmise.';
});`;
  return page(
    'MonComptePartenaire — Données prévisionnelles 2025 Clas (maquette)',
    MCP_CSS,
    body,
    script,
  );
}
