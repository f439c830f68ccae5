/**
 * Every field of the `clas-dossier/1` dossier (contract revision 2) that a portal page can show,
 * with the kind of value it holds. `checkedOn` is not here: it is the checker's reference date,
 * never a field of the portal. `collectives[]` stands for any collective.
 */
export const FIELDS = {
  campaign: 'code',
  department: 'code',
  depositedOn: 'date',
  portal: 'code',
  'carrier.name': 'text',
  'carrier.situation': 'situation',
  'carrier.fundedLastYear': 'bool',
  'carrier.pluriannual': 'bool',
  'carrier.agreementInForce': 'bool',
  'collectives[].name': 'text',
  'collectives[].children': 'count',
  'collectives[].levels': 'levels',
  'collectives[].staff': 'count',
  'collectives[].expenses': 'amount',
  'axes.children': 'bool',
  'axes.parents': 'bool',
  'axes.school': 'bool',
  'axes.territory': 'bool',
  'descriptions.childrenActions': 'longText',
  'descriptions.parentActions': 'longText',
  'descriptions.schoolRelations': 'longText',
  'descriptions.localResources': 'longText',
  'descriptions.organisation': 'longText',
  'descriptions.evaluation': 'longText',
  'budget.operatingExpenses': 'amount',
  'budget.chargesTotal': 'amount',
  'budget.productsTotal': 'amount',
  'budget.cafRequested': 'amount',
  'budget.departmentalCouncil': 'amount',
  'budget.msa': 'amount',
  'budget.cityContract': 'amount',
  'bonuses.children.requested': 'bool',
  'bonuses.children.justification': 'longText',
  'bonuses.parents.requested': 'bool',
  'bonuses.parents.justification': 'longText',
  'bonuses.tne.requested': 'bool',
  'bonuses.tne.collectives': 'count',
  'bonuses.tne.actions': 'longText',
  'bonuses.tne.fundedByCdElsewhere': 'bool',
  'msa.requested': 'bool',
  'msa.ruralTerritory': 'bool',
  'cityContract.requested': 'bool',
  'cityContract.addedValue': 'longText',
  'cityContract.obtainedLastYear': 'bool',
  'attachments.previousBilan': 'attachment',
  'attachments.cdRecapSheet': 'attachment',
  'attachments.adjustmentDocument': 'attachment',
  sphinxCompleted: 'bool',
} as const;

export type FieldKey = keyof typeof FIELDS;
export type FieldKind = (typeof FIELDS)[FieldKey];
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** The field key of a concrete path: `collectives[3].children` → `collectives[].children`. */
export function fieldKeyOf(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The concrete path of a key for collective `index`. */
export function concretePath(key: FieldKey, index?: number): string {
  return index === undefined ? key : key.replace('[]', `[${index}]`);
}
