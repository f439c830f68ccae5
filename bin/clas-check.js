#!/usr/bin/env node
// clas-check — built by `npm run build:cli` (scripts/build-cli.ts) from cli/ and rules/.
// Do not edit: change the sources and rebuild; a unit test fails when this file is stale.

// rules/dates.ts
var DAY_MS = 864e5;
function daysBetween(fromIso, toIso) {
  return Math.round(
    (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS
  );
}
var twoDigits = (n) => String(n).padStart(2, "0");
function localDay(at) {
  return `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
}
function todayIso(now = /* @__PURE__ */ new Date()) {
  return localDay(now);
}
function isValidIsoDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function isIsoMonth(s) {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}
function isDayOrMonth(s) {
  return isValidIsoDate(s) || isIsoMonth(s);
}
function lastDayOf(dayOrMonth2) {
  if (!isIsoMonth(dayOrMonth2)) return dayOrMonth2;
  const [y, m] = dayOrMonth2.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${dayOrMonth2}-${twoDigits(last)}`;
}
function firstDayOf(dayOrMonth2) {
  return isIsoMonth(dayOrMonth2) ? `${dayOrMonth2}-01` : dayOrMonth2;
}

// rules/campaigns/88/2025-2026.json
var __default = {
  format: "clas-campaign/1",
  department: "88",
  departmentName: "Vosges",
  campaign: "2025-2026",
  previousCampaign: "2024-2025",
  note: "Note de cadrage départementale CLAS Vosges, année 2025/2026",
  period: { from: "2025-09-01", to: "2026-08-31" },
  parameters: {
    depositOpens: {
      value: "2025-06-20",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§2",
        quote: "vous devrez entre le 20 juin 2025 et le 31 juillet 2025"
      }
    },
    depositCloses: {
      value: "2025-07-31",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§4",
        quote: "Dépôt des dossiers Clas 2025/2026 entre le 20 juin 2025 et le 31 juillet 2025"
      }
    },
    bilanDue: {
      value: "2025-07-31",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§4",
        quote: "complétude du document Bilan 2024-2025 à compter du 20 juin 2025 et jusqu'au 31 juillet 2025"
      }
    },
    sphinxDue: {
      value: "2025-09",
      from: "2025-09-01",
      to: "2025-09-30",
      source: {
        section: "§1, §4",
        quote: "Compléter obligatoirement un questionnaire Sphinx, en septembre 2025"
      }
    },
    committeeDate: {
      value: "2025-10",
      from: "2025-10-01",
      to: "2025-10-31",
      source: {
        section: "§4",
        quote: "Comité départemental Clas : octobre 2025"
      }
    },
    decisionDate: {
      value: "2025-11",
      from: "2025-11-01",
      to: "2025-11-30",
      source: {
        section: "§4",
        quote: "Passage dans les instances décisionnaires : novembre 2025"
      }
    },
    psRatePercent: {
      value: 32.5,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d'un groupe de huit à douze enfants"
      }
    },
    psCeilingEuros: {
      value: 8487,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "dans la limite d'un prix plafond de 8 487 € par an par groupe"
      }
    },
    psMaximumEuros: {
      value: 2758.28,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "soit une valeur maximale de la Ps de 2 758.28 € pour l'année scolaire 2025-2026, dans la limite des Fonds disponibles"
      }
    },
    bonusChildrenEuros: {
      value: 329,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "Bonus « enfants » : soutien à la mise en place de projets culturels et éducatifs au sein des Clas (329 € par collectif d'enfants)"
      }
    },
    bonusParentsEuros: {
      value: 329,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "Bonus « parents » : renforcement de l'action des Clas en matière de soutien à la parentalité (329 € par collectif d'enfants)"
      }
    },
    msaFlatEuros: {
      value: 1e3,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.2",
        quote: "Le financement de la MSA Lorraine prend la forme d'un forfait de 1 000€ / porteur de projet quel que soit le nombre de collectifs proposés"
      }
    },
    tneMinEuros: {
      value: 100,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.3",
        quote: "Ce financement pourra aller de 100 € à 500 € par collectif et selon le type d'action"
      }
    },
    tneMaxEuros: {
      value: 500,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.3",
        quote: "Ce financement pourra aller de 100 € à 500 € par collectif et selon le type d'action"
      }
    },
    groupMinChildren: {
      value: 8,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "des actions conduites auprès d'un groupe de huit à douze enfants"
      }
    },
    groupMaxChildren: {
      value: 12,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "§3.1",
        quote: "des actions conduites auprès d'un groupe de huit à douze enfants"
      }
    },
    groupMinStaff: {
      value: 2,
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "page nationale Clas de la Caf",
        url: "https://caf.fr/professionnels/offres-et-services/dispositif-partenaires/contrat-local-d-accompagnement-la-scolarite"
      }
    },
    schoolLevels: {
      value: ["CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e", "3e", "2nde", "1re", "Tle"],
      from: "2025-09-01",
      to: "2026-08-31",
      source: {
        section: "Introduction",
        quote: "C'est un dispositif partenarial, hors temps scolaire, qui s'adresse aux enfants du CP à la Terminale."
      }
    },
    forecastYear: {
      value: "2025",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§2",
        quote: "saisir les données prévisionnelles 2025 sur MonComptePartenaire"
      }
    },
    pluriannualCampaigns: {
      value: ["2025-2026", "2026-2027"],
      from: "2025-09-01",
      to: "2027-08-31",
      source: {
        section: "§2",
        quote: "vous devez optez pour la pluri annualité qui peut concerner les campagnes 2025/2026, 2026/2027"
      }
    },
    bilanDocument: {
      value: "Bilan CLAS 2024-2025",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§1",
        quote: "Compléter et envoyer le Bilan CLAS 2024-2025 au Pôle partenaires de la Caf"
      }
    },
    adjustmentDocument: {
      value: "Projet 2025-2026 - Ajustement du projet 2024-2025",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§2",
        quote: "compléter le document « Projet 2025-2026 - Ajustement du projet 2024-2025 »"
      }
    },
    cityCofundingYear: {
      value: "2024",
      from: "2025-06-20",
      to: "2025-07-31",
      source: {
        section: "§3.4",
        quote: "Si un cofinancement politique de la ville a été obtenu pour l'année 2024, vous devez impérativement le mentionner dans le budget prévisionnel"
      }
    }
  }
};

// rules/money.ts
function eurosToCents(euros3) {
  return Math.round(euros3 * 100);
}
function applyRateHalfUp(cents, basisPoints) {
  return Math.floor((cents * basisPoints + 5e3) / 1e4);
}
function shareHalfUp(totalCents, parts) {
  return Math.floor((2 * totalCents + parts) / (2 * parts));
}

// rules/campaigns/campaign.ts
var CampaignFileError = class extends Error {
};
function toCampaign(file, origin = "fichier de paramètres") {
  const p = file.parameters;
  const psRateBasisPoints = Math.round(p.psRatePercent.value * 100);
  const psCeilingCents = eurosToCents(p.psCeilingEuros.value);
  const psMaximumCents = eurosToCents(p.psMaximumEuros.value);
  const computedMax = applyRateHalfUp(psCeilingCents, psRateBasisPoints);
  if (computedMax !== psMaximumCents) {
    throw new CampaignFileError(
      `Paramètres de campagne incohérents (${origin}) : ${p.psRatePercent.value} % de ${p.psCeilingEuros.value} € donne ${computedMax / 100} €, la note annonce ${p.psMaximumEuros.value} €`
    );
  }
  return {
    file,
    department: file.department,
    departmentName: file.departmentName,
    campaign: file.campaign,
    previousCampaign: file.previousCampaign,
    depositOpens: p.depositOpens.value,
    depositCloses: p.depositCloses.value,
    bilanDue: p.bilanDue.value,
    sphinxDue: p.sphinxDue.value,
    committeeDate: p.committeeDate.value,
    decisionDate: p.decisionDate.value,
    psRateBasisPoints,
    psRatePercent: p.psRatePercent.value,
    psCeilingCents,
    psMaximumCents,
    bonusChildrenCents: eurosToCents(p.bonusChildrenEuros.value),
    bonusParentsCents: eurosToCents(p.bonusParentsEuros.value),
    msaFlatCents: eurosToCents(p.msaFlatEuros.value),
    tneMinCents: eurosToCents(p.tneMinEuros.value),
    tneMaxCents: eurosToCents(p.tneMaxEuros.value),
    groupMinChildren: p.groupMinChildren.value,
    groupMaxChildren: p.groupMaxChildren.value,
    groupMinStaff: p.groupMinStaff.value,
    schoolLevels: p.schoolLevels.value,
    forecastYear: p.forecastYear.value,
    pluriannualCampaigns: p.pluriannualCampaigns.value,
    bilanDocument: p.bilanDocument.value,
    adjustmentDocument: p.adjustmentDocument.value,
    cityCofundingYear: p.cityCofundingYear.value
  };
}

// rules/campaigns/registry.ts
var CAMPAIGN_FILES = {
  "88/2025-2026": __default
};
var UnknownCampaignError = class extends Error {
  constructor(department, campaign, known) {
    const list2 = known.map((c) => `${c.department} ${c.campaign}`).join(", ");
    super(
      `Aucun paramètre pour la campagne ${campaign} du département ${department} : l’outil ne connaît que ${list2}. Vérifiez les champs « campaign » et « department » du dossier.`
    );
    this.department = department;
    this.campaign = campaign;
    this.name = "UnknownCampaignError";
  }
  department;
  campaign;
};
var CampaignRegistry = class {
  byKey = /* @__PURE__ */ new Map();
  /** `load` checks each file: `loadCampaign` validates its shape too (see load-campaign.ts). */
  constructor(files, load = (json, origin) => toCampaign(json, origin)) {
    for (const [origin, json] of Object.entries(files)) {
      const c = load(json, origin);
      this.byKey.set(`${c.department}/${c.campaign}`, c);
    }
  }
  list() {
    return [...this.byKey.values()];
  }
  /** The most recent campaign of the department (the dossier's default). */
  latest(department) {
    return this.list().filter((c) => c.department === department).sort((a, b) => b.campaign.localeCompare(a.campaign))[0];
  }
  resolve(department, campaign) {
    const dep = department ?? DEFAULT_DEPARTMENT;
    const found = campaign ? this.byKey.get(`${dep}/${campaign}`) : this.latest(dep);
    if (!found) throw new UnknownCampaignError(dep, campaign ?? "(la plus récente)", this.list());
    return found;
  }
};
var DEFAULT_DEPARTMENT = "88";
var defaultRegistry = new CampaignRegistry(CAMPAIGN_FILES);

// rules/dossier-fields.ts
var SITUATIONS = ["first-request", "renewal-unchanged", "renewal-changed"];
var PORTALS = ["elan", "mcp", "other"];
var AXES = ["children", "parents", "school", "territory"];
var DESCRIPTIONS = [
  "childrenActions",
  "parentActions",
  "schoolRelations",
  "localResources",
  "organisation",
  "evaluation"
];
var ATTACHMENTS = ["previousBilan", "cdRecapSheet", "adjustmentDocument"];
var COLLECTIVE_FIELDS = ["name", "children", "levels", "staff", "expenses"];
var DOSSIER_INPUT_FIELDS = [
  "carrier.name",
  "carrier.situation",
  "carrier.fundedLastYear",
  "carrier.pluriannual",
  "carrier.agreementInForce",
  "collectives",
  ...AXES.map((a) => `axes.${a}`),
  ...DESCRIPTIONS.map((k) => `descriptions.${k}`),
  "budget.operatingExpenses",
  "budget.chargesTotal",
  "budget.productsTotal",
  "budget.cafRequested",
  "budget.departmentalCouncil",
  "budget.msa",
  "budget.cityContract",
  "bonuses.children.requested",
  "bonuses.children.justification",
  "bonuses.parents.requested",
  "bonuses.parents.justification",
  "bonuses.tne.requested",
  "bonuses.tne.collectives",
  "bonuses.tne.actions",
  "bonuses.tne.fundedByCdElsewhere",
  "msa.requested",
  "msa.ruralTerritory",
  "cityContract.requested",
  "cityContract.addedValue",
  "cityContract.obtainedLastYear",
  ...ATTACHMENTS.map((a) => `attachments.${a}`),
  "sphinxCompleted"
];

