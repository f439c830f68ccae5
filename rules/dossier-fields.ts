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
export const ATTACHMENTS = ['previousBilan', 'cdRecapSheet', 'adjustmentDocument'] as const;

export type Situation = (typeof SITUATIONS)[number];
export type Axis = (typeof AXES)[number];
export type DescriptionKey = (typeof DESCRIPTIONS)[number];
