import type { ParameterName } from './campaigns/campaign-schema';
import { FIELD_UNREADABLE } from './field-unreadable';
import type { Severity } from './report';

/**
 * Every rule of the contract's table, with the words of the note it comes from (Catala style:
 * the source text beside the code). The panel shows `quote` on demand, `clas-check --explain`
 * prints it with the rule's parameters.
 *
 * `quote` is the note's own words (../shared/seed/note-de-cadrage-clas-vosges-2025-2026.md),
 * verbatim but for typography (apostrophes, spaces, bold), « […] » where words are left out:
 * test/unit/quotes.test.ts checks each one against the note. A rule that does not come from the
 * note names its real source and has no quote.
 */
export interface RuleInfo {
  severity: Severity;
  /** French, for people: the severity when it is not simply `severity` (two cases, or why). */
  severityNote?: string;
  /** French, for people: when the rule fires (the contract's table). */
  condition: string;
  source: string;
  /** The source's address, when it is not the note. */
  url?: string;
  title: string;
  quote?: string;
  /** The campaign parameters the rule reads (rules/campaigns/88/*.json). */
  parameters: readonly ParameterName[];
}

/** The national CLAS page of the CAF, as the note's first footnote gives it. */
const NATIONAL_PAGE_URL =
  'https://caf.fr/professionnels/offres-et-services/dispositif-partenaires/contrat-local-d-accompagnement-la-scolarite';

const TNE_LOST = 'à vérifier ; tant qu’elle est là, le bonus TNE n’est pas compté';