// rules/field-unreadable.ts
var FIELD_UNREADABLE = {
  severity: "warning",
  condition: "une valeur de la page n’a pas pu être lue comme attendu (« 12abc » enfants)",
  source: "lecture de la page",
  title: "Valeur illisible",
  parameters: []
};

// rules/catalogue.ts
var NATIONAL_PAGE_URL = "https://caf.fr/professionnels/offres-et-services/dispositif-partenaires/contrat-local-d-accompagnement-la-scolarite";
var TNE_LOST = "à vérifier ; tant qu’elle est là, le bonus TNE n’est pas compté";
var RULES = {
  "deposit.window": {
    severity: "blocking",
    severityNote: "bloquant après la clôture du dépôt ; à vérifier avant son ouverture",
    condition: "la date de dépôt (à défaut, la date de vérification) est hors de la période de dépôt, bornes comprises",
    source: "§2, §4",
    title: "Période de dépôt",
    quote: "vous devrez entre le 20 juin 2025 et le 31 juillet 2025 […] toute demande déposée hors délai ne sera plus recevable pour instruction",
    parameters: ["depositOpens", "depositCloses"]
  },
  "portal.channel": {
    severity: "warning",
    condition: "sur MonComptePartenaire : une première demande, ou un renouvellement sans agrément pluriannuel en cours (un premier renouvellement se dépose sur Elan) ; sur Elan : un renouvellement sans changement d’un porteur déjà agréé (il se déclare sur MonComptePartenaire). Rien quand l’agrément en cours n’est pas indiqué et que le reste ne permet pas de trancher",
    source: "§2, §4",
    title: "Plateforme de dépôt",
    quote: "sur la plateforme ELAN pour les premières demandes et les premiers renouvellements […] sur MonComptePartenaire pour les porteurs agréé pour 3 ans et envoi du document au Pôle Partenaires de la Caf",
    parameters: ["forecastYear"]
  },
  "pluriannual.required": {
    severity: "blocking",
    condition: "un renouvellement (ou un porteur financé l’an dernier) sans l’option pluriannuelle",
    source: "§2",
    title: "Pluriannualité obligatoire",
    quote: "Si vous portés déjà un Clas : vous devez optez pour la pluri annualité qui peut concerner les campagnes 2025/2026, 2026/2027",
    parameters: ["pluriannualCampaigns"]
  },
  "pluriannual.first-request": {
    severity: "warning",
    condition: "une première demande avec l’option pluriannuelle",
    source: "§2",
    title: "Première demande sur un an",
    quote: "Si vous faites une demande CLAS pour la première fois : vous ne serez conventionné que sur une année soit pour l’année 2025/2026",
    parameters: []
  },
  "bilan.required": {
    severity: "blocking",
    condition: "un porteur financé l’an dernier sans le bilan de l’année précédente joint",
    source: "§2 « Important »",
    title: "Bilan de l’année précédente",
    quote: "si vous avez bénéficié d’un financement Clas 2024/2025, et que vous déposez une demande pour 2025/2026, vous devez impérativement fournir un bilan. Toute nouvelle demande, sans fournir un bilan de l’année précédente, ne sera pas prise en compte.",
    parameters: ["bilanDocument"]
  },
  "adjustment.document": {
    severity: "blocking",
    condition: "un renouvellement avec changements sans le document d’ajustement",
    source: "§2",
    title: "Document d’ajustement",
    quote: "Si vous avez bénéficié d’un financement CLAS pour 2024-2025 et que vous poursuivez votre projet avec des changements, compléter le document « Projet 2025-2026 - Ajustement du projet 2024-2025 » […] et le renvoyer au Pôle Partenaires de la Caf des Vosges",
    parameters: ["adjustmentDocument"]
  },
  "axes.four": {
    severity: "blocking",
    condition: "un des quatre axes d’intervention n’est pas prévu",
    source: "§3.1",
    title: "Les quatre axes",
    quote: "proposer, de manière cumulative, des actions portant sur les quatre axes d’intervention suivants : un axe d’intervention auprès des enfants et des jeunes ; un axe d’intervention auprès et avec les parents ; un axe de concertation et de coordination avec l’école ; un axe de concertation et de coordination avec les acteurs du territoire.",
    parameters: []
  },
  "description.missing": {
    severity: "warning",
    condition: "une des six descriptions du projet est vide",
    source: "§2",
    title: "Description du projet",
    quote: "Il vous est ainsi demandé de détailler votre projet, son organisation pratique et ses critères d’évaluation. Vous décrirez les actions",
    parameters: []
  },
  "collectives.none": {
    severity: "blocking",
    condition: "aucun collectif déclaré",
    source: "§3.1",
    title: "Aucun collectif",
    quote: "la Caf définira le nombre de collectifs qu’elle retient au titre du financement de la Ps Clas",
    parameters: ["groupMinChildren", "groupMaxChildren"]
  },
  "collectives.none-eligible": {
    severity: "blocking",
    condition: "des collectifs, mais aucun de la taille retenue",
    source: "§3.1",
    title: "Aucun collectif éligible",
    quote: "Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d’un groupe de huit à douze enfants",
    parameters: ["groupMinChildren", "groupMaxChildren"]
  },
  "collective.size": {
    severity: "warning",
    condition: "un collectif en dessous ou au-dessus de la taille retenue : il ne compte pas pour la PS Clas",
    source: "§3.1",
    title: "Taille du collectif",
    quote: "Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d’un groupe de huit à douze enfants, dans la limite d’un prix plafond de 8 487 € par an par groupe, soit une valeur maximale de la Ps de 2 758.28 €",
    parameters: ["groupMinChildren", "groupMaxChildren", "psMaximumEuros"]
  },
  "collective.levels": {
    severity: "warning",
    condition: "un niveau scolaire hors du CP – Terminale",
    source: "page nationale, Introduction",
    title: "Niveaux scolaires",
    quote: "C’est un dispositif partenarial, hors temps scolaire, qui s’adresse aux enfants du CP à la Terminale.",
    parameters: ["schoolLevels"]
  },
  "collective.staff": {
    severity: "warning",
    condition: "un collectif encadré par moins d’adultes que le minimum",
    source: "page nationale Clas de la Caf",
    url: NATIONAL_PAGE_URL,
    title: "Encadrement",
    parameters: ["groupMinStaff"]
  },
  "budget.balance": {
    severity: "warning",
    condition: "total des charges et total des produits donnés et différents",
    source: "principe budgétaire",
    title: "Équilibre du budget",
    parameters: []
  },
  "caf.request-exceeds": {
    severity: "warning",
    condition: "montant demandé à la Caf au-dessus de la PS Clas et des bonus calculés, quand il y a au moins un collectif et que les dépenses de chacun sont connues",
    source: "§3.1",
    title: "Montant demandé à la Caf",
    quote: "soit une valeur maximale de la Ps de 2 758.28 € pour l’année scolaire 2025-2026, dans la limite des Fonds disponibles. […] Bonus « enfants » : soutien à la mise en place de projets culturels et éducatifs au sein des Clas (329 € par collectif d’enfants) ; Bonus « parents » : renforcement de l’action des Clas en matière de soutien à la parentalité (329 € par collectif d’enfants).",
    parameters: [
      "psRatePercent",
      "psCeilingEuros",
      "groupMinChildren",
      "groupMaxChildren",
      "bonusChildrenEuros",
      "bonusParentsEuros"
    ]
  },
  "bonus.children.justification": {
    severity: "warning",
    condition: "bonus « enfants » demandé sans justification",
    source: "§3.1",
    title: "Justification du bonus « enfants »",
    quote: "Ces bonus sont attribués par les Caf de manière cumulative ou isolée selon la plus-value de l’action proposée au regard des exigences figurant déjà dans le référentiel national Clas. Il faut en effet que les projets aillent au-delà du socle de la Ps Clas pour pouvoir prétendre à un bonus.",
    parameters: []
  },
  "bonus.parents.justification": {
    severity: "warning",
    condition: "bonus « parents » demandé sans justification",
    source: "§3.1",
    title: "Justification du bonus « parents »",
    quote: "Ces bonus sont attribués par les Caf de manière cumulative ou isolée selon la plus-value de l’action proposée au regard des exigences figurant déjà dans le référentiel national Clas. Il faut en effet que les projets aillent au-delà du socle de la Ps Clas pour pouvoir prétendre à un bonus.",
    parameters: []
  },
  "tne.cd-line": {
    severity: "warning",
    severityNote: TNE_LOST,
    condition: "bonus TNE demandé et aucun montant sur la ligne « Conseil départemental »",
    source: "§3.3",
    title: "Ligne « Conseil départemental »",
    quote: "Si vous demandez un « bonus parents : Territoires Numériques Educatifs » vous devez impérativement : inscrire dans le budget d’Elan, ou dans le budget prévisionnel 2025 sur MonComptePartenaire un montant sur la ligne « Conseil départemental ».",
    parameters: ["tneMinEuros", "tneMaxEuros", "forecastYear"]
  },
  "tne.recap-sheet": {
    severity: "warning",
    severityNote: TNE_LOST,
    condition: "bonus TNE demandé sans la fiche récapitulative du Conseil départemental jointe",
    source: "§3.3",
    title: "Fiche récapitulative du Conseil départemental",
    quote: "Si vous demandez un « bonus parents : Territoires Numériques Educatifs » vous devez impérativement : […] compléter et transmettre en pièce jointe, dans Elan, la fiche récapitulative du Conseil départemental, jointe en annexe de cette note de cadrage.",
    parameters: ["tneMinEuros", "tneMaxEuros"]
  },
  "tne.amount-range": {
    severity: "warning",
    condition: "bonus TNE demandé et ligne « Conseil départemental » hors de la fourchette par collectif concerné",
    source: "§3.3",
    title: "Montant TNE",
    quote: "Ce financement pourra aller de 100 € à 500 € par collectif et selon le type d’action",
    parameters: ["tneMinEuros", "tneMaxEuros"]
  },
  "tne.double-funding": {
    severity: "warning",
    severityNote: TNE_LOST,
    condition: "bonus TNE demandé pour des actions déjà financées par le Conseil départemental par ailleurs",
    source: "§3.3",
    title: "Double financement TNE",
    quote: "à l’exclusion des actions déjà financées par le Conseil départemental par d’autres dispositifs.",
    parameters: ["tneMinEuros", "tneMaxEuros"]
  },
  "msa.territory": {
    severity: "warning",
    condition: "financement MSA demandé sans territoire rural ou fragile",
    source: "§3.2",
    title: "Territoire MSA",
    quote: "Les projets éligibles au financement dans le cadre de l’enveloppe « Grandir en Milieu Rural » devront répondre aux exigences du référentiel national Clas diffusé par la CAF et être déployés sur les territoires ruraux et/ou fragiles au sens d’une faible densité de population et d’un taux de ressortissants MSA supérieur à la moyenne départementale.",
    parameters: ["msaFlatEuros"]
  },
  "city.added-value": {
    severity: "warning",
    condition: "cofinancement politique de la ville demandé (ou ligne au budget) sans sa plus-value",
    source: "§3.4",
    title: "Plus-value politique de la ville",
    quote: "Le cofinancement sollicité auprès de la politique de la ville devra préciser la plus-value apportée aux jeunes pris en charge, dans l’offre d’accompagnement à la scolarité.",
    parameters: []
  },
  "city.previous-cofunding": {
    severity: "warning",
    condition: "cofinancement politique de la ville obtenu l’année indiquée par la note et aucun montant sur sa ligne du budget",
    source: "§3.4",
    title: "Cofinancement politique de la ville",
    quote: "Si un cofinancement politique de la ville a été obtenu pour l’année 2024, vous devez impérativement le mentionner dans le budget prévisionnel, en veillant à valoriser les charges de personnel mobilisées pour mener à bien l’accompagnement, comme les adultes relais ou les Fonjep.",
    parameters: ["cityCofundingYear"]
  },
  "sphinx.required": {
    severity: "info",
    condition: "porteur financé l’an dernier et questionnaire Sphinx non complété",
    source: "§1, §4",
    title: "Questionnaire Sphinx",
    quote: "Compléter obligatoirement un questionnaire Sphinx, en septembre 2025. Le lien pour ce questionnaire sera disponible sur MonComptePartenaire. La complétude du questionnaire revêt un caractère obligatoire.",
    parameters: ["sphinxDue"]
  },
  "field.unreadable": FIELD_UNREADABLE
};
function ruleInfo(rule) {
  return Object.hasOwn(RULES, rule) ? RULES[rule] : void 0;
}

