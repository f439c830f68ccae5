/**
 * What each dossier field means, as data: the words a label must carry, the words that support
 * it, and the words that rule it out. Labels are compared as word stems (text.ts), so each
 * phrase below stands for its spelling variants, plurals and abbreviations; a phrase word of 5
 * letters or more also matches longer words that start with it (« justif » → « justifiant »).
 *
 * - `all`: groups that must each be met, by one of their phrases, in the label or nearby text
 *   (section heading, legend, column header, caption);
 * - `any`: phrases that support the concept when the label has them;
 * - `not`: phrases that rule the concept out when the label has them (unless one of `unless`);
 * - `ctx` + `needCtx`: phrases one of which must be in the label or around it (a budget amount
 *   labelled only « Département » must sit in a budget);
 * - `notCtx`: phrases that rule it out when they are around it (a description under « Bonus »
 *   justifies the bonus).
 *
 * To teach the reader a new wording, add its words here; a test reads every concept against the
 * mock portals and the generated corpus (test/corpus/).
 */
export type ValueKind =
  | 'amount'
  | 'count'
  | 'text'
  | 'longText'
  | 'boolean'
  | 'situation'
  | 'levels'
  | 'attachment'
  | 'department'
  | 'campaign'
  | 'date'
  | 'axes';

export interface ConceptSpec {
  readonly path: string;
  readonly kind: ValueKind;
  readonly all: readonly (readonly string[])[];
  readonly any?: readonly string[];
  readonly not?: readonly string[];
  readonly unless?: readonly string[];
  readonly ctx?: readonly string[];
  readonly needCtx?: boolean;
  /** Whether the field just before may give the context (a question and its « Précisez »). */
  readonly prevCtx?: boolean;
  /** Phrases that rule the concept out when a heading above has them (« Bonus »). */
  readonly notCtx?: readonly string[];
  /**
   * About the year before the campaign (funded last year, last year's bilan). Other concepts are
   * ruled out under a heading or column that speaks of the year before (« Bilan 2024-2025 »).
   */
  readonly pastYear?: boolean;
  /** Several lines of one table that each give a part (the Caf's service and its bonus). */
  readonly sum?: boolean;
  /** Words of a line that is only a part of the sum: never read alone (the Caf's bonus line). */
  readonly partWords?: readonly string[];
}

/** Words of a budget's headings (not « subvention » or « financement »: page titles say them). */
const BUDGET_CONTEXT = [
  'budget',
  'produit',
  'recette',
  'ressource',
  'subvention exploitation',
  'financeur',
  'montant',
  'plan financement',
  'euro',
  'charge',
];

const REQUEST = ['demande', 'sollicite', 'souhaite', 'opte'];
export const LAST_YEAR = ['annee_precedente', 'an_dernier', 'precedent'];
const EXPLAIN = [
  'justif',
  'argument',
  'plus_value',
  'description',
  'decri',
  'descriptif',
  'motiv',
  'expliqu',
  'presentation',
  'presenter',
];