export const RULES = {
  'deposit.window': {
    severity: 'blocking',
    severityNote: 'bloquant après la clôture du dépôt ; à vérifier avant son ouverture',
    condition:
      'la date de dépôt (à défaut, la date de vérification) est hors de la période de dépôt, bornes comprises',
    source: '§2, §4',
    title: 'Période de dépôt',
    quote:
      'vous devrez entre le 20 juin 2025 et le 31 juillet 2025 […] toute demande déposée hors délai ne sera plus recevable pour instruction',
    parameters: ['depositOpens', 'depositCloses'],
  },
  'portal.channel': {
    severity: 'warning',
    condition:
      'sur MonComptePartenaire : une première demande, ou un renouvellement sans agrément pluriannuel en cours (un premier renouvellement se dépose sur Elan) ; sur Elan : un renouvellement sans changement d’un porteur déjà agréé (il se déclare sur MonComptePartenaire). Rien quand l’agrément en cours n’est pas indiqué et que le reste ne permet pas de trancher',
    source: '§2, §4',
    title: 'Plateforme de dépôt',
    quote:
      'sur la plateforme ELAN pour les premières demandes et les premiers renouvellements […] sur MonComptePartenaire pour les porteurs agréé pour 3 ans et envoi du document au Pôle Partenaires de la Caf',
    parameters: ['forecastYear'],
  },
  'pluriannual.required': {
    severity: 'blocking',
    condition: 'un renouvellement (ou un porteur financé l’an dernier) sans l’option pluriannuelle',
    source: '§2',
    title: 'Pluriannualité obligatoire',
    quote:
      'Si vous portés déjà un Clas : vous devez optez pour la pluri annualité qui peut concerner les campagnes 2025/2026, 2026/2027',
    parameters: ['pluriannualCampaigns'],
  },
  'pluriannual.first-request': {
    severity: 'warning',
    condition: 'une première demande avec l’option pluriannuelle',
    source: '§2',
    title: 'Première demande sur un an',
    quote:
      'Si vous faites une demande CLAS pour la première fois : vous ne serez conventionné que sur une année soit pour l’année 2025/2026',
    parameters: [],
  },
  'bilan.required': {
    severity: 'blocking',
    condition: 'un porteur financé l’an dernier sans le bilan de l’année précédente joint',
    source: '§2 « Important »',
    title: 'Bilan de l’année précédente',
    quote:
      'si vous avez bénéficié d’un financement Clas 2024/2025, et que vous déposez une demande pour 2025/2026, vous devez impérativement fournir un bilan. Toute nouvelle demande, sans fournir un bilan de l’année précédente, ne sera pas prise en compte.',
    parameters: ['bilanDocument'],
  },
  'adjustment.document': {
    severity: 'blocking',
    condition: 'un renouvellement avec changements sans le document d’ajustement',
    source: '§2',
    title: 'Document d’ajustement',
    quote:
      'Si vous avez bénéficié d’un financement CLAS pour 2024-2025 et que vous poursuivez votre projet avec des changements, compléter le document « Projet 2025-2026 - Ajustement du projet 2024-2025 » […] et le renvoyer au Pôle Partenaires de la Caf des Vosges',
    parameters: ['adjustmentDocument'],
  },
  'axes.four': {
    severity: 'blocking',
    condition: 'un des quatre axes d’intervention n’est pas prévu',
    source: '§3.1',
    title: 'Les quatre axes',
    quote:
      'proposer, de manière cumulative, des actions portant sur les quatre axes d’intervention suivants : un axe d’intervention auprès des enfants et des jeunes ; un axe d’intervention auprès et avec les parents ; un axe de concertation et de coordination avec l’école ; un axe de concertation et de coordination avec les acteurs du territoire.',
    parameters: [],
  },
  'description.missing': {
    severity: 'warning',
    condition: 'une des six descriptions du projet est vide',
    source: '§2',
    title: 'Description du projet',
    quote:
      'Il vous est ainsi demandé de détailler votre projet, son organisation pratique et ses critères d’évaluation. Vous décrirez les actions',
    parameters: [],
  },
  'collectives.none': {
    severity: 'blocking',
    condition: 'aucun collectif déclaré',
    source: '§3.1',
    title: 'Aucun collectif',
    quote:
      'la Caf définira le nombre de collectifs qu’elle retient au titre du financement de la Ps Clas',
    parameters: ['groupMinChildren', 'groupMaxChildren'],
  },
  'collectives.none-eligible': {
    severity: 'blocking',
    condition: 'des collectifs, mais aucun de la taille retenue',
    source: '§3.1',
    title: 'Aucun collectif éligible',
    quote:
      'Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d’un groupe de huit à douze enfants',
    parameters: ['groupMinChildren', 'groupMaxChildren'],
  },
  'collective.size': {
    severity: 'warning',
    condition:
      'un collectif en dessous ou au-dessus de la taille retenue : il ne compte pas pour la PS Clas',
    source: '§3.1',
    title: 'Taille du collectif',
    quote:
      'Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d’un groupe de huit à douze enfants, dans la limite d’un prix plafond de 8 487 € par an par groupe, soit une valeur maximale de la Ps de 2 758.28 €',
    parameters: ['groupMinChildren', 'groupMaxChildren', 'psMaximumEuros'],
  },
  'collective.levels': {
    severity: 'warning',
    condition: 'un niveau scolaire hors du CP – Terminale',
    source: 'page nationale, Introduction',
    title: 'Niveaux scolaires',
    quote:
      'C’est un dispositif partenarial, hors temps scolaire, qui s’adresse aux enfants du CP à la Terminale.',
    parameters: ['schoolLevels'],
  },
  'collective.staff': {
    severity: 'warning',
    condition: 'un collectif encadré par moins d’adultes que le minimum',
    source: 'page nationale Clas de la Caf',
    url: NATIONAL_PAGE_URL,
    title: 'Encadrement',
    parameters: ['groupMinStaff'],
  },
  'budget.balance': {
    severity: 'warning',
    condition: 'total des charges et total des produits donnés et différents',
    source: 'principe budgétaire',
    title: 'Équilibre du budget',
    parameters: [],
  },
  'caf.request-exceeds': {
    severity: 'warning',
    condition:
      'montant demandé à la Caf au-dessus de la PS Clas et des bonus calculés, quand il y a au moins un collectif et que les dépenses de chacun sont connues',
    source: '§3.1',
    title: 'Montant demandé à la Caf',
    quote:
      'soit une valeur maximale de la Ps de 2 758.28 € pour l’année scolaire 2025-2026, dans la limite des Fonds disponibles. […] Bonus « enfants » : soutien à la mise en place de projets culturels et éducatifs au sein des Clas (329 € par collectif d’enfants) ; Bonus « parents » : renforcement de l’action des Clas en matière de soutien à la parentalité (329 € par collectif d’enfants).',
    parameters: [
      'psRatePercent',
      'psCeilingEuros',
      'groupMinChildren',
      'groupMaxChildren',
      'bonusChildrenEuros',
      'bonusParentsEuros',
    ],
  },
  'bonus.children.justification': {
    severity: 'warning',
    condition: 'bonus « enfants » demandé sans justification',
    source: '§3.1',
    title: 'Justification du bonus « enfants »',
    quote:
      'Ces bonus sont attribués par les Caf de manière cumulative ou isolée selon la plus-value de l’action proposée au regard des exigences figurant déjà dans le référentiel national Clas. Il faut en effet que les projets aillent au-delà du socle de la Ps Clas pour pouvoir prétendre à un bonus.',
    parameters: [],
  },
  'bonus.parents.justification': {
    severity: 'warning',
    condition: 'bonus « parents » demandé sans justification',
    source: '§3.1',
    title: 'Justification du bonus « parents »',
    quote:
      'Ces bonus sont attribués par les Caf de manière cumulative ou isolée selon la plus-value de l’action proposée au regard des exigences figurant déjà dans le référentiel national Clas. Il faut en effet que les projets aillent au-delà du socle de la Ps Clas pour pouvoir prétendre à un bonus.',
    parameters: [],
  },
  'tne.cd-line': {
    severity: 'warning',
    severityNote: TNE_LOST,
    condition: 'bonus TNE demandé et aucun montant sur la ligne « Conseil départemental »',
    source: '§3.3',
    title: 'Ligne « Conseil départemental »',
    quote:
      'Si vous demandez un « bonus parents : Territoires Numériques Educatifs » vous devez impérativement : inscrire dans le budget d’Elan, ou dans le budget prévisionnel 2025 sur MonComptePartenaire un montant sur la ligne « Conseil départemental ».',
    parameters: ['tneMinEuros', 'tneMaxEuros', 'forecastYear'],
  },
  'tne.recap-sheet': {
    severity: 'warning',
    severityNote: TNE_LOST,
    condition: 'bonus TNE demandé sans la fiche récapitulative du Conseil départemental jointe',
    source: '§3.3',
    title: 'Fiche récapitulative du Conseil départemental',
    quote:
      'Si vous demandez un « bonus parents : Territoires Numériques Educatifs » vous devez impérativement : […] compléter et transmettre en pièce jointe, dans Elan, la fiche récapitulative du Conseil départemental, jointe en annexe de cette note de cadrage.',
    parameters: ['tneMinEuros', 'tneMaxEuros'],
  },
  'tne.amount-range': {
    severity: 'warning',
    condition:
      'bonus TNE demandé et ligne « Conseil départemental » hors de la fourchette par collectif concerné',
    source: '§3.3',
    title: 'Montant TNE',
    quote: 'Ce financement pourra aller de 100 € à 500 € par collectif et selon le type d’action',
    parameters: ['tneMinEuros', 'tneMaxEuros'],
  },
  'tne.double-funding': {
    severity: 'warning',
    severityNote: TNE_LOST,
    condition:
      'bonus TNE demandé pour des actions déjà financées par le Conseil départemental par ailleurs',
    source: '§3.3',
    title: 'Double financement TNE',
    quote:
      'à l’exclusion des actions déjà financées par le Conseil départemental par d’autres dispositifs.',
    parameters: ['tneMinEuros', 'tneMaxEuros'],
  },
  'msa.territory': {
    severity: 'warning',
    condition: 'financement MSA demandé sans territoire rural ou fragile',
    source: '§3.2',
    title: 'Territoire MSA',
    quote:
      'Les projets éligibles au financement dans le cadre de l’enveloppe « Grandir en Milieu Rural » devront répondre aux exigences du référentiel national Clas diffusé par la CAF et être déployés sur les territoires ruraux et/ou fragiles au sens d’une faible densité de population et d’un taux de ressortissants MSA supérieur à la moyenne départementale.',
    parameters: ['msaFlatEuros'],
  },
  'city.added-value': {
    severity: 'warning',
    condition:
      'cofinancement politique de la ville demandé (ou ligne au budget) sans sa plus-value',
    source: '§3.4',
    title: 'Plus-value politique de la ville',
    quote:
      'Le cofinancement sollicité auprès de la politique de la ville devra préciser la plus-value apportée aux jeunes pris en charge, dans l’offre d’accompagnement à la scolarité.',
    parameters: [],
  },
  'city.previous-cofunding': {
    severity: 'warning',
    condition:
      'cofinancement politique de la ville obtenu l’année indiquée par la note et aucun montant sur sa ligne du budget',
    source: '§3.4',
    title: 'Cofinancement politique de la ville',
    quote:
      'Si un cofinancement politique de la ville a été obtenu pour l’année 2024, vous devez impérativement le mentionner dans le budget prévisionnel, en veillant à valoriser les charges de personnel mobilisées pour mener à bien l’accompagnement, comme les adultes relais ou les Fonjep.',
    parameters: ['cityCofundingYear'],
  },
  'sphinx.required': {
    severity: 'info',
    condition: 'porteur financé l’an dernier et questionnaire Sphinx non complété',
    source: '§1, §4',
    title: 'Questionnaire Sphinx',
    quote:
      'Compléter obligatoirement un questionnaire Sphinx, en septembre 2025. Le lien pour ce questionnaire sera disponible sur MonComptePartenaire. La complétude du questionnaire revêt un caractère obligatoire.',
    parameters: ['sphinxDue'],
  },
  'field.unreadable': FIELD_UNREADABLE,
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/**
 * A rule by its id as a string (a finding read back from a snapshot): its own entry only, so
 * `constructor` or `__proto__` is no rule.
 */
export function ruleInfo(rule: string): RuleInfo | undefined {
  return Object.hasOwn(RULES, rule) ? (RULES as Record<string, RuleInfo>)[rule] : undefined;
}