// rules/checks/context.ts
var isWaiting = (c) => typeof c === "object";
function givenCollective(ctx, index, key, test) {
  if (!ctx.read || ctx.read.isCollectiveRead(index, key)) return test();
  return { waits: [`collectives[${index}].${key}`] };
}
function given(ctx, paths, test) {
  const list2 = typeof paths === "string" ? [paths] : paths;
  const unread = ctx.read ? list2.filter((p) => !ctx.read.isRead(p)) : [];
  return unread.length > 0 ? { waits: unread } : test();
}
function waitsOf(conds) {
  return [...new Set(conds.filter(isWaiting).flatMap((c) => c.waits))];
}
function all(...conds) {
  if (conds.includes(false)) return false;
  const waits = waitsOf(conds);
  return waits.length > 0 ? { waits } : true;
}
function any(...conds) {
  if (conds.includes(true)) return true;
  const waits = waitsOf(conds);
  return waits.length > 0 ? { waits } : false;
}
function not(c) {
  return isWaiting(c) ? c : !c;
}
var HOLDS = Object.freeze({ findings: [], waits: [] });
function verdict(cond, make) {
  if (cond === false) return HOLDS;
  if (cond === true) {
    const made = make();
    return { findings: Array.isArray(made) ? made : [made], waits: [] };
  }
  return { findings: [], waits: [...new Set(cond.waits)] };
}
function combine(outcomes) {
  if (outcomes.length === 1) return outcomes[0];
  const waits = /* @__PURE__ */ new Set();
  const findings = [];
  for (const o of outcomes) {
    findings.push(...o.findings);
    for (const w of o.waits) waits.add(w);
  }
  return { findings, waits: [...waits] };
}
function finding(rule, message, field, severity = RULES[rule].severity) {
  const f = { rule, severity, message, source: RULES[rule].source };
  if (field !== void 0) f.field = field;
  return f;
}
function collectiveLabel(d, index) {
  const name = d.collectives?.[index]?.name?.trim();
  return name ? `« ${name} »` : `n° ${index + 1}`;
}
var isRenewal = (d) => d.carrier?.situation === "renewal-unchanged" || d.carrier?.situation === "renewal-changed" || d.carrier?.fundedLastYear === true;
var renewal = (ctx) => any(
  given(ctx, "carrier.situation", () => {
    const s = ctx.dossier.carrier?.situation;
    return s === "renewal-unchanged" || s === "renewal-changed";
  }),
  given(ctx, "carrier.fundedLastYear", () => ctx.dossier.carrier?.fundedLastYear === true)
);
function perCollective(ctx, each) {
  const list2 = given(ctx, "collectives", () => true);
  if (list2 !== true) return verdict(list2, () => []);
  return combine((ctx.dossier.collectives ?? []).map((_, i) => each(i)));
}
var isBlank = (s) => s === void 0 || s.trim() === "";

// rules/checks/project.ts
var AXIS_LABELS = {
  children: "auprès des enfants et des jeunes",
  parents: "auprès et avec les parents",
  school: "de concertation et de coordination avec l’école",
  territory: "de concertation et de coordination avec les acteurs du territoire"
};
var DESCRIPTION_LABELS = {
  childrenActions: "les actions conduites avec les enfants",
  parentActions: "les actions projetées avec et pour les parents",
  schoolRelations: "les relations avec les établissements scolaires",
  localResources: "la mobilisation des ressources du proche environnement",
  organisation: "l’organisation pratique du projet",
  evaluation: "les critères d’évaluation"
};
var axesFour = (ctx) => combine(
  AXES.map(
    (axis) => verdict(
      given(ctx, `axes.${axis}`, () => ctx.dossier.axes?.[axis] !== true),
      () => finding(
        "axes.four",
        `L’axe d’intervention ${AXIS_LABELS[axis]} n’est pas prévu : les quatre axes sont obligatoires pour la PS Clas. Prévoyez des actions sur cet axe.`,
        `axes.${axis}`
      )
    )
  )
);
var descriptionMissing = (ctx) => combine(
  DESCRIPTIONS.map(
    (key) => verdict(
      given(ctx, `descriptions.${key}`, () => isBlank(ctx.dossier.descriptions?.[key])),
      () => finding(
        "description.missing",
        `Décrivez ${DESCRIPTION_LABELS[key]} : cette description est vide.`,
        `descriptions.${key}`
      )
    )
  )
);

