import type { Severity } from './report';

/**
 * Every rule of the contract's table, with the words of the note it comes from (Catala style:
 * the source text beside the code). The panel shows `quote` on demand.
 */
export interface RuleInfo {
  severity: Severity;
  source: string;
  title: string;
  quote: string;
}

export const RULES = {
  'deposit.window': {
    severity: 'blocking',
    source: '§2, §4',
    title: 'Période de dépôt',
    quote:
      'Vous devrez entre le 20 juin 2025 et le 31 juillet 2025 […] toute demande déposée hors délai ne sera plus recevable pour instruction.',
  },
  'portal.channel': {
    severity: 'warning',
    source: '§2, §4',
    title: 'Plateforme de dépôt',
    quote:
      'Sur la plateforme ELAN pour les premières demandes et les premiers renouvellements ; sur MonComptePartenaire pour les porteurs agréés pour 3 ans.',
  },
  'pluriannual.required': {
    severity: 'blocking',
    source: '§2',
    title: 'Pluriannualité obligatoire',
    quote:
      'Si vous portez déjà un Clas : vous devez opter pour la pluri annualité qui peut concerner les campagnes 2025/2026, 2026/2027.',
  },
  'pluriannual.first-request': {
    severity: 'warning',
    source: '§2',
    title: 'Première demande sur un an',
    quote:
      'Si vous faites une demande CLAS pour la première fois : vous ne serez conventionné que sur une année soit pour l’année 2025/2026.',
  },
  'bilan.required': {
    severity: 'blocking',
    source: '§2 « Important »',
    title: 'Bilan de l’année précédente',
    quote:
      'Si vous avez bénéficié d’un financement Clas 2024/2025 […] vous devez impérativement fournir un bilan. Toute nouvelle demande, sans fournir un bilan de l’année précédente, ne sera pas prise en compte.',
  },
  'adjustment.document': {
    severity: 'blocking',
    source: '§2',
    title: 'Document d’ajustement',
    quote:
      'Si vous poursuivez votre projet avec des changements, compléter le document « Projet 2025-2026 - Ajustement du projet 2024-2025 » et le renvoyer au Pôle Partenaires de la Caf des Vosges.',
  },
  'axes.four': {
    severity: 'blocking',
    source: '§3.1',
    title: 'Les quatre axes',
    quote:
      'Proposer, de manière cumulative, des actions portant sur les quatre axes d’intervention : enfants et jeunes ; parents ; école ; acteurs du territoire.',
  },
  'description.missing': {
    severity: 'warning',
    source: '§2',
    title: 'Description du projet',
    quote:
      'Il vous est ainsi demandé de détailler votre projet, son organisation pratique et ses critères d’évaluation.',
  },
  'collectives.none': {
    severity: 'blocking',
    source: '§3.1',
    title: 'Aucun collectif',
    quote: 'Des actions conduites auprès d’un groupe de huit à douze enfants.',
  },
  'collectives.none-eligible': {
    severity: 'blocking',
    source: '§3.1',
    title: 'Aucun collectif éligible',
    quote: 'Des actions conduites auprès d’un groupe de huit à douze enfants.',
  },
  'collective.size': {
    severity: 'warning',
    source: '§3.1',
    title: 'Taille du collectif',
    quote:
      'Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d’un groupe de huit à douze enfants.',
  },
  'collective.levels': {
    severity: 'warning',
    source: 'page nationale, Introduction',
    title: 'Niveaux scolaires',
    quote:
      'Un dispositif partenarial, hors temps scolaire, qui s’adresse aux enfants du CP à la Terminale.',
  },
  'collective.staff': {
    severity: 'warning',
    source: 'page nationale',
    title: 'Encadrement',
    quote: 'Chaque groupe d’enfants est encadré par 2 intervenants professionnels et/ou bénévoles.',
  },
  'budget.balance': {
    severity: 'warning',
    source: 'budget prévisionnel',
    title: 'Équilibre du budget',
    quote: 'Le budget prévisionnel présente des charges et des produits de même total.',
  },
  'caf.request-exceeds': {
    severity: 'warning',
    source: '§3.1',
    title: 'Montant demandé à la Caf',
    quote:
      'Soit une valeur maximale de la Ps de 2 758.28 € […] Bonus « enfants » (329 € par collectif d’enfants) ; Bonus « parents » (329 € par collectif d’enfants).',
  },
  'bonus.children.justification': {
    severity: 'warning',
    source: '§3.1',
    title: 'Justification du bonus « enfants »',
    quote:
      'Il faut en effet que les projets aillent au-delà du socle de la Ps Clas pour pouvoir prétendre à un bonus.',
  },
  'bonus.parents.justification': {
    severity: 'warning',
    source: '§3.1',
    title: 'Justification du bonus « parents »',
    quote:
      'Il faut en effet que les projets aillent au-delà du socle de la Ps Clas pour pouvoir prétendre à un bonus.',
  },
  'tne.cd-line': {
    severity: 'blocking',
    source: '§3.3',
    title: 'Ligne « Conseil départemental »',
    quote:
      'Si vous demandez un « bonus parents : Territoires Numériques Educatifs » vous devez impérativement inscrire dans le budget d’Elan, ou dans le budget prévisionnel 2025 sur MonComptePartenaire un montant sur la ligne « Conseil départemental ».',
  },
  'tne.recap-sheet': {
    severity: 'blocking',
    source: '§3.3',
    title: 'Fiche récapitulative du Conseil départemental',
    quote:
      'Compléter et transmettre en pièce jointe, dans Elan, la fiche récapitulative du Conseil départemental, jointe en annexe de cette note de cadrage.',
  },
  'tne.amount-range': {
    severity: 'warning',
    source: '§3.3',
    title: 'Montant TNE',
    quote: 'Ce financement pourra aller de 100 € à 500 € par collectif et selon le type d’action.',
  },
  'tne.double-funding': {
    severity: 'blocking',
    source: '§3.3',
    title: 'Double financement TNE',
    quote:
      'À l’exclusion des actions déjà financées par le Conseil départemental par d’autres dispositifs.',
  },
  'msa.territory': {
    severity: 'warning',
    source: '§3.2',
    title: 'Territoire MSA',
    quote:
      'Être déployés sur les territoires ruraux et/ou fragiles au sens d’une faible densité de population et d’un taux de ressortissants MSA supérieur à la moyenne départementale.',
  },
  'city.added-value': {
    severity: 'warning',
    source: '§3.4',
    title: 'Plus-value politique de la ville',
    quote:
      'Le cofinancement sollicité auprès de la politique de la ville devra préciser la plus-value apportée aux jeunes pris en charge.',
  },
  'city.previous-cofunding': {
    severity: 'blocking',
    source: '§3.4',
    title: 'Cofinancement politique de la ville',
    quote:
      'Si un cofinancement politique de la ville a été obtenu pour l’année 2024, vous devez impérativement le mentionner dans le budget prévisionnel.',
  },
  'sphinx.required': {
    severity: 'info',
    source: '§1, §4',
    title: 'Questionnaire Sphinx',
    quote:
      'Compléter obligatoirement un questionnaire Sphinx, en septembre 2025. La complétude du questionnaire revêt un caractère obligatoire.',
  },
  'field.unreadable': {
    severity: 'warning',
    source: 'lecture de la page',
    title: 'Valeur illisible',
    quote: 'Une valeur de la page n’a pas pu être lue : elle n’est pas prise en compte.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;
