import type { RuleId } from '../catalogue';
import {
  adjustmentDocument,
  bilanRequired,
  pluriannualFirstRequest,
  pluriannualRequired,
  sphinxRequired,
} from './agreement';
import { bonusChildrenJustification, bonusParentsJustification } from './bonuses';
import { budgetBalance, cafRequestExceeds } from './budget';
import { cityAddedValue, cityPreviousCofunding, msaTerritory } from './cofunding';
import {
  collectiveLevels,
  collectiveSize,
  collectiveStaff,
  collectivesNone,
  collectivesNoneEligible,
} from './collectives';
import type { Check } from './context';
import { depositWindow, portalChannel } from './deposit';
import { axesFour, descriptionMissing } from './project';
import { tneAmountRange, tneCdLine, tneDoubleFunding, tneRecapSheet } from './tne';

/** One check per rule of the contract's table (`field.unreadable` is the page reader's). */
export interface RuleCheck {
  rule: RuleId;
  check: Check;
}

/** All checks, in the order their findings are listed (the contract's table order). */
export const CHECKS: readonly RuleCheck[] = [
  { rule: 'deposit.window', check: depositWindow },
  { rule: 'portal.channel', check: portalChannel },
  { rule: 'pluriannual.required', check: pluriannualRequired },
  { rule: 'pluriannual.first-request', check: pluriannualFirstRequest },
  { rule: 'bilan.required', check: bilanRequired },
  { rule: 'adjustment.document', check: adjustmentDocument },
  { rule: 'axes.four', check: axesFour },
  { rule: 'description.missing', check: descriptionMissing },
  { rule: 'collectives.none', check: collectivesNone },
  { rule: 'collectives.none-eligible', check: collectivesNoneEligible },
  { rule: 'collective.size', check: collectiveSize },
  { rule: 'collective.levels', check: collectiveLevels },
  { rule: 'collective.staff', check: collectiveStaff },
  { rule: 'budget.balance', check: budgetBalance },
  { rule: 'caf.request-exceeds', check: cafRequestExceeds },
  { rule: 'bonus.children.justification', check: bonusChildrenJustification },
  { rule: 'bonus.parents.justification', check: bonusParentsJustification },
  { rule: 'tne.cd-line', check: tneCdLine },
  { rule: 'tne.recap-sheet', check: tneRecapSheet },
  { rule: 'tne.amount-range', check: tneAmountRange },
  { rule: 'tne.double-funding', check: tneDoubleFunding },
  { rule: 'msa.territory', check: msaTerritory },
  { rule: 'city.added-value', check: cityAddedValue },
  { rule: 'city.previous-cofunding', check: cityPreviousCofunding },
  { rule: 'sphinx.required', check: sphinxRequired },
];