// rules/format-fr.ts
var NBSP = " ";
function formatCents(cents) {
  const sign = cents < 0 ? "−" : "";
  const abs = Math.abs(Math.round(cents));
  const euros3 = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  const grouped = String(euros3).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${grouped},${rest}${NBSP}€`;
}
var MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre"
];
function formatCentsRange(minCents, maxCents) {
  return minCents === maxCents ? formatCents(minCents) : `${formatCents(minCents)} – ${formatCents(maxCents)}`;
}
function formatDateFr(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const month = `${MONTHS[m - 1] ?? "?"} ${y}`;
  if (d === void 0) return month;
  return `${d === 1 ? "1er" : String(d)} ${month}`;
}
function formatDueFr(dayOrMonth2) {
  return /^\d{4}-\d{2}$/.test(dayOrMonth2) ? `en ${formatDateFr(dayOrMonth2)}` : `au plus tard le ${formatDateFr(dayOrMonth2)}`;
}
function formatPercent(value) {
  return `${String(value).replace(".", ",")}${NBSP}%`;
}
function formatDays(n) {
  const a = Math.abs(n);
  return `${a} jour${a > 1 ? "s" : ""}`;
}

// rules/checklist.ts
var SELF_CHECK = " (à vérifier par vous-même : le dossier ne le dit pas)";
function checklistFor(d, p, funding) {
  const items = [];
  const add = (item, done) => items.push({ item, done });
  const carrier = d.carrier;
  const renewal2 = isRenewal(d);
  add("Indiquer le nom de la structure porteuse", !isBlank(carrier?.name));
  add(
    "Préciser la situation : première demande ou renouvellement",
    carrier?.situation !== void 0
  );
  add(
    `Indiquer si la structure a été financée en ${p.previousCampaign}`,
    carrier?.fundedLastYear !== void 0
  );
  if (renewal2)
    add(
      `Opter pour la pluriannualité (campagnes ${p.pluriannualCampaigns.join(", ")})`,
      carrier?.pluriannual === true
    );
  for (const axis of AXES) add(`Prévoir des actions ${AXIS_LABELS[axis]}`, d.axes?.[axis] === true);
  for (const key of DESCRIPTIONS)
    add(`Décrire ${DESCRIPTION_LABELS[key]}`, !isBlank(d.descriptions?.[key]));
  add(`Organiser les séances hors temps scolaire${SELF_CHECK}`, false);
  const collectives = d.collectives ?? [];
  add(
    `Déclarer au moins un collectif de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants`,
    funding.eligibleCollectives > 0
  );
  collectives.forEach((c, i) => {
    const missing = [
      c.children === void 0 ? "le nombre d’enfants" : "",
      (c.levels ?? []).length === 0 ? "les niveaux scolaires" : "",
      c.staff === void 0 ? "le nombre d’encadrants" : "",
      funding.collectives[i]?.expensesCents === void 0 ? "les dépenses de fonctionnement" : ""
    ].filter(Boolean);
    add(
      missing.length === 0 ? `Collectif ${collectiveLabel(d, i)} : effectif, niveaux, encadrants et dépenses renseignés` : `Collectif ${collectiveLabel(d, i)} : indiquer ${missing.join(", ")}`,
      missing.length === 0
    );
  });
  const b = d.budget;
  add("Renseigner le total des charges du budget prévisionnel", b?.chargesTotal !== void 0);
  add("Renseigner le total des produits du budget prévisionnel", b?.productsTotal !== void 0);
  add(
    "Inscrire le montant demandé à la Caf (prestation de service Clas)",
    b?.cafRequested !== void 0
  );
  if (d.bonuses?.children?.requested === true)
    add("Justifier le bonus « enfants »", !isBlank(d.bonuses.children.justification));
  if (d.bonuses?.parents?.requested === true)
    add("Justifier le bonus « parents »", !isBlank(d.bonuses.parents.justification));
  if (d.bonuses?.children?.requested === true || d.bonuses?.parents?.requested === true)
    add(
      `Bonus demandé : prévoir la participation des animateurs à l’animation départementale parentalité et/ou au plan de formation proposé${SELF_CHECK}`,
      false
    );
  const tne = d.bonuses?.tne;
  if (tne?.requested === true) {
    add("Décrire les actions du bonus parents TNE", !isBlank(tne.actions));
    add(
      "Inscrire un montant sur la ligne « Conseil départemental » du budget",
      b?.departmentalCouncil !== void 0 && b.departmentalCouncil > 0
    );
    add(
      "Joindre la fiche récapitulative du Conseil départemental",
      d.attachments?.cdRecapSheet === true
    );
    add(
      "Indiquer si les actions TNE sont déjà financées par le Conseil départemental",
      tne.fundedByCdElsewhere !== void 0
    );
  }
  if (d.msa?.requested === true)
    add("Préciser si le territoire est rural ou fragile (MSA)", d.msa.ruralTerritory !== void 0);
  if (d.cityContract?.requested === true)
    add(
      "Préciser la plus-value du cofinancement politique de la ville",
      !isBlank(d.cityContract.addedValue)
    );
  if (d.cityContract?.obtainedLastYear === true)
    add(
      "Inscrire le cofinancement politique de la ville au budget prévisionnel",
      b?.cityContract !== void 0 && b.cityContract > 0
    );
  if (carrier?.fundedLastYear === true) {
    add(
      `Compléter le « ${p.bilanDocument} » et l’envoyer au Pôle partenaires de la Caf`,
      d.attachments?.previousBilan === true
    );
    add(
      `Compléter le questionnaire Sphinx ${formatDueFr(p.sphinxDue)}`,
      d.sphinxCompleted === true
    );
  }
  if (carrier?.situation === "renewal-changed")
    add(
      `Compléter le document « ${p.adjustmentDocument} » et le renvoyer au Pôle partenaires de la Caf`,
      d.attachments?.adjustmentDocument === true
    );
  if (d.portal === "mcp" || renewal2 && carrier?.agreementInForce === true)
    add(
      `Dépôt sur MonComptePartenaire : envoyer le document au Pôle partenaires de la Caf${SELF_CHECK}`,
      false
    );
  return items;
}

// rules/checks/agreement.ts
var campaigns = (list2) => list2.length <= 1 ? list2[0] ?? "" : `${list2.slice(0, -1).join(", ")} et ${list2[list2.length - 1]}`;
var pluriannualRequired = (ctx) => verdict(
  all(
    renewal(ctx),
    given(ctx, "carrier.pluriannual", () => ctx.dossier.carrier?.pluriannual !== true)
  ),
  () => finding(
    "pluriannual.required",
    `Vous portez déjà un Clas : vous devez opter pour la pluriannualité, qui peut concerner les campagnes ${campaigns(ctx.campaign.pluriannualCampaigns)}. Cochez le choix pluriannuel.`,
    "carrier.pluriannual"
  )
);
var pluriannualFirstRequest = (ctx) => verdict(
  all(
    given(ctx, "carrier.situation", () => ctx.dossier.carrier?.situation === "first-request"),
    given(ctx, "carrier.pluriannual", () => ctx.dossier.carrier?.pluriannual === true)
  ),
  () => finding(
    "pluriannual.first-request",
    `Une première demande n’est conventionnée que pour une année (${ctx.campaign.campaign}) : la pluriannualité ne s’applique pas. Décochez le choix pluriannuel.`,
    "carrier.pluriannual"
  )
);
var fundedLastYear = (ctx) => given(ctx, "carrier.fundedLastYear", () => ctx.dossier.carrier?.fundedLastYear === true);
var bilanRequired = (ctx) => verdict(
  all(
    fundedLastYear(ctx),
    given(
      ctx,
      "attachments.previousBilan",
      () => ctx.dossier.attachments?.previousBilan !== true
    )
  ),
  () => finding(
    "bilan.required",
    `Vous avez été financé en ${ctx.campaign.previousCampaign} : complétez le « ${ctx.campaign.bilanDocument} » et envoyez-le au Pôle partenaires de la Caf. Sans ce bilan, la nouvelle demande ne sera pas prise en compte.`,
    "attachments.previousBilan"
  )
);
var adjustmentDocument = (ctx) => verdict(
  all(
    given(ctx, "carrier.situation", () => ctx.dossier.carrier?.situation === "renewal-changed"),
    given(
      ctx,
      "attachments.adjustmentDocument",
      () => ctx.dossier.attachments?.adjustmentDocument !== true
    )
  ),
  () => finding(
    "adjustment.document",
    `Votre projet change par rapport à ${ctx.campaign.previousCampaign} : complétez le document « ${ctx.campaign.adjustmentDocument} » et renvoyez-le au Pôle partenaires de la Caf.`,
    "attachments.adjustmentDocument"
  )
);
var sphinxRequired = (ctx) => verdict(
  all(
    fundedLastYear(ctx),
    given(ctx, "sphinxCompleted", () => ctx.dossier.sphinxCompleted !== true)
  ),
  () => finding(
    "sphinx.required",
    `Le questionnaire Sphinx est obligatoire : à compléter ${formatDueFr(ctx.campaign.sphinxDue)}, par le lien disponible sur MonComptePartenaire.`,
    "sphinxCompleted"
  )
);

// rules/checks/bonuses.ts
var unjustified = (ctx, bonus) => {
  const b = (d) => d.bonuses?.[bonus];
  return all(
    given(ctx, `bonuses.${bonus}.requested`, () => b(ctx.dossier)?.requested === true),
    given(ctx, `bonuses.${bonus}.justification`, () => isBlank(b(ctx.dossier)?.justification))
  );
};
var bonusChildrenJustification = (ctx) => verdict(
  unjustified(ctx, "children"),
  () => finding(
    "bonus.children.justification",
    "Le bonus « enfants » est demandé sans justification : décrivez le projet culturel ou éducatif qui va au-delà du socle de la PS Clas (intervenants, sorties, matériel…).",
    "bonuses.children.justification"
  )
);
var bonusParentsJustification = (ctx) => verdict(
  unjustified(ctx, "parents"),
  () => finding(
    "bonus.parents.justification",
    "Le bonus « parents » est demandé sans justification : décrivez les actions de soutien à la parentalité qui vont au-delà du socle de la PS Clas.",
    "bonuses.parents.justification"
  )
);

// rules/read-state.ts
var PREFIX = "collectives[";
function splitCollective(path) {
  if (!path.startsWith(PREFIX)) return void 0;
  let index = 0;
  let i = PREFIX.length;
  for (; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 93) break;
    if (c < 48 || c > 57) return void 0;
    index = index * 10 + (c - 48);
  }
  if (i === PREFIX.length || i === path.length) return void 0;
  return [index, i + 1 === path.length ? "" : path.slice(i + 2)];
}
function stepsFrom(at, path) {
  if (at === null || typeof at !== "object") return void 0;
  if (!path.includes(".")) return at[path];
  for (const key of path.split(".")) {
    if (at === null || typeof at !== "object") return void 0;
    at = at[key];
  }
  return at;
}
function pageReadState(dossier, found) {
  const read = new Set(found);
  const isCollectiveRead = (index, key) => {
    const collective = dossier.collectives?.[index];
    if (collective !== void 0 && (key === "" || stepsFrom(collective, key) !== void 0))
      return true;
    return read.has(key === "" ? `collectives[${index}]` : `collectives[${index}].${key}`);
  };
  return {
    isRead(path) {
      const c = splitCollective(path);
      if (c) return isCollectiveRead(c[0], c[1]);
      return stepsFrom(dossier, path) !== void 0 || read.has(path);
    },
    isCollectiveRead
  };
}
function notReadFields(dossier, state, also = []) {
  const out = [];
  for (const field of DOSSIER_INPUT_FIELDS) {
    if (!state.isRead(field)) out.push(field);
    if (field !== "collectives") continue;
    const count4 = dossier.collectives?.length ?? 0;
    for (let i = 0; i < count4; i++)
      for (const key of COLLECTIVE_FIELDS)
        if (!state.isCollectiveRead(i, key)) out.push(`collectives[${i}].${key}`);
  }
  const listed = new Set(out);
  for (const p of also) {
    if (!listed.has(p)) {
      listed.add(p);
      out.push(p);
    }
  }
  return out;
}
function fundingWaits(dossier, state) {
  if (!state.isRead("collectives")) return ["collectives"];
  const waits = /* @__PURE__ */ new Set();
  const shared = dossier.budget?.operatingExpenses;
  (dossier.collectives ?? []).forEach((c, i) => {
    if (!state.isCollectiveRead(i, "children")) waits.add(`collectives[${i}].children`);
    if (c.expenses !== void 0 || shared !== void 0) return;
    if (!state.isCollectiveRead(i, "expenses")) waits.add(`collectives[${i}].expenses`);
    if (!state.isRead("budget.operatingExpenses")) waits.add("budget.operatingExpenses");
  });
  return [...waits];
}

// rules/checks/budget.ts
var budgetBalance = (ctx) => {
  const charges = ctx.dossier.budget?.chargesTotal;
  const products = ctx.dossier.budget?.productsTotal;
  const diff = charges === void 0 || products === void 0 ? 0 : eurosToCents(charges) - eurosToCents(products);
  return verdict(
    given(ctx, ["budget.chargesTotal", "budget.productsTotal"], () => diff !== 0),
    () => finding(
      "budget.balance",
      `Le budget prévisionnel n’est pas équilibré : total des charges ${formatCents(eurosToCents(charges))}, total des produits ${formatCents(eurosToCents(products))} (écart ${formatCents(Math.abs(diff))}). Ajustez les lignes pour que les deux totaux soient égaux.`,
      diff > 0 ? "budget.productsTotal" : "budget.chargesTotal"
    )
  );
};
var BONUS_FLAGS = ["bonuses.children.requested", "bonuses.parents.requested"];
var cafRequestExceeds = (ctx) => {
  const { dossier: d, campaign: p, funding: f } = ctx;
  const requested2 = d.budget?.cafRequested;
  const waits = ctx.read ? fundingWaits(d, ctx.read) : [];
  const asked = given(ctx, "budget.cafRequested", () => requested2 !== void 0);
  if (asked === false) return HOLDS;
  if (asked !== true || waits.includes("collectives"))
    return verdict(
      { waits: [.../* @__PURE__ */ new Set([...asked === true ? [] : asked.waits, ...waits])] },
      () => []
    );
  const expenseWaited = (i) => waits.includes(`collectives[${i}].expenses`) || waits.includes("budget.operatingExpenses");
  if (f.collectives.length === 0 || f.collectives.some((c, i) => c.expensesCents === void 0 && !expenseWaited(i)))
    return HOLDS;
  const bonuses = f.bonusChildrenCents + f.bonusParentsCents;
  const ceiling = f.psClasCents + bonuses;
  const requestedCents = eurosToCents(requested2);
  if (requestedCents <= ceiling) return HOLDS;
  const unreadFlags = ctx.read ? BONUS_FLAGS.filter((b) => !ctx.read.isRead(b)) : [];
  const unreadBonus = f.eligibleCollectives * ((unreadFlags.includes(BONUS_FLAGS[0]) ? p.bonusChildrenCents : 0) + (unreadFlags.includes(BONUS_FLAGS[1]) ? p.bonusParentsCents : 0));
  const unreadOwn = ctx.read ? f.collectives.flatMap(
    (_, i) => d.collectives?.[i]?.expenses === void 0 && !ctx.read.isCollectiveRead(i, "expenses") ? [`collectives[${i}].expenses`] : []
  ) : [];
  if (waits.length > 0 || unreadOwn.length > 0 || requestedCents <= ceiling + unreadBonus)
    return verdict({ waits: [.../* @__PURE__ */ new Set([...waits, ...unreadOwn, ...unreadFlags])] }, () => []);
  const n = f.eligibleCollectives;
  const basis = n === 0 ? `aucun collectif n’a de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants, la PS Clas calculée est donc nulle` : `PS Clas ${formatCents(f.psClasCents)} pour ${n} collectif${n > 1 ? "s" : ""} retenu${n > 1 ? "s" : ""}${bonuses > 0 ? `, bonus ${formatCents(bonuses)}` : ""}`;
  return verdict(
    true,
    () => finding(
      "caf.request-exceeds",
      `Le montant demandé à la Caf (${formatCents(requestedCents)}) dépasse le montant calculé selon la note : ${formatCents(ceiling)} (${basis}). Vérifiez le montant demandé, les effectifs et les dépenses de chaque collectif.`,
      "budget.cafRequested"
    )
  );
};

// rules/checks/cofunding.ts
var msaTerritory = (ctx) => verdict(
  all(
    given(ctx, "msa.requested", () => ctx.dossier.msa?.requested === true),
    given(ctx, "msa.ruralTerritory", () => ctx.dossier.msa?.ruralTerritory !== true)
  ),
  () => finding(
    "msa.territory",
    `Le forfait MSA « Grandir en Milieu Rural » (${formatCents(ctx.campaign.msaFlatCents)} par porteur) est réservé aux territoires ruraux et/ou fragiles : à faible densité de population et avec un taux de ressortissants MSA supérieur à la moyenne départementale. Le territoire n’est pas indiqué comme tel : ce forfait n’est pas compté.`,
    "msa.ruralTerritory"
  )
);
var cityLine = (line) => line !== void 0 && eurosToCents(line) > 0;
var cityAddedValue = (ctx) => {
  const d = ctx.dossier;
  const asked = any(
    given(ctx, "cityContract.requested", () => d.cityContract?.requested === true),
    given(ctx, "budget.cityContract", () => cityLine(d.budget?.cityContract))
  );
  return verdict(
    all(
      asked,
      given(ctx, "cityContract.addedValue", () => isBlank(d.cityContract?.addedValue))
    ),
    () => finding(
      "city.added-value",
      "Un cofinancement politique de la ville est sollicité sans préciser sa plus-value : indiquez ce qu’il apporte aux jeunes accompagnés, en complément des dispositifs de la politique de la ville déjà mobilisés (Programme de réussite éducative, cordées de la réussite…).",
      "cityContract.addedValue"
    )
  );
};
var cityPreviousCofunding = (ctx) => verdict(
  all(
    given(
      ctx,
      "cityContract.obtainedLastYear",
      () => ctx.dossier.cityContract?.obtainedLastYear === true
    ),
    given(ctx, "budget.cityContract", () => !cityLine(ctx.dossier.budget?.cityContract))
  ),
  () => finding(
    "city.previous-cofunding",
    `Un cofinancement politique de la ville a été obtenu pour ${ctx.campaign.cityCofundingYear} : mentionnez-le sur la ligne « État – politique de la ville » du budget prévisionnel, en valorisant les charges de personnel mobilisées pour l’accompagnement (adultes relais, postes Fonjep…).`,
    "budget.cityContract"
  )
);

// rules/funding.ts
function isEligible(c, p) {
  return c.children !== void 0 && c.children >= p.groupMinChildren && c.children <= p.groupMaxChildren;
}
function psOfExpenses(expensesCents, p) {
  return applyRateHalfUp(Math.min(expensesCents, p.psCeilingCents), p.psRateBasisPoints);
}
function collectiveExpenses(d) {
  const collectives = d.collectives ?? [];
  const total = d.budget?.operatingExpenses;
  const share = total !== void 0 && collectives.length > 0 ? shareHalfUp(eurosToCents(total), collectives.length) : void 0;
  return collectives.map((c) => c.expenses !== void 0 ? eurosToCents(c.expenses) : share);
}
function tneCollectives(d) {
  return d.bonuses?.tne?.collectives ?? d.collectives?.length ?? 0;
}
function unmetTneConditions(d) {
  const line = d.budget?.departmentalCouncil;
  const unmet = [];
  if (line === void 0 || eurosToCents(line) <= 0) unmet.push("tne.cd-line");
  if (d.attachments?.cdRecapSheet !== true) unmet.push("tne.recap-sheet");
  if (d.bonuses?.tne?.fundedByCdElsewhere === true) unmet.push("tne.double-funding");
  return unmet;
}
function computeFunding(d, p) {
  const expenses = collectiveExpenses(d);
  const collectives = (d.collectives ?? []).map((c, i) => {
    const eligible = isEligible(c, p);
    const expensesCents = expenses[i];
    const out = {};
    if (c.name !== void 0) out.name = c.name;
    if (c.children !== void 0) out.children = c.children;
    out.eligible = eligible;
    if (expensesCents !== void 0) out.expensesCents = expensesCents;
    out.psCents = eligible && expensesCents !== void 0 ? psOfExpenses(expensesCents, p) : 0;
    return out;
  });
  const eligibleCollectives = collectives.filter((c) => c.eligible).length;
  const psClasCents = collectives.reduce((sum, c) => sum + c.psCents, 0);
  const bonusChildrenCents = d.bonuses?.children?.requested === true ? eligibleCollectives * p.bonusChildrenCents : 0;
  const bonusParentsCents = d.bonuses?.parents?.requested === true ? eligibleCollectives * p.bonusParentsCents : 0;
  const msaCents = d.msa?.requested === true && d.msa.ruralTerritory === true ? p.msaFlatCents : 0;
  const tneCount = d.bonuses?.tne?.requested === true && unmetTneConditions(d).length === 0 ? tneCollectives(d) : 0;
  const tneMinCents = tneCount * p.tneMinCents;
  const tneMaxCents = tneCount * p.tneMaxCents;
  const fixed = psClasCents + bonusChildrenCents + bonusParentsCents + msaCents;
  return {
    collectives,
    eligibleCollectives,
    psClasCents,
    bonusChildrenCents,
    bonusParentsCents,
    msaCents,
    tneMinCents,
    tneMaxCents,
    totalMinCents: fixed + tneMinCents,
    totalMaxCents: fixed + tneMaxCents
  };
}

// rules/checks/collectives.ts
var collectivesNone = (ctx) => verdict(
  given(ctx, "collectives", () => (ctx.dossier.collectives ?? []).length === 0),
  () => finding(
    "collectives.none",
    `Aucun collectif n’est déclaré : ajoutez au moins un groupe de ${ctx.campaign.groupMinChildren} à ${ctx.campaign.groupMaxChildren} enfants.`,
    "collectives"
  )
);
var collectivesNoneEligible = (ctx) => {
  const list2 = ctx.dossier.collectives ?? [];
  const someEligible = any(
    ...list2.map((c, i) => givenCollective(ctx, i, "children", () => isEligible(c, ctx.campaign)))
  );
  return verdict(
    all(
      given(ctx, "collectives", () => list2.length > 0),
      not(someEligible)
    ),
    () => finding(
      "collectives.none-eligible",
      `Aucun collectif ne compte entre ${ctx.campaign.groupMinChildren} et ${ctx.campaign.groupMaxChildren} enfants : le projet ne peut pas recevoir la PS Clas. Ajustez l’effectif d’au moins un groupe.`,
      "collectives"
    )
  );
};
function canSplit(children, min, max) {
  if (max <= 0) return false;
  const groups = Math.ceil(children / max);
  return groups >= 2 && groups * min <= children;
}
var collectiveSize = (ctx) => perCollective(ctx, (i) => {
  const { dossier: d, campaign: p } = ctx;
  const children = d.collectives?.[i]?.children;
  const { groupMinChildren: min, groupMaxChildren: max } = p;
  return verdict(
    givenCollective(
      ctx,
      i,
      "children",
      () => children !== void 0 && (children < min || children > max)
    ),
    () => {
      const n = children;
      const label = collectiveLabel(d, i);
      const field = `collectives[${i}].children`;
      if (n < min)
        return finding(
          "collective.size",
          `Le collectif ${label} compte ${n} enfant${n > 1 ? "s" : ""} : seuls les groupes de ${min} à ${max} enfants sont retenus pour la PS Clas. À partir de ${min} enfants, il le serait.`,
          field
        );
      const fix = canSplit(n, min, max) ? `Ramenez l’effectif à ${max} enfants, ou répartissez-les en plusieurs groupes de ${min} à ${max} enfants, chacun compté à part.` : `Ramenez l’effectif à ${max} enfants : avec ${n} enfants, il n’est pas possible de former deux groupes d’au moins ${min}.`;
      return finding(
        "collective.size",
        `Le collectif ${label} compte ${n} enfants : au-delà de ${max}, il n’est pas retenu pour la PS Clas (valeur maximale de la PS Clas : ${formatCents(p.psMaximumCents)} par groupe retenu). ${fix}`,
        field
      );
    }
  );
});
var collectiveLevels = (ctx) => perCollective(ctx, (i) => {
  const { dossier: d, campaign: p } = ctx;
  const outside = (d.collectives?.[i]?.levels ?? []).filter((l) => !p.schoolLevels.includes(l));
  return verdict(
    givenCollective(ctx, i, "levels", () => outside.length > 0),
    () => finding(
      "collective.levels",
      `Le collectif ${collectiveLabel(d, i)} indique ${outside.map((l) => `« ${l} »`).join(", ")} : le Clas s’adresse aux enfants du CP à la Terminale (${p.schoolLevels.join(", ")}).`,
      `collectives[${i}].levels`
    )
  );
});
var collectiveStaff = (ctx) => perCollective(ctx, (i) => {
  const { dossier: d, campaign: p } = ctx;
  const staff = d.collectives?.[i]?.staff;
  return verdict(
    givenCollective(ctx, i, "staff", () => staff !== void 0 && staff < p.groupMinStaff),
    () => finding(
      "collective.staff",
      `Le collectif ${collectiveLabel(d, i)} est encadré par ${staff} intervenant${staff > 1 ? "s" : ""} : chaque groupe d’enfants doit être encadré par au moins ${p.groupMinStaff} intervenants professionnels et/ou bénévoles.`,
      `collectives[${i}].staff`
    )
  );
});

// rules/checks/deposit.ts
var depositWindow = (ctx) => ({ findings: depositFindings(ctx), waits: [] });
function depositFindings({ dossier: d, campaign: p, checkedOn }) {
  const deposited = d.depositedOn;
  const day = deposited ?? checkedOn;
  const field = deposited !== void 0 ? "depositedOn" : "checkedOn";
  const window = `du ${formatDateFr(p.depositOpens)} au ${formatDateFr(p.depositCloses)}`;
  if (day > p.depositCloses) {
    const when = deposited !== void 0 ? `le dossier a été déposé le ${formatDateFr(deposited)}, après la clôture` : `au ${formatDateFr(checkedOn)}, le dépôt est clos`;
    return [
      finding(
        "deposit.window",
        `Le dépôt des dossiers Clas ${p.campaign} était ouvert ${window} : ${when}. Selon la note, une demande déposée hors délai ne sera plus instruite : contactez le Pôle partenaires de la Caf.`,
        field,
        "blocking"
      )
    ];
  }
  if (day < p.depositOpens) {
    const when = deposited !== void 0 ? `la date de dépôt indiquée (${formatDateFr(deposited)}) précède l’ouverture` : `le dépôt n’ouvre que le ${formatDateFr(p.depositOpens)}`;
    return [
      finding(
        "deposit.window",
        `Le dépôt des dossiers Clas ${p.campaign} est ouvert ${window} : ${when}. Préparez le dossier, mais déposez-le dans cette période.`,
        field,
        "warning"
      )
    ];
  }
  return [];
}
var portalChannel = (ctx) => {
  const d = ctx.dossier;
  const situation = (is) => given(ctx, "carrier.situation", () => d.carrier?.situation === is);
  const inForce = (is) => given(ctx, "carrier.agreementInForce", () => d.carrier?.agreementInForce === is);
  if (d.portal === "mcp") {
    const first = situation("first-request");
    if (first === true)
      return verdict(
        true,
        () => finding(
          "portal.channel",
          "Une première demande se dépose sur la plateforme Elan, pas sur MonComptePartenaire : complétez le dossier de demande d’agrément sur Elan.",
          "carrier.situation"
        )
      );
    const firstRenewal = all(renewal(ctx), inForce(false));
    if (first !== false) {
      const waits = [
        ...first.waits,
        ...typeof firstRenewal === "object" ? firstRenewal.waits : []
      ];
      return verdict({ waits }, () => []);
    }
    return verdict(
      firstRenewal,
      () => finding(
        "portal.channel",
        "Un premier renouvellement, sans agrément pluriannuel en cours, se dépose sur la plateforme Elan : MonComptePartenaire est réservé aux porteurs déjà agréés pour plusieurs années. Déposez le dossier sur Elan.",
        "carrier.agreementInForce"
      )
    );
  }
  if (d.portal === "elan")
    return verdict(
      all(situation("renewal-unchanged"), inForce(true)),
      () => finding(
        "portal.channel",
        `Vous êtes déjà agréé pour plusieurs années et poursuivez le projet sans changement : saisissez les données prévisionnelles ${ctx.campaign.forecastYear} sur MonComptePartenaire, pas sur Elan, et envoyez le document au Pôle partenaires de la Caf.`,
        "carrier.agreementInForce"
      )
    );
  return verdict(
    given(ctx, "portal", () => false),
    () => []
  );
};

// rules/checks/tne.ts
var requested = (ctx) => given(ctx, "bonuses.tne.requested", () => ctx.dossier.bonuses?.tne?.requested === true);
var cdLine = (ctx) => given(ctx, "budget.departmentalCouncil", () => {
  const line = ctx.dossier.budget?.departmentalCouncil;
  return line !== void 0 && eurosToCents(line) > 0;
});
var notCounted = (ctx) => `le bonus parents TNE (${formatCents(ctx.campaign.tneMinCents)} à ${formatCents(ctx.campaign.tneMaxCents)} par collectif) n’est pas compté`;
var tneCdLine = (ctx) => verdict(
  all(requested(ctx), not(cdLine(ctx))),
  () => finding(
    "tne.cd-line",
    `Le bonus parents TNE est demandé mais la ligne « Conseil départemental » du budget est vide : inscrivez-y le montant demandé au Conseil départemental (budget d’Elan, ou budget prévisionnel ${ctx.campaign.forecastYear} sur MonComptePartenaire). Sans ce montant, ${notCounted(ctx)}.`,
    "budget.departmentalCouncil"
  )
);
var tneRecapSheet = (ctx) => verdict(
  all(
    requested(ctx),
    given(ctx, "attachments.cdRecapSheet", () => ctx.dossier.attachments?.cdRecapSheet !== true)
  ),
  () => finding(
    "tne.recap-sheet",
    `Le bonus parents TNE est demandé : complétez la fiche récapitulative du Conseil départemental (annexe de la note de cadrage) et joignez-la dans Elan. Sans cette fiche, ${notCounted(ctx)}.`,
    "attachments.cdRecapSheet"
  )
);
var tneAmountRange = (ctx) => {
  const d = ctx.dossier;
  const n = tneCollectives(d);
  const min = n * ctx.campaign.tneMinCents;
  const max = n * ctx.campaign.tneMaxCents;
  const line = d.budget?.departmentalCouncil;
  const cents = line === void 0 ? 0 : eurosToCents(line);
  const counted = d.bonuses?.tne?.collectives !== void 0 ? ["bonuses.tne.collectives"] : ["bonuses.tne.collectives", "collectives"];
  return verdict(
    all(
      requested(ctx),
      cdLine(ctx),
      given(ctx, counted, () => cents < min || cents > max)
    ),
    () => finding(
      "tne.amount-range",
      `La ligne « Conseil départemental » (${formatCents(cents)}) sort de la fourchette du bonus TNE : ${formatCents(ctx.campaign.tneMinCents)} à ${formatCents(ctx.campaign.tneMaxCents)} par collectif concerné, soit ${formatCents(min)} à ${formatCents(max)} pour ${n} collectif${n > 1 ? "s" : ""}.`,
      "budget.departmentalCouncil"
    )
  );
};
var tneDoubleFunding = (ctx) => verdict(
  all(
    requested(ctx),
    given(
      ctx,
      "bonuses.tne.fundedByCdElsewhere",
      () => ctx.dossier.bonuses?.tne?.fundedByCdElsewhere === true
    )
  ),
  () => finding(
    "tne.double-funding",
    `Les actions TNE sont déjà financées par le Conseil départemental par un autre dispositif : elles sont exclues du bonus TNE, et ${notCounted(ctx)}. Proposez d’autres actions ou retirez la demande.`,
    "bonuses.tne.fundedByCdElsewhere"
  )
);

// rules/checks/index.ts
var CHECKS = [
  { rule: "deposit.window", check: depositWindow },
  { rule: "portal.channel", check: portalChannel },
  { rule: "pluriannual.required", check: pluriannualRequired },
  { rule: "pluriannual.first-request", check: pluriannualFirstRequest },
  { rule: "bilan.required", check: bilanRequired },
  { rule: "adjustment.document", check: adjustmentDocument },
  { rule: "axes.four", check: axesFour },
  { rule: "description.missing", check: descriptionMissing },
  { rule: "collectives.none", check: collectivesNone },
  { rule: "collectives.none-eligible", check: collectivesNoneEligible },
  { rule: "collective.size", check: collectiveSize },
  { rule: "collective.levels", check: collectiveLevels },
  { rule: "collective.staff", check: collectiveStaff },
  { rule: "budget.balance", check: budgetBalance },
  { rule: "caf.request-exceeds", check: cafRequestExceeds },
  { rule: "bonus.children.justification", check: bonusChildrenJustification },
  { rule: "bonus.parents.justification", check: bonusParentsJustification },
  { rule: "tne.cd-line", check: tneCdLine },
  { rule: "tne.recap-sheet", check: tneRecapSheet },
  { rule: "tne.amount-range", check: tneAmountRange },
  { rule: "tne.double-funding", check: tneDoubleFunding },
  { rule: "msa.territory", check: msaTerritory },
  { rule: "city.added-value", check: cityAddedValue },
  { rule: "city.previous-cofunding", check: cityPreviousCofunding },
  { rule: "sphinx.required", check: sphinxRequired }
];

// rules/deadlines.ts
function deadlinesFor(d, p, checkedOn) {
  const entry = (label, date2) => ({
    label,
    date: date2,
    daysLeft: daysBetween(checkedOn, lastDayOf(date2))
  });
  const list2 = [
    entry(`Ouverture du dépôt des dossiers Clas ${p.campaign}`, p.depositOpens),
    entry(`Clôture du dépôt des dossiers Clas ${p.campaign}`, p.depositCloses)
  ];
  if (d.carrier?.fundedLastYear !== false) {
    list2.push(entry(`Bilan Clas ${p.previousCampaign} (MonComptePartenaire)`, p.bilanDue));
    list2.push(entry("Questionnaire Sphinx (lien sur MonComptePartenaire)", p.sphinxDue));
  }
  list2.push(entry("Comité départemental Clas (pour information)", p.committeeDate));
  list2.push(entry("Passage dans les instances décisionnaires (pour information)", p.decisionDate));
  return list2;
}

// rules/evaluate.ts
function evaluate(dossier, options = {}) {
  const campaign = (options.registry ?? defaultRegistry).resolve(
    dossier.department,
    dossier.campaign
  );
  const checkedOn = dossier.checkedOn ?? options.today ?? todayIso();
  const funding = computeFunding(dossier, campaign);
  const found = options.read && (Array.isArray(options.read) ? options.read : [...options.read]);
  const read = found && pageReadState(dossier, withoutUnreadable(found, options.pageFindings));
  const ctx = { dossier, campaign, funding, checkedOn, ...read && { read } };
  const outcomes = CHECKS.map(({ rule, check }) => ({ rule, ...check(ctx) }));
  const findings = outcomes.flatMap((o) => o.findings).concat(options.pageFindings ?? []);
  const report = {
    format: "clas-report/1",
    campaign: campaign.campaign,
    department: campaign.department,
    checkedOn,
    receivable: !findings.some((f) => f.severity === "blocking"),
    funding,
    findings,
    checklist: checklistFor(dossier, campaign, funding),
    deadlines: deadlinesFor(dossier, campaign, checkedOn)
  };
  if (read && found) {
    const pending = outcomes.filter((o) => o.waits.length > 0).map((o) => ({ rule: o.rule, fields: o.waits }));
    const waits = fundingWaits(dossier, read);
    if (waits.length > 0) funding.waitingFor = waits;
    const notFound = notReadFields(dossier, read, [...pending.flatMap((p) => p.fields), ...waits]);
    report.page = { found, notFound };
    report.pending = pending;
  } else if (options.page) report.page = options.page;
  return report;
}
function withoutUnreadable(found, pageFindings = []) {
  const unreadable = new Set(
    pageFindings.filter((f) => f.rule === "field.unreadable").map((f) => f.field)
  );
  return unreadable.size === 0 ? found : found.filter((p) => !unreadable.has(p));
}

// rules/campaigns/campaign-schema.ts
import * as z from "zod/mini";
var isoDate = z.string().check(z.refine(isValidIsoDate, { error: "date AAAA-MM-JJ attendue" }));
var dayOrMonth = z.string().check(z.refine(isDayOrMonth, { error: "date AAAA-MM-JJ ou mois AAAA-MM attendu" }));
var campaignId = z.string().check(z.regex(/^\d{4}-\d{4}$/));
var year = z.string().check(z.regex(/^\d{4}$/));
var text = z.string().check(z.minLength(1));
var source = z.object({
  section: text,
  quote: z.optional(text),
  url: z.optional(z.string().check(z.regex(/^https:\/\//)))
});
var param = (value) => z.object({ value, from: isoDate, to: isoDate, source });
var euros = z.number().check(z.gte(0));
var count = z.int().check(z.gte(0));
var campaignSchema = z.object({
  format: z.literal("clas-campaign/1"),
  department: z.string(),
  departmentName: z.string(),
  campaign: campaignId,
  previousCampaign: campaignId,
  note: z.string(),
  period: z.object({ from: isoDate, to: isoDate }),
  parameters: z.object({
    depositOpens: param(isoDate),
    depositCloses: param(isoDate),
    bilanDue: param(isoDate),
    sphinxDue: param(dayOrMonth),
    committeeDate: param(dayOrMonth),
    decisionDate: param(dayOrMonth),
    psRatePercent: param(z.number().check(z.gt(0), z.lte(100))),
    psCeilingEuros: param(euros),
    psMaximumEuros: param(euros),
    bonusChildrenEuros: param(euros),
    bonusParentsEuros: param(euros),
    msaFlatEuros: param(euros),
    tneMinEuros: param(euros),
    tneMaxEuros: param(euros),
    groupMinChildren: param(count),
    groupMaxChildren: param(count),
    groupMinStaff: param(count),
    schoolLevels: param(z.array(z.string())),
    forecastYear: param(year),
    pluriannualCampaigns: param(z.array(campaignId)),
    bilanDocument: param(text),
    adjustmentDocument: param(text),
    cityCofundingYear: param(year)
  })
}).check(
  z.refine((c) => c.parameters.depositOpens.value <= c.parameters.depositCloses.value, {
    error: "la date d’ouverture du dépôt suit sa clôture"
  }),
  z.refine((c) => c.parameters.tneMinEuros.value <= c.parameters.tneMaxEuros.value, {
    error: "le minimum TNE dépasse le maximum"
  }),
  z.refine((c) => c.parameters.groupMinChildren.value <= c.parameters.groupMaxChildren.value, {
    error: "la taille minimale d’un groupe dépasse la maximale"
  })
);

// rules/campaigns/load-campaign.ts
function loadCampaign(json, origin = "fichier de paramètres") {
  const parsed = campaignSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(racine)"} : ${i.message}`).join(" ; ");
    throw new CampaignFileError(`Paramètres de campagne invalides (${origin}) : ${detail}`);
  }
  return toCampaign(parsed.data, origin);
}

