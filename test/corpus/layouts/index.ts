import { BUDGET_LAYOUTS } from './budget';
import { FORM_LAYOUTS } from './forms';
import { GROUP_LAYOUTS } from './groups';
import { SUMMARY_LAYOUTS } from './summaries';
import type { LayoutSet } from './types';

/** The dev set's layouts (the held-out set uses these and its own, held-out/layouts.ts). */
export const DEV_LAYOUTS: LayoutSet = {
  fields: [...FORM_LAYOUTS, ...SUMMARY_LAYOUTS],
  groups: GROUP_LAYOUTS,
  budgets: BUDGET_LAYOUTS,
};