export const CONCEPTS: readonly ConceptSpec[] = [
  // — the dossier —
  {
    path: 'campaign',
    kind: 'campaign',
    all: [['campagne', 'annee scolaire', 'exercice']],
    not: ['financement', 'bilan', 'sphinx', 'deux', 'engagement', 'pluriannuel'],
  },
  {
    path: 'department',
    kind: 'department',
    all: [['departement', 'caf rattachement', 'caf gestionnaire', 'caf competente']],
    not: ['conseil_departemental', 'tne', 'financement', 'montant'],
  },
  {
    path: 'depositedOn',
    kind: 'date',
    all: [['depot', 'depose', 'transmis', 'transmission', 'soumis', 'envoye', 'reception', 'recu']],
    any: ['date', 'dossier', 'demande'],
    not: [
      'creation',
      'modification',
      'mise jour',
      'fichier',
      'piece',
      'document',
      'bilan',
      'limite',
    ],
  },

  // — the carrier —
  {
    path: 'carrier.name',
    kind: 'text',
    all: [
      [
        'raison sociale',
        'denomination',
        'nom structure',
        'nom organisme',
        'nom association',
        'nom porteur',
        'nom tiers',
        'nom gestionnaire',
        'nom entite',
        'nom legal',
        'structure',
        'organisme',
        'association',
        'porteur',
        'demandeur',
        'gestionnaire',
        'tiers',
        'beneficiaire',
        'partenaire',
      ],
    ],
    any: ['nom', 'intitule', 'designation', 'projet', 'demandeuse', 'porteuse'],
    not: [
      'contact',
      'responsable',
      'representant',
      'interlocuteur',
      'correspondant',
      'signataire',
      'charge',
      'suivi',
      'president',
      'directeur',
      'referent',
      'personne',
      'adresse',
      'commune',
      'ville',
      'code',
      'siret',
      'siren',
      'date',
      'telephone',
      'courriel',
      'mail',
      'numero',
      'agrement',
      'type',
      'nature',
      'situation',
      'statut',
      'collectif',
      'groupe',
      'enfant',
      'benevole',
      'salarie',
      'famille',
      'juridique',
      'banque',
      'iban',
      'axe',
      'nombre',
    ],
  },
  {
    path: 'carrier.situation',
    kind: 'situation',
    all: [
      [
        'situation',
        'type demande',
        'type dossier',
        'nature demande',
        'objet demande',
        'renouvellement',
        'statut demande',
      ],
    ],
    any: ['demande', 'porteur', 'dossier'],
    not: ['date', 'numero', 'montant', 'bonus', 'msa', 'politique_ville', 'tne', 'juridique'],
  },
  {
    path: 'carrier.fundedLastYear',
    kind: 'boolean',
    pastYear: true,
    all: [
      [
        'financement',
        'beneficie',
        'beneficiaire',
        'subvention',
        'aide',
        'obtenu',
        'recu',
        'percu',
        'soutenu',
      ],
      [...LAST_YEAR, 'deja'],
    ],
    not: [
      'politique_ville',
      'msa',
      'conseil_departemental',
      'departement',
      'tne',
      'bonus',
      'nombre',
      'bilan',
      'enfant',
      'montant',
    ],
  },
  {
    path: 'carrier.pluriannual',
    kind: 'boolean',
    all: [
      [
        'pluriannuel',
        'pluriannualit',
        'plusieurs annee',
        'triennal',
        'annee_suivante',
        'deux an',
        'deux ans',
        'deux annee',
      ],
    ],
    any: [...REQUEST, 'option', 'conventionnement', 'convention'],
    not: ['en cours', 'vigueur', 'deja', 'couvrant', 'agre', 'valide', 'obtenu', 'bilan'],
  },
  {
    path: 'carrier.agreementInForce',
    kind: 'boolean',
    all: [
      ['pluriannuel', 'trois an', '3 an', 'agrement', 'agre', 'convention', 'triennal'],
      ['en cours', 'vigueur', 'deja', 'couvrant', 'valide', 'actuel'],
    ],
    not: [...REQUEST, 'option', 'financement'],
  },

  // — each collective —
  {
    path: 'collectives[].name',
    kind: 'text',
    all: [['nom', 'intitule', 'denomination', 'libelle', 'appellation', 'titre']],
    any: ['collectif', 'groupe', 'atelier', 'action'],
    not: [
      'structure',
      'porteur',
      'association',
      'organisme',
      'responsable',
      'contact',
      'referent',
      'intervenant',
      'animateur',
      'encadrant',
      'etablissement',
      'ecole',
      'commune',
      'lieu',
      'fichier',
      'document',
      'personne',
      'nombre',
    ],
  },
  {
    path: 'collectives[].children',
    kind: 'count',
    all: [['enfant', 'effectif', 'inscrit', 'eleve', 'jeune', 'participant', 'beneficiaire']],
    any: ['nombre', 'prevu', 'previsionnel', 'accueilli', 'accompagne', 'groupe', 'collectif'],
    not: [
      ...LAST_YEAR,
      'total',
      'tous',
      'famille',
      'parent',
      'benevole',
      'tne',
      'niveau',
      'classe',
      'age',
      'seance',
      'heure',
      'action',
      'axe',
      'realise',
      'reel',
      'handicap',
      'fille',
      'garcon',
      'capacite',
      'attente',
      'dont',
      'liste',
      'orient',
      'absent',
      'abandon',
      'maximum',
      'maximal',
      'minimum',
      'moyen',
      'agrement',
      'nom',
      'intitule',
      'libelle',
      'denomination',
      'titre',
      'qpv',
      'quartier',
      'bonus',
      'montant',
    ],
  },
  {
    path: 'collectives[].levels',
    kind: 'levels',
    all: [['niveau', 'classe', 'scolarite', 'cycle']],
    any: ['scolaire', 'enfant', 'accueilli', 'concerne', 'frequente'],
    not: ['nombre', 'etablissement', 'effectif'],
  },
  {
    path: 'collectives[].staff',
    kind: 'count',
    all: [
      [
        'intervenant',
        'encadrant',
        'encadrement',
        'adulte',
        'animateur',
        'accompagnateur',
        'benevole salarie',
      ],
    ],
    any: ['nombre', 'groupe', 'collectif', 'salarie', 'benevole', 'professionnel'],
    not: [
      'dont',
      'uniquement',
      'seulement',
      'total',
      'structure',
      'association',
      'etp',
      'heure',
      'nom',
      'qualification',
      'diplome',
      'formation',
      'taux',
    ],
  },
  {
    path: 'collectives[].expenses',
    kind: 'amount',
    all: [['depense', 'cout', 'budget', 'charge fonctionnement']],
    any: ['fonctionnement', 'collectif', 'groupe', 'prevu', 'previsionnel', 'propre'],
    not: ['total', 'action', 'ensemble', 'tous', 'global', 'personnel', 'caf', 'demande'],
  },

  // — the four axes —
  {
    path: 'axes.children',
    kind: 'boolean',
    all: [['enfant', 'jeune', 'eleve']],
    any: ['axe', 'intervention', 'accompagnement', 'aupres', 'prevu', 'action'],
    ctx: ['axe', 'intervention', 'action prevu'],
    needCtx: true,
    not: [
      'nombre',
      'effectif',
      'bonus',
      ...EXPLAIN,
      'mene',
      'conduite',
      'envisage',
      'parent',
      'ecole',
      'territoire',
      'inscrit',
      'niveau',
      'accueilli',
      'tne',
    ],
  },
  {
    path: 'axes.parents',
    kind: 'boolean',
    all: [['parent', 'famille', 'parentalit']],
    any: ['axe', 'intervention', 'accompagnement', 'aupres', 'prevu', 'action'],
    ctx: ['axe', 'intervention', 'action prevu'],
    needCtx: true,
    not: ['bonus', 'tne', 'numerique', ...EXPLAIN, 'envisage', 'nombre', 'ecole', 'territoire'],
  },
  {
    path: 'axes.school',
    kind: 'boolean',
    all: [['ecole', 'scolaire', 'enseignant', 'education nationale', 'college', 'etablissement']],
    any: ['axe', 'concertation', 'coordination', 'lien', 'prevu'],
    ctx: ['axe', 'intervention', 'coordination', 'concertation'],
    needCtx: true,
    not: ['niveau', 'classe', 'relation', 'nouee', ...EXPLAIN, 'nombre', 'parent', 'territoire'],
  },
  {
    path: 'axes.territory',
    kind: 'boolean',
    all: [['territoire', 'partenaire', 'acteur', 'partenariat']],
    any: ['axe', 'concertation', 'coordination', 'local', 'prevu'],
    ctx: ['axe', 'intervention', 'coordination', 'concertation'],
    needCtx: true,
    not: [
      'rural',
      'fragile',
      'msa',
      'tne',
      'numerique',
      'politique_ville',
      ...EXPLAIN,
      'ressource',
      'mobilis',
    ],
  },
  {
    path: 'axes',
    kind: 'axes',
    all: [['axe']],
    any: ['intervention', 'projet', 'retenu', 'prevu'],
    not: ['enfant', 'parent', 'ecole', 'territoire', 'nombre'],
  },

  // — the project's descriptions —
  {
    path: 'descriptions.childrenActions',
    kind: 'longText',
    notCtx: ['bonus', 'tne', 'politique_ville', 'msa'],
    all: [
      ['enfant', 'jeune', 'eleve'],
      ['action', 'activite', 'accompagnement', 'contenu', 'intervention', ...EXPLAIN],
    ],
    any: ['mene', 'conduite', 'envisage', 'prevu', 'aupres'],
    not: [
      'parent',
      'ecole',
      'bonus',
      'tne',
      'axe',
      'nombre',
      'effectif',
      'niveau',
      'justif',
      'argument',
      'politique_ville',
      'plus_value',
      'lieu',
      'adresse',
      'horaire',
      'creneau',
      'local',
    ],
  },
  {
    path: 'descriptions.parentActions',
    kind: 'longText',
    notCtx: ['bonus', 'tne', 'politique_ville', 'msa'],
    all: [
      ['parent', 'famille', 'parentalit'],
      [
        'action',
        'activite',
        'accompagnement',
        'intervention',
        'soutien',
        'implication',
        ...EXPLAIN,
      ],
    ],
    any: ['mene', 'conduite', 'envisage', 'prevu', 'direction'],
    not: ['bonus', 'tne', 'numerique', 'axe', 'justif', 'argument', 'nombre'],
  },
  {
    path: 'descriptions.schoolRelations',
    kind: 'longText',
    notCtx: ['bonus', 'tne', 'politique_ville', 'msa'],
    all: [
      ['ecole', 'scolaire', 'etablissement', 'enseignant', 'education nationale', 'college'],
      [
        'relation',
        'lien',
        'modalite',
        'coordination',
        'concertation',
        'partenariat',
        'articulation',
        'collaboration',
        ...EXPLAIN,
      ],
    ],
    not: ['niveau', 'classe', 'axe', 'nombre'],
  },
  {
    path: 'descriptions.localResources',
    kind: 'longText',
    notCtx: ['bonus', 'tne', 'politique_ville', 'msa'],
    all: [['ressource', 'environnement', 'partenariat local', 'partenaire local', 'mobilis']],
    any: ['local', 'proche', 'territoire', 'quartier'],
    not: ['axe', 'financ', 'montant', 'budget', 'humain'],
  },
  {
    path: 'descriptions.organisation',
    kind: 'longText',
    notCtx: ['bonus', 'tne', 'politique_ville', 'msa'],
    all: [
      ['organisation', 'deroulement', 'modalite pratique', 'fonctionnement pratique', 'planning'],
    ],
    any: ['pratique', 'jour', 'horaire', 'lieu'],
    not: ['evaluation', 'depense', 'cout', 'budget', 'montant', 'charge', 'structure', 'organisme'],
  },
  {
    path: 'descriptions.evaluation',
    kind: 'longText',
    notCtx: ['bonus', 'tne', 'politique_ville', 'msa'],
    all: [['evaluation', 'evaluer', 'indicateur', 'critere']],
    any: ['modalite', 'action', 'projet', 'outil'],
    not: [
      'fichier',
      'piece',
      'document',
      ...LAST_YEAR,
      'joint',
      'depose',
      'sphinx',
      'questionnaire en ligne',
    ],
  },

  // — the budget —
  {
    path: 'budget.operatingExpenses',
    kind: 'amount',
    all: [['depense', 'cout']],
    any: ['fonctionnement', 'action', 'total', 'ensemble', 'tous', 'global', 'montant'],
    not: ['propre', 'collectif', 'groupe', 'personnel', 'caf', 'demande'],
    unless: ['tous', 'ensemble', 'total', 'global'],
  },
  {
    path: 'budget.chargesTotal',
    kind: 'amount',
    all: [['total'], ['charge', 'depense', 'emploi']],
    any: ['previsionnel', 'general'],
    not: [
      'produit',
      'recette',
      'ressource',
      'sous',
      'fonctionnement',
      'personnel',
      'collectif',
      'groupe',
      'nombre',
      'famille',
      'enfant',
    ],
  },
  {
    path: 'budget.productsTotal',
    kind: 'amount',
    all: [['total'], ['produit', 'recette', 'ressource', 'financement']],
    any: ['previsionnel', 'general'],
    not: [
      'charge',
      'depense',
      'sous',
      'subvention',
      'caf',
      'collectif',
      'groupe',
      'nombre',
      'famille',
      'enfant',
    ],
  },
  {
    path: 'budget.cafRequested',
    kind: 'amount',
    sum: true,
    // Not « prestation de service » alone: « CLAS » is a stop word (every label says it), and
    // « Prestations de services » is also a CERFA account on both sides (604, 706).
    all: [['caf', 'ps']],
    partWords: ['bonus'],
    any: [
      'demande',
      'montant',
      'participation',
      'subvention',
      'prestation service',
      'financement',
      'bonus',
    ],
    ctx: BUDGET_CONTEXT,
    not: [
      'propose',
      'retenu',
      'estim',
      'calcul',
      'simul',
      'indicatif',
      'theorique',
      'instruct',
      'accorde',
      'notifie',
      'verse',
      'rattachement',
      'total',
      'sous',
      ...LAST_YEAR,
      'msa',
      'conseil_departemental',
      'numero',
      'allocataire',
      'vente',
      'fini',
    ],
  },
  {
    path: 'budget.departmentalCouncil',
    kind: 'amount',
    all: [['conseil_departemental', 'departement']],
    any: ['montant', 'subvention', 'financement', 'participation'],
    ctx: BUDGET_CONTEXT,
    needCtx: true,
    not: [
      'caf',
      'msa',
      'tne',
      'bonus',
      'rattachement',
      'implantation',
      'code',
      'deja',
      'autre dispositif',
      ...LAST_YEAR,
    ],
  },
  {
    path: 'budget.msa',
    kind: 'amount',
    all: [['msa']],
    any: ['montant', 'subvention', 'financement', 'participation', 'grandir_rural'],
    ctx: BUDGET_CONTEXT,
    needCtx: true,
    // « Organismes sociaux : MSA Lorraine » is its line; « Organismes sociaux (Caf, MSA) » says
    // both and is none.
    not: ['territoire', 'zone', 'caf', 'rattachement', 'fragile'],
  },
  {
    path: 'budget.cityContract',
    kind: 'amount',
    all: [['politique_ville', 'anct', 'quartier']],
    any: ['etat', 'montant', 'subvention', 'financement'],
    ctx: BUDGET_CONTEXT,
    needCtx: true,
    not: ['plus_value', 'obtenu', 'deja', ...LAST_YEAR],
  },

  // — bonuses —
  {
    path: 'bonuses.children.requested',
    kind: 'boolean',
    all: [['bonus'], ['enfant']],
    any: [...REQUEST, 'projet culturel'],
    not: ['parent', 'tne', 'numerique', ...EXPLAIN, 'montant', 'pourquoi'],
  },
  {
    path: 'bonuses.children.justification',
    kind: 'longText',
    all: [
      ['bonus enfant', 'projet culturel', 'culturel educatif'],
      [...EXPLAIN, 'projet culturel'],
    ],
    not: ['parent', 'tne', 'numerique'],
  },
  {
    path: 'bonuses.parents.requested',
    kind: 'boolean',
    all: [['bonus'], ['parent', 'parentalit']],
    any: [...REQUEST],
    not: ['enfant', 'tne', 'numerique', ...EXPLAIN, 'montant', 'pourquoi'],
  },
  {
    path: 'bonuses.parents.justification',
    kind: 'longText',
    all: [
      ['bonus parent', 'soutien parentalit', 'bonus parentalit'],
      [...EXPLAIN, 'soutien', 'action'],
    ],
    not: ['tne', 'numerique', 'enfant'],
  },
  {
    path: 'bonuses.tne.requested',
    kind: 'boolean',
    all: [['tne', 'numerique educatif']],
    any: ['bonus', ...REQUEST, 'conseil_departemental'],
    not: [
      'collectif',
      'groupe',
      'nombre',
      'action',
      ...EXPLAIN,
      'fiche',
      'annexe',
      'deja',
      'autre dispositif',
      'recapitulati',
    ],
  },
  {
    path: 'bonuses.tne.collectives',
    kind: 'count',
    all: [
      ['tne', 'numerique'],
      ['collectif', 'groupe'],
    ],
    any: ['nombre', 'concerne'],
    not: ['enfant', 'fiche', 'action'],
  },
  {
    path: 'bonuses.tne.actions',
    kind: 'longText',
    all: [
      ['tne', 'numerique'],
      ['action', 'activite', ...EXPLAIN],
    ],
    any: ['parent', 'prevu', 'envisage'],
    not: ['deja', 'autre dispositif', 'soutenu', 'nombre', 'collectif', 'fiche', 'financement'],
  },
  {
    path: 'bonuses.tne.fundedByCdElsewhere',
    kind: 'boolean',
    all: [
      ['deja', 'autre dispositif'],
      ['conseil_departemental', 'departement'],
    ],
    any: ['financement', 'soutenu', 'action', 'tne', 'dispositif'],
    not: ['fiche', 'recapitulati', 'politique_ville', 'annee_precedente'],
  },

  // — MSA and city contract —
  {
    path: 'msa.requested',
    kind: 'boolean',
    all: [['msa', 'grandir_rural']],
    any: [...REQUEST, 'financement'],
    not: ['fragile', 'territoire', 'zone', 'implant', 'montant'],
  },
  {
    path: 'msa.ruralTerritory',
    kind: 'boolean',
    all: [
      ['rural', 'fragile', 'faible densite'],
      ['territoire', 'zone', 'implant', 'commune', 'secteur', 'milieu', 'fragile'],
    ],
    not: ['grandir_rural', 'demande', 'montant'],
  },
  {
    path: 'cityContract.requested',
    kind: 'boolean',
    all: [['politique_ville', 'quartier', 'anct', 'qpv']],
    any: [...REQUEST, 'financement'],
    not: ['obtenu', 'deja', ...LAST_YEAR, 'plus_value', 'montant', 'recu'],
  },
  {
    path: 'cityContract.addedValue',
    kind: 'longText',
    all: [['plus_value', 'apport', 'benefice attendu', 'interet']],
    any: ['jeune', 'enfant', 'quartier', 'habitant', 'public'],
    ctx: ['politique_ville', 'quartier', 'anct'],
    needCtx: true,
    prevCtx: true,
    not: ['bonus', 'tne', 'msa', 'numerique'],
  },
  {
    path: 'cityContract.obtainedLastYear',
    kind: 'boolean',
    pastYear: true,
    all: [
      ['politique_ville', 'quartier', 'anct'],
      ['obtenu', 'deja', 'recu', 'beneficie', ...LAST_YEAR],
    ],
    not: ['plus_value', 'montant'],
  },

  // — attachments and follow-up —
  {
    path: 'attachments.previousBilan',
    kind: 'attachment',
    pastYear: true,
    all: [['bilan']],
    any: [...LAST_YEAR, 'action', 'complete', 'depose', 'joint', 'fourni', 'document'],
    not: ['questionnaire', 'sphinx', 'critere', 'modalite', 'evaluation', 'fiche', 'ajustement'],
  },
  {
    path: 'attachments.cdRecapSheet',
    kind: 'attachment',
    all: [['recapitulati', 'annexe tne', 'fiche tne', 'fiche conseil_departemental']],
    any: ['conseil_departemental', 'tne', 'fiche', 'annexe'],
    not: ['bilan', 'ajustement'],
  },
  {
    path: 'attachments.adjustmentDocument',
    kind: 'attachment',
    all: [['ajustement', 'avenant', 'actualisation']],
    any: ['projet', 'document', 'annee_campagne'],
    not: ['bilan', 'recapitulati'],
  },
  {
    path: 'sphinxCompleted',
    kind: 'boolean',
    all: [['sphinx', 'questionnaire en ligne', 'enquete en ligne']],
    any: ['complete', 'renseigne', 'rempli', 'questionnaire', 'saisi'],
    // « Je m'engage à compléter le questionnaire Sphinx »: a promise, not the questionnaire done.
    not: ['satisfaction', 'engag'],
  },
];