// rules/funding-lines.ts
function fundingLines(f) {
  return [
    {
      financer: "Caf",
      label: "Prestation de service Clas",
      minCents: f.psClasCents,
      maxCents: f.psClasCents
    },
    {
      financer: "Caf",
      label: "Bonus « enfants »",
      minCents: f.bonusChildrenCents,
      maxCents: f.bonusChildrenCents
    },
    {
      financer: "Caf",
      label: "Bonus « parents »",
      minCents: f.bonusParentsCents,
      maxCents: f.bonusParentsCents
    },
    {
      financer: "MSA",
      label: "Grandir en Milieu Rural",
      minCents: f.msaCents,
      maxCents: f.msaCents
    },
    {
      financer: "Conseil départemental",
      label: "Bonus parents TNE",
      minCents: f.tneMinCents,
      maxCents: f.tneMaxCents
    }
  ];
}
var FUNDS_CAVEAT = "dans la limite des fonds disponibles";
function collectiveName(c, index) {
  return c.name?.trim() || `Collectif n° ${index + 1}`;
}

// rules/report-text.ts
var NO_BLOCKING_POINT = "Aucun point bloquant détecté";
var plural = (n, one, many) => `${n} ${n > 1 ? many : one}`;
function statusParts(r) {
  const blocking = r.findings.filter((f) => f.severity === "blocking").length;
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  const parts = [
    r.receivable ? { kind: "clear", count: 0, text: NO_BLOCKING_POINT } : {
      kind: "blocking",
      count: blocking,
      text: plural(blocking, "point bloquant", "points bloquants")
    },
    {
      kind: "warning",
      count: warnings,
      text: plural(warnings, "point à vérifier", "points à vérifier")
    }
  ];
  const notRead = notReadCount(r);
  if (notRead > 0)
    parts.push({
      kind: "not-read",
      count: notRead,
      text: plural(notRead, "champ pas encore lu", "champs pas encore lus")
    });
  return parts;
}
function notReadCount(r) {
  return r.pending && r.page ? r.page.notFound.length : 0;
}
function statusLine(r) {
  return statusParts(r).map((p) => p.text).join(" — ");
}
function fundingRange(r) {
  const { totalMinCents: min, totalMaxCents: max } = r.funding;
  return formatCentsRange(min, max);
}
function fundingWait(r) {
  const waits = r.funding.waitingFor ?? [];
  if (waits.length === 0) return void 0;
  const collectives = waits.some((p) => p === "collectives" || p.endsWith(".children"));
  const expenses = waits.some((p) => p.endsWith(".expenses") || p.endsWith("operatingExpenses"));
  const what = [collectives && "des collectifs", expenses && "des dépenses"].filter(Boolean);
  return `en attente ${what.length > 0 ? what.join(" et ") : "des champs à lire"}`;
}
function fundingText(r) {
  return fundingWait(r) ?? fundingRange(r);
}
function ruleTitle(rule) {
  return ruleInfo(rule)?.title ?? rule;
}
function deadlineText(d) {
  if (isIsoMonth(d.date)) return monthDeadlineText(d);
  if (d.daysLeft > 0) return `dans ${formatDays(d.daysLeft)}`;
  if (d.daysLeft === 0) return "aujourd’hui";
  return `passée depuis ${formatDays(d.daysLeft)}`;
}
function monthDeadlineText(d) {
  const length = daysBetween(firstDayOf(d.date), lastDayOf(d.date)) + 1;
  const toStart = d.daysLeft - (length - 1);
  if (toStart > 0) return `le mois commence dans ${formatDays(toStart)}`;
  if (d.daysLeft > 0) return `ce mois-ci (encore ${formatDays(d.daysLeft + 1)})`;
  if (d.daysLeft === 0) return "ce mois-ci (dernier jour)";
  return `passée (mois terminé depuis ${formatDays(d.daysLeft)})`;
}
function findingText(f) {
  return `${f.message} (${f.source}${f.field ? ` ; champ ${f.field}` : ""}) [${f.rule}]`;
}
function reportText(r, title) {
  const out = [];
  if (title) out.push(title, "=".repeat(Math.min(title.length, 80)));
  out.push(
    `Campagne ${r.campaign}, département ${r.department} — vérifié au ${formatDateFr(r.checkedOn)}`,
    `Statut : ${statusLine(r)}`,
    `Financement estimé : ${fundingText(r)} (${FUNDS_CAVEAT})`,
    "",
    "Financement par financeur :"
  );
  for (const line of fundingLines(r.funding)) {
    const amount2 = formatCentsRange(line.minCents, line.maxCents);
    out.push(`  ${`${line.financer} – ${line.label}`.padEnd(44)} ${amount2.padStart(25)}`);
  }
  out.push("", "Financement par collectif :");
  if (r.funding.collectives.length === 0) out.push("  (aucun collectif)");
  r.funding.collectives.forEach((c, i) => {
    const name = collectiveName(c, i);
    const children = c.children === void 0 ? "effectif non renseigné" : `${c.children} enfants`;
    const expenses = c.expensesCents === void 0 ? "dépenses non renseignées" : `dépenses ${formatCents(c.expensesCents)}`;
    out.push(
      `  ${name} : ${children}, ${c.eligible ? "éligible" : "non retenu"}, ${expenses}, PS ${formatCents(c.psCents)}`
    );
  });
  const section = (heading, list2) => {
    if (list2.length === 0) return;
    out.push("", `${heading} (${list2.length}) :`);
    for (const f of list2) out.push(`  - ${findingText(f)}`);
  };
  section(
    "Points bloquants",
    r.findings.filter((f) => f.severity === "blocking")
  );
  section(
    "Points à vérifier",
    r.findings.filter((f) => f.severity === "warning")
  );
  section(
    "Pour information",
    r.findings.filter((f) => f.severity === "info")
  );
  if (r.pending && r.pending.length > 0) {
    out.push("", `Pas encore vérifié (${r.pending.length}) :`);
    for (const p of r.pending)
      out.push(`  - ${ruleTitle(p.rule)} [${p.rule}] — en attente de : ${p.fields.join(", ")}`);
  }
  const todo = r.checklist.filter((c) => !c.done).length;
  out.push("", `Liste de contrôle (${todo} à faire sur ${r.checklist.length}) :`);
  for (const c of r.checklist) out.push(`  [${c.done ? "x" : " "}] ${c.item}`);
  out.push("", "Échéances :");
  for (const d of r.deadlines)
    out.push(`  ${formatDateFr(d.date)} — ${d.label} (${deadlineText(d)})`);
  if (r.page && r.page.notFound.length > 0) {
    out.push(
      "",
      r.pending ? `Champs pas encore lus : ${r.page.notFound.join(", ")}` : `Champs non trouvés sur la page, donc non vérifiés : ${r.page.notFound.join(", ")}`
    );
  }
  return out.join("\n");
}

