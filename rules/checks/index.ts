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

/** All checks, in the order their findings are listed (the contract's table order). */
export const CHECKS: readonly Check[] = [
  depositWindow,
  portalChannel,
  pluriannualRequired,
  pluriannualFirstRequest,
  bilanRequired,
  adjustmentDocument,
  axesFour,
  descriptionMissing,
  collectivesNone,
  collectivesNoneEligible,
  collectiveSize,
  collectiveLevels,
  collectiveStaff,
  budgetBalance,
  cafRequestExceeds,
  bonusChildrenJustification,
  bonusParentsJustification,
  tneCdLine,
  tneRecapSheet,
  tneAmountRange,
  tneDoubleFunding,
  msaTerritory,
  cityAddedValue,
  cityPreviousCofunding,
  sphinxRequired,
];
