/**
 * The dossier's fixed vocabularies (contract, « Dossier »), apart from the zod schema so that the
 * extension's content script can use them without carrying zod.
 */

export const SITUATIONS = ['first-request', 'renewal-unchanged', 'renewal-changed'] as const;
export const PORTALS = ['elan', 'mcp', 'other'] as const;
export const AXES = ['children', 'parents', 'school', 'territory'] as const;
export const DESCRIPTIONS = [
  'childrenActions',
  'parentActions',
  'schoolRelations',
  'localResources',
  'organisation',
  'evaluation',
] as const;
const ATTACHMENTS = ['previousBilan', 'cdRecapSheet', 'adjustmentDocument'] as const;

export type Situation = (typeof SITUATIONS)[number];
export type Axis = (typeof AXES)[number];
export type DescriptionKey = (typeof DESCRIPTIONS)[number];

/**
 * Fields that say where and when the dossier is checked rather than what it holds: no rule waits
 * for them. `depositedOn` is among them: without it, the deposit window is judged on the
 * reference date (contract, `deposit.window`), so a page without a deposit date leaves nothing
 * unchecked.
 */
export const CONTEXT_FIELDS = [
  'campaign',
  'department',
  'checkedOn',
  'depositedOn',
  'portal',
] as const;

/** The fields of one collective (`collectives[i].x`), in the contract's order. */
export const COLLECTIVE_FIELDS = ['name', 'children', 'levels', 'staff', 'expenses'] as const;

/**
 * The dossier's own fields, in the contract's order: what a page can show and the rules read.
 * `collectives` stands for the list itself (how many groups); each collective's fields follow
 * it once the list is known. A unit test checks this list against the schema.
 */
export const DOSSIER_INPUT_FIELDS = [
  'carrier.name',
  'carrier.situation',
  'carrier.fundedLastYear',
  'carrier.pluriannual',
  'carrier.agreementInForce',
  'collectives',
  ...AXES.map((a) => `axes.${a}` as const),
  ...DESCRIPTIONS.map((k) => `descriptions.${k}` as const),
  'budget.operatingExpenses',
  'budget.chargesTotal',
  'budget.productsTotal',
  'budget.cafRequested',
  'budget.departmentalCouncil',
  'budget.msa',
  'budget.cityContract',
  'bonuses.children.requested',
  'bonuses.children.justification',
  'bonuses.parents.requested',
  'bonuses.parents.justification',
  'bonuses.tne.requested',
  'bonuses.tne.collectives',
  'bonuses.tne.actions',
  'bonuses.tne.fundedByCdElsewhere',
  'msa.requested',
  'msa.ruralTerritory',
  'cityContract.requested',
  'cityContract.addedValue',
  'cityContract.obtainedLastYear',
  ...ATTACHMENTS.map((a) => `attachments.${a}` as const),
  'sphinxCompleted',
] as const;