// rules/campaigns/parameter-labels.ts
var date = (v) => formatDateFr(String(v));
var euros2 = (v) => formatCents(eurosToCents(Number(v)));
var count2 = (unit) => (v) => `${String(v)} ${unit}`;
var text2 = (v) => `« ${String(v)} »`;
var list = (v) => Array.isArray(v) ? v.join(", ") : String(v);
var PARAMETER_LABELS = {
  depositOpens: { label: "Ouverture du dépôt des dossiers", show: date },
  depositCloses: { label: "Clôture du dépôt des dossiers", show: date },
  bilanDue: { label: "Bilan de l’année précédente, au plus tard", show: date },
  sphinxDue: { label: "Questionnaire Sphinx", show: date },
  committeeDate: { label: "Comité départemental Clas", show: date },
  decisionDate: { label: "Passage dans les instances décisionnaires", show: date },
  psRatePercent: {
    label: "Taux de la PS Clas",
    show: (v) => `${formatPercent(Number(v))} des dépenses de fonctionnement`
  },
  psCeilingEuros: { label: "Prix plafond par groupe et par an", show: euros2 },
  psMaximumEuros: { label: "Valeur maximale de la PS Clas par groupe", show: euros2 },
  bonusChildrenEuros: { label: "Bonus « enfants » par collectif", show: euros2 },
  bonusParentsEuros: { label: "Bonus « parents » par collectif", show: euros2 },
  msaFlatEuros: { label: "Forfait MSA « Grandir en Milieu Rural » par porteur", show: euros2 },
  tneMinEuros: { label: "Bonus parents TNE, minimum par collectif", show: euros2 },
  tneMaxEuros: { label: "Bonus parents TNE, maximum par collectif", show: euros2 },
  groupMinChildren: { label: "Taille minimale d’un groupe", show: count2("enfants") },
  groupMaxChildren: { label: "Taille maximale d’un groupe", show: count2("enfants") },
  groupMinStaff: { label: "Encadrement minimal d’un groupe", show: count2("intervenants") },
  schoolLevels: { label: "Niveaux scolaires", show: list },
  forecastYear: { label: "Année des données prévisionnelles", show: String },
  pluriannualCampaigns: { label: "Campagnes de la pluriannualité", show: list },
  bilanDocument: { label: "Bilan à fournir", show: text2 },
  adjustmentDocument: { label: "Document d’ajustement du projet", show: text2 },
  cityCofundingYear: {
    label: "Année du cofinancement politique de la ville à reporter au budget",
    show: String
  }
};

