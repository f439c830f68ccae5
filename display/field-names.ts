/**
 * French names of the dossier's fields (paths of the `clas-dossier/1` contract), as the panel
 * shows them: « Champs non lus », « Voir le champ ». A path the map does not know is shown as is.
 */

const FIELD_NAMES: Record<string, string> = {
  campaign: 'Campagne',
  department: 'Département',
  checkedOn: 'Date de vérification',
  depositedOn: 'Date de dépôt du dossier',
  portal: 'Plateforme de dépôt',
  carrier: 'Structure porteuse',
  'carrier.name': 'Nom de la structure porteuse',
  'carrier.situation': 'Situation : première demande ou renouvellement',
  'carrier.fundedLastYear': 'Financement Clas l’année précédente',
  'carrier.pluriannual': 'Option pour la pluriannualité',
  'carrier.agreementInForce': 'Agrément pluriannuel déjà en cours',
  collectives: 'Collectifs d’enfants',
  axes: 'Axes d’intervention',
  'axes.children': 'Axe « enfants et jeunes »',
  'axes.parents': 'Axe « parents »',
  'axes.school': 'Axe « école »',
  'axes.territory': 'Axe « acteurs du territoire »',
  descriptions: 'Descriptions du projet',
  'descriptions.childrenActions': 'Description des actions avec les enfants',
  'descriptions.parentActions': 'Description des actions avec et pour les parents',
  'descriptions.schoolRelations': 'Description des relations avec les établissements scolaires',
  'descriptions.localResources': 'Description de la mobilisation des ressources locales',
  'descriptions.organisation': 'Organisation pratique du projet',
  'descriptions.evaluation': 'Critères d’évaluation',
  budget: 'Budget prévisionnel',
  'budget.operatingExpenses': 'Dépenses de fonctionnement de l’action',
  'budget.chargesTotal': 'Total des charges du budget',
  'budget.productsTotal': 'Total des produits du budget',
  'budget.cafRequested': 'Montant demandé à la Caf',
  'budget.departmentalCouncil': 'Ligne Conseil départemental du budget',
  'budget.msa': 'Ligne MSA du budget',
  'budget.cityContract': 'Ligne État – politique de la ville du budget',
  bonuses: 'Bonus',
  'bonuses.children.requested': 'Demande du bonus « enfants »',
  'bonuses.children.justification': 'Justification du bonus « enfants »',
  'bonuses.parents.requested': 'Demande du bonus « parents »',
  'bonuses.parents.justification': 'Justification du bonus « parents »',
  'bonuses.tne.requested': 'Demande du bonus parents TNE',
  'bonuses.tne.collectives': 'Nombre de collectifs concernés par le bonus TNE',
  'bonuses.tne.actions': 'Actions du bonus parents TNE',
  'bonuses.tne.fundedByCdElsewhere': 'Actions TNE déjà financées par le Conseil départemental',
  'msa.requested': 'Demande de financement MSA',
  'msa.ruralTerritory': 'Territoire rural ou fragile (MSA)',
  'cityContract.requested': 'Demande de cofinancement politique de la ville',
  'cityContract.addedValue': 'Plus-value du cofinancement politique de la ville',
  'cityContract.obtainedLastYear': 'Cofinancement politique de la ville obtenu l’an dernier',
  'attachments.previousBilan': 'Pièce jointe : bilan de l’année précédente',
  'attachments.cdRecapSheet': 'Pièce jointe : fiche récapitulative du Conseil départemental',
  'attachments.adjustmentDocument': 'Pièce jointe : document d’ajustement du projet',
  sphinxCompleted: 'Questionnaire Sphinx complété',
};

const COLLECTIVE_FIELDS: Record<string, string> = {
  '': '',
  name: 'nom',
  children: 'nombre d’enfants',
  levels: 'niveaux scolaires',
  staff: 'nombre d’encadrants',
  expenses: 'dépenses de fonctionnement',
};

const COLLECTIVE_PATH = /^collectives\[(\d+)\](?:\.(\w+))?$/;

/** `collectives[2].children` → « Collectif 3 : nombre d’enfants ». */
export function fieldLabel(path: string): string {
  // Own keys only: `constructor` or `__proto__` from an imported map is not a field name.
  if (Object.hasOwn(FIELD_NAMES, path)) return FIELD_NAMES[path]!;
  const m = COLLECTIVE_PATH.exec(path);
  if (m) {
    const n = Number(m[1]) + 1;
    const key = m[2] ?? '';
    const part = Object.hasOwn(COLLECTIVE_FIELDS, key) ? COLLECTIVE_FIELDS[key] : undefined;
    if (part === '') return `Collectif ${n}`;
    if (part !== undefined) return `Collectif ${n} : ${part}`;
  }
  return path;
}