// cli/explain.ts
var SEVERITY = {
  blocking: "point bloquant",
  warning: "point à vérifier",
  info: "pour information"
};
function knownRules() {
  return Object.keys(RULES).join(", ");
}
function explainRule(rule, campaign) {
  const info = ruleInfo(rule);
  if (!info) return void 0;
  const file = campaign.file;
  const out = [
    `Règle ${rule} — ${info.title}`,
    "",
    `Gravité : ${info.severityNote ?? SEVERITY[info.severity]}`,
    `Se déclenche quand : ${info.condition}`,
    `Source : ${info.source}${info.url ? ` (${info.url})` : ""}`
  ];
  if (info.quote) {
    out.push("", `Texte de la note (${file.note}, ${info.source}) :`, `  « ${info.quote} »`);
  } else {
    out.push("", "Cette règle ne vient pas de la note départementale : pas de citation.");
  }
  out.push("");
  if (info.parameters.length === 0) {
    out.push(`Paramètres : aucun paramètre de la campagne ${file.campaign}.`);
  } else {
    out.push(
      `Paramètres (campagne ${file.campaign}, département ${file.department} — ${file.departmentName}) :`
    );
    for (const name of info.parameters) {
      const p = file.parameters[name];
      const { label, show } = PARAMETER_LABELS[name];
      out.push(`  - ${label} : ${show(p.value)}   [${name}]`);
      out.push(`    valable du ${formatDateFr(p.from)} au ${formatDateFr(p.to)}`);
      const where = p.source.url ? `${p.source.section} (${p.source.url})` : p.source.section;
      out.push(`    source : ${where}${p.source.quote ? `, « ${p.source.quote} »` : ""}`);
    }
  }
  return out.join("\n");
}

// cli/read-input.ts
import { open } from "node:fs/promises";

// rules/dossier.ts
import * as z2 from "zod/mini";
var MAX_EUROS = 1e8;
var amount = () => z2.number({ error: "montant en euros attendu (nombre, ex. 8487.5)" }).check(
  z2.refine((v) => Number.isFinite(v) && v >= 0, { error: "montant positif ou nul attendu" }),
  z2.refine((v) => v <= MAX_EUROS, { error: "montant trop élevé (plus de 100 millions d’euros)" }),
  z2.refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    error: "deux décimales au plus attendues"
  })
);
var count3 = () => z2.int({ error: "nombre entier attendu" }).check(
  z2.gte(0, { error: "nombre entier positif ou nul attendu" }),
  z2.refine((v) => v <= 1e6, { error: "nombre trop élevé" })
);
var opt = z2.optional;
var isoDate2 = () => z2.string().check(
  z2.refine(isValidIsoDate, { error: "date au format AAAA-MM-JJ attendue (ex. 2025-07-10)" })
);
var collectiveSchema = z2.object({
  name: opt(z2.string()),
  children: opt(count3()),
  levels: opt(z2.array(z2.string())),
  staff: opt(count3()),
  expenses: opt(amount())
});
var bonusSchema = z2.object({
  requested: opt(z2.boolean()),
  justification: opt(z2.string())
});
var dossierSchema = z2.object({
  format: z2.literal("clas-dossier/1", { error: '"format": "clas-dossier/1" attendu' }),
  campaign: opt(
    z2.string().check(z2.regex(/^\d{4}-\d{4}$/, { error: "campagne au format AAAA-AAAA attendue" }))
  ),
  department: opt(z2.string().check(z2.regex(/^(\d{2,3}|2[AB])$/, { error: "numéro attendu" }))),
  checkedOn: opt(isoDate2()),
  depositedOn: opt(isoDate2()),
  portal: opt(z2.enum(PORTALS)),
  carrier: opt(
    z2.object({
      name: opt(z2.string()),
      situation: opt(z2.enum(SITUATIONS)),
      fundedLastYear: opt(z2.boolean()),
      pluriannual: opt(z2.boolean()),
      agreementInForce: opt(z2.boolean())
    })
  ),
  collectives: opt(z2.array(collectiveSchema)),
  axes: opt(
    z2.object({
      children: opt(z2.boolean()),
      parents: opt(z2.boolean()),
      school: opt(z2.boolean()),
      territory: opt(z2.boolean())
    })
  ),
  descriptions: opt(
    z2.object({
      childrenActions: opt(z2.string()),
      parentActions: opt(z2.string()),
      schoolRelations: opt(z2.string()),
      localResources: opt(z2.string()),
      organisation: opt(z2.string()),
      evaluation: opt(z2.string())
    })
  ),
  budget: opt(
    z2.object({
      operatingExpenses: opt(amount()),
      chargesTotal: opt(amount()),
      productsTotal: opt(amount()),
      cafRequested: opt(amount()),
      departmentalCouncil: opt(amount()),
      msa: opt(amount()),
      cityContract: opt(amount())
    })
  ),
  bonuses: opt(
    z2.object({
      children: opt(bonusSchema),
      parents: opt(bonusSchema),
      tne: opt(
        z2.object({
          requested: opt(z2.boolean()),
          collectives: opt(count3()),
          actions: opt(z2.string()),
          fundedByCdElsewhere: opt(z2.boolean())
        })
      )
    })
  ),
  msa: opt(z2.object({ requested: opt(z2.boolean()), ruralTerritory: opt(z2.boolean()) })),
  cityContract: opt(
    z2.object({
      requested: opt(z2.boolean()),
      addedValue: opt(z2.string()),
      obtainedLastYear: opt(z2.boolean())
    })
  ),
  attachments: opt(
    z2.object({
      previousBilan: opt(z2.boolean()),
      cdRecapSheet: opt(z2.boolean()),
      adjustmentDocument: opt(z2.boolean())
    })
  ),
  sphinxCompleted: opt(z2.boolean())
});

// rules/field-path.ts
function formatPath(path) {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

// rules/parse-dossier.ts
var EXPECTED = {
  number: "nombre attendu",
  int: "nombre entier attendu",
  string: "texte attendu",
  boolean: "vrai ou faux (true / false) attendu",
  array: "liste attendue",
  object: "objet attendu"
};
function frenchMessage(issue) {
  switch (issue.code) {
    case "invalid_type":
      if (issue.message && issue.message !== "Invalid input") return issue.message;
      return EXPECTED[issue.expected ?? ""] ?? `${issue.expected ?? "autre type"} attendu`;
    case "invalid_value":
      if (issue.message && issue.message !== "Invalid input") return issue.message;
      return `valeur non reconnue ; valeurs possibles : ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "custom":
    case "invalid_format":
    case "too_small":
    case "too_big":
      return issue.message && issue.message !== "Invalid input" ? issue.message : "valeur invalide";
    default:
      return "valeur invalide";
  }
}
function parseDossier(input) {
  const result = dossierSchema.safeParse(input);
  if (result.success) return { ok: true, dossier: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: frenchMessage(issue)
  }));
  return { ok: false, problems };
}
function describeProblems(problems) {
  return problems.map((p) => p.path ? `${p.path} : ${p.message}` : p.message);
}

// cli/decode.ts
var REPLACEMENT = "�";
function decodeUtf8(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return {
      ok: false,
      message: "le fichier est encodé en UTF-16 : enregistrez-le en UTF-8"
    };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: notUtf8(bytes) };
  }
}
function notUtf8(bytes) {
  const text3 = new TextDecoder("utf-8").decode(bytes);
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  let offset = bom;
  let line = 1;
  let column = 1;
  for (const char of text3) {
    if (char === REPLACEMENT) {
      const real = bytes[offset] === 239 && bytes[offset + 1] === 191 && bytes[offset + 2] === 189;
      if (!real) {
        const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
        return `le fichier n’est pas encodé en UTF-8 (ligne ${line}, colonne ${column} : octet 0x${byte}). Il a sans doute été enregistré en Latin-1 ou Windows-1252 : enregistrez-le en UTF-8`;
      }
    }
    offset += utf8Length(char.codePointAt(0));
    if (char === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return "le fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8";
}
function utf8Length(codePoint) {
  return codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
}

// cli/json-fr.ts
import jsonc from "jsonc-parser";
var { ParseErrorCode } = jsonc;
var WHAT = {
  [ParseErrorCode.InvalidSymbol]: "caractère inattendu",
  [ParseErrorCode.InvalidNumberFormat]: "nombre mal écrit",
  [ParseErrorCode.PropertyNameExpected]: "nom de champ entre guillemets attendu",
  [ParseErrorCode.ValueExpected]: "valeur attendue",
  [ParseErrorCode.ColonExpected]: "« : » attendu",
  [ParseErrorCode.CommaExpected]: "« , » attendue",
  [ParseErrorCode.CloseBraceExpected]: "« , » ou « } » attendue",
  [ParseErrorCode.CloseBracketExpected]: "« , » ou « ] » attendu",
  [ParseErrorCode.EndOfFileExpected]: "texte en trop après la fin du JSON",
  [ParseErrorCode.InvalidCommentToken]: "commentaire : le JSON n’en admet pas",
  [ParseErrorCode.UnexpectedEndOfComment]: "commentaire non fermé",
  [ParseErrorCode.UnexpectedEndOfString]: "texte entre guillemets non fermé",
  [ParseErrorCode.UnexpectedEndOfNumber]: "nombre incomplet",
  [ParseErrorCode.InvalidUnicode]: "séquence \\u invalide",
  [ParseErrorCode.InvalidEscapeCharacter]: "échappement « \\ » invalide",
  [ParseErrorCode.InvalidCharacter]: "caractère de contrôle dans un texte entre guillemets"
};
function parseJsonFr(text3) {
  try {
    return { ok: true, value: JSON.parse(text3) };
  } catch {
    return { ok: false, message: whereJsonFails(text3) };
  }
}
function whereJsonFails(text3) {
  if (text3.trim() === "") return "le fichier est vide";
  const errors = [];
  jsonc.parse(text3, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false
  });
  const first = errors[0];
  if (!first) return "texte non reconnu";
  const before = text3.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - before.lastIndexOf("\n");
  const what = WHAT[first.error] ?? "erreur de syntaxe";
  const where = `ligne ${line}, colonne ${column}`;
  return first.offset >= text3.length ? `${where} : le fichier s’arrête avant la fin du JSON, ${what}` : `${where} : ${what}`;
}

// cli/read-input.ts
var MAX_INPUT_BYTES = 10 * 1024 * 1024;
function formatSize(bytes) {
  const mo = bytes / (1024 * 1024);
  return `${mo.toFixed(1).replace(".", ",")} Mo`;
}
var LIMIT = `${formatSize(MAX_INPUT_BYTES).replace(",0", "")} au plus (un dossier CLAS fait quelques kilo-octets)`;
async function readCapped(chunks, stop) {
  const parts = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) {
      stop();
      return { ok: false, why: `entrée trop volumineuse : ${LIMIT}` };
    }
    parts.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(parts) };
}
async function readFileCapped(path) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    return { ok: false, why: why(e) };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, why: "c’est un dossier, pas un fichier" };
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES)
      return {
        ok: false,
        why: `fichier trop volumineux : ${LIMIT} ; celui-ci fait ${formatSize(stat.size)}`
      };
    const stream = handle.createReadStream({ autoClose: false });
    return await readCapped(stream, () => stream.destroy());
  } catch (e) {
    return { ok: false, why: why(e) };
  } finally {
    await handle.close();
  }
}
function why(e) {
  const code = e.code;
  if (code === "ENOENT") return "fichier introuvable";
  if (code === "EISDIR") return "c’est un dossier, pas un fichier";
  if (code === "EACCES" || code === "EPERM") return "lecture refusée (droits d’accès)";
  return `lecture impossible (${code ?? String(e)})`;
}
async function readInput(arg, stdin = process.stdin) {
  const name = arg === "-" ? "(entrée standard)" : arg;
  const fail = (message) => ({
    ok: false,
    name,
    message: `${name} : ${message}`,
    problems: []
  });
  const read = arg === "-" ? await readCapped(stdin, () => stdin.destroy?.()) : await readFileCapped(arg);
  if (!read.ok) return fail(read.why);
  const text3 = decodeUtf8(read.bytes);
  if (!text3.ok) return fail(text3.message);
  const json = parseJsonFr(text3.text);
  if (!json.ok) return fail(`ce n’est pas du JSON valide (${json.message})`);
  let value = json.value;
  if (value && typeof value === "object" && value.format === "clas-snapshot/1") {
    value = value.dossier;
  }
  const parsed = parseDossier(value);
  if (!parsed.ok) {
    return {
      ok: false,
      name,
      message: `${name} : ce n’est pas un dossier clas-dossier/1 valide`,
      problems: describeProblems(parsed.problems)
    };
  }
  return { ok: true, name, dossier: parsed.dossier };
}

// cli/terminal-safe.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControls(text3) {
  return text3.replace(
    UNSAFE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function escapeDeep(value) {
  if (typeof value === "string") return escapeControls(value);
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v);
    return out;
  }
  return value;
}
function safeJsonLine(value) {
  return JSON.stringify(value).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

// cli/clas-check.ts
var USAGE = `Usage : clas-check [--json] [--today AAAA-MM-JJ] FICHIER… (- pour l’entrée standard)
        clas-check --explain RÈGLE

Vérifie des dossiers CLAS (format clas-dossier/1, ou un export clas-snapshot/1) selon la note de
cadrage de leur campagne et affiche, pour chacun : statut, financement estimé, points bloquants,
points à vérifier, liste de contrôle et échéances.

  --json           une ligne JSON clas-report/1 par fichier, dans l’ordre donné
  --today DATE     date de référence des échéances quand le dossier n’a pas de checkedOn
  --explain RÈGLE  la source d’une règle, le texte de la note et ses paramètres
                   (ex. --explain collective.size)
  -h, --help       cette aide

Fichiers : JSON en UTF-8, 10 Mo au plus.

Code de sortie : 0 aucun point bloquant détecté, 1 au moins un dossier avec un point bloquant,
2 une entrée inutilisable (ou une règle inconnue pour --explain).`;
async function main(argv, io) {
  const files = [];
  let json = false;
  let today;
  let explain;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "-h" || a === "--help") {
      io.out(USAGE);
      return 0;
    } else if (a === "--today") {
      today = argv[++i];
      if (!today || !isValidIsoDate(today)) {
        io.err(
          `clas-check : --today attend une date AAAA-MM-JJ (reçu : ${escapeControls(today ?? "rien")})`
        );
        return 2;
      }
    } else if (a === "--explain") {
      explain = argv[++i] ?? "";
    } else if (a.startsWith("--")) {
      io.err(`clas-check : option inconnue ${escapeControls(a)}

${USAGE}`);
      return 2;
    } else files.push(a);
  }
  const registry = new CampaignRegistry(CAMPAIGN_FILES, loadCampaign);
  if (explain !== void 0) {
    const campaign = registry.resolve(DEFAULT_DEPARTMENT, void 0);
    const text3 = explainRule(explain, campaign);
    if (text3 === void 0) {
      io.err(
        `clas-check : règle inconnue « ${escapeControls(explain)} ». Règles connues : ${knownRules()}.`
      );
      return 2;
    }
    io.out(text3);
    return 0;
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  let code = 0;
  const failed = (file, message, problems, forJson = message) => {
    io.err([message, ...problems.map((p) => `  - ${p}`)].map(escapeControls).join("\n"));
    if (json) io.out(safeJsonLine({ format: "clas-error/1", file, message: forJson, problems }));
    code = 2;
  };
  for (const [index, file] of files.entries()) {
    const input = await readInput(file);
    if (!input.ok) {
      failed(input.name, input.message, input.problems);
      continue;
    }
    try {
      const report = evaluate(input.dossier, { registry, ...today && { today } });
      if (json) io.out(safeJsonLine(report));
      else {
        const carrier = input.dossier.carrier?.name?.trim();
        const title = carrier ? `${input.name} — ${carrier}` : input.name;
        if (index > 0) io.out("");
        io.out(reportText(escapeDeep(report), escapeControls(title)));
      }
      if (!report.receivable && code === 0) code = 1;
    } catch (e) {
      if (!(e instanceof UnknownCampaignError)) throw e;
      failed(input.name, `${input.name} : ${e.message}`, [], e.message);
    }
  }
  return code;
}

// cli/bin-entry.ts
var write = (stream) => (line) => stream.write(`${line}
`);
process.exitCode = await main(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr)
});
