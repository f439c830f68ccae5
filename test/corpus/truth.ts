import type { Situation } from '../../rules/dossier';
import type { Rng } from './rng';
import type { CorpusCollective, Portal } from './types';
import * as V from './values';

/**
 * The whole truth about one carrier's dossier, before a page shows part of it: every dossier
 * value (undefined where the situation makes a field meaningless, e.g. TNE actions without a TNE
 * request), the budget lines a CERFA table needs, and the look-alike values (noise) a page
 * shows beside the fields: they must differ from the real ones so that a misread is visible.
 */

export const CHARGE_ACCOUNTS = [
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '67',
  '68',
  '86',
] as const;
export const PRODUCT_ACCOUNTS = ['70', '73', '74', '75', '87'] as const;
/** Financers of account 74, the CERFA's breakdown of operating subsidies. */
export const FINANCERS = [
  'city',
  'stateOther',
  'region',
  'departmentalCouncil',
  'epci',
  'commune',
  'caf',
  'msa',
  'europe',
  'otherPublic',
  'private',
] as const;
export type ChargeAccount = (typeof CHARGE_ACCOUNTS)[number];
export type ProductAccount = (typeof PRODUCT_ACCOUNTS)[number];
export type Financer = (typeof FINANCERS)[number];

export interface Truth {
  town: V.Town;
  carrierName: string;
  situation: Situation;
  fundedLastYear: boolean;
  pluriannual: boolean;
  agreementInForce: boolean;
  collectives: Required<CorpusCollective>[];
  axes: { children: boolean; parents: boolean; school: boolean; territory: boolean };
  descriptions: Record<
    | 'childrenActions'
    | 'parentActions'
    | 'schoolRelations'
    | 'localResources'
    | 'organisation'
    | 'evaluation',
    string
  >;
  /** Budget, in cents (exact sums). */
  operatingExpensesCents: number;
  charges: Record<ChargeAccount, number>;
  /** Products outside account 74. */
  products: Record<Exclude<ProductAccount, '74'>, number>;
  financers: Record<Financer, number>;
  /** When set, the CAF amount is shown on two lines (prestation + bonus) that add up. */
  cafSplit?: [number, number];
  chargesTotalCents: number;
  productsTotalCents: number;
  bonuses: {
    children: { requested: boolean; justification?: string };
    parents: { requested: boolean; justification?: string };
    tne: {
      requested: boolean;
      collectives?: number;
      actions?: string;
      fundedByCdElsewhere?: boolean;
    };
  };
  msa: { requested: boolean; ruralTerritory?: boolean };
  cityContract: { requested: boolean; addedValue?: string; obtainedLastYear: boolean };
  attachments: { previousBilan: boolean; cdRecapSheet: boolean; adjustmentDocument: boolean };
  sphinxCompleted: boolean;
  depositedOn: string;
  noise: Noise;
}

export interface Noise {
  street: string;
  siret: string;
  phone: string;
  email: string;
  contact: string;
  childrenLastYear: number;
  families: number;
  hoursPerWeek: number;
  volunteers: number;
  employees: string;
  creationDate: string;
  fileNumber: string;
  instructor: string;
  lastUpdate: string;
  proposedCents: number;
  perCollective: {
    place: string;
    schedule: string;
    sessions: number;
    volunteersAmong: number;
    lastYear: number;
  }[];
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function levelsFor(rng: Rng): string[] {
  const [lo, hi] = rng.pick(V.STAGES);
  const start = rng.int(lo, hi);
  const end = Math.min(hi, start + rng.int(0, 3));
  const run = V.LEVELS.slice(start, end + 1);
  // Now and then a group mixes two classes that do not follow each other.
  if (run.length >= 3 && rng.chance(0.15)) return [run[0]!, run[run.length - 1]!];
  return run;
}

function text(rng: Rng, sentences: readonly string[], min = 1, max = 3): string {
  return rng.sample(sentences, rng.int(min, Math.min(max, sentences.length))).join(' ');
}

/** Splits `total` cents into parts proportional to `weights`, exactly. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => (sum === 0 ? 0 : Math.floor((total * w) / sum / 100) * 100));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  const biggest = weights.indexOf(Math.max(...weights));
  parts[biggest]! += rest;
  return parts;
}

export function makeTruth(rng: Rng, portal: Portal, groups: number): Truth {
  const town = rng.pick(V.TOWNS);
  const situation = rng.pick<Situation>(['first-request', 'renewal-unchanged', 'renewal-changed']);
  const renewal = situation !== 'first-request';
  const fundedLastYear = renewal ? rng.chance(0.95) : rng.chance(0.05);
  // §4: only carriers already agreed for several years file on MonComptePartenaire.
  const agreementInForce = renewal && (portal === 'mcp' ? rng.chance(0.85) : rng.chance(0.15));
  const pluriannual = renewal ? rng.chance(0.85) : rng.chance(0.1);

  const names = rng.sample(V.COLLECTIVE_NAMES, groups);
  const collectives = names.map((name) => {
    const children = rng.chance(0.8) ? rng.int(8, 12) : rng.pick([5, 6, 7, 13, 14, 15]);
    const expensesCents = rng.chance(0.2)
      ? 848700
      : rng.int(40, 110) * 10000 +
        (rng.chance(0.25) ? rng.int(1, 99) * 100 + rng.int(0, 1) * 50 : 0);
    return {
      name,
      children,
      levels: levelsFor(rng),
      staff: rng.chance(0.85) ? rng.int(2, 4) : 1,
      expenses: expensesCents / 100,
    };
  });
  const operatingExpensesCents = collectives.reduce((s, c) => s + Math.round(c.expenses * 100), 0);
  const chargesTotalCents =
    operatingExpensesCents + (rng.chance(0.75) ? rng.int(5, 60) * 10000 : 0);
  const chargeWeights = [8, 6, 5, 1, 60, 2, 0.5, 0.3, 1, 4].map((w) =>
    rng.chance(0.2) && w < 5 ? 0 : w * (0.7 + rng.next() * 0.6),
  );
  const chargeParts = split(chargesTotalCents, chargeWeights);
  const charges = Object.fromEntries(
    CHARGE_ACCOUNTS.map((a, i) => [a, chargeParts[i]!]),
  ) as Truth['charges'];

  const tneRequested = rng.chance(0.4);
  const msaRequested = rng.chance(0.35);
  const cityRequested = rng.chance(0.35);
  const eligible = collectives.filter((c) => c.children >= 8 && c.children <= 12);
  const psCents = eligible.reduce(
    (s, c) => s + Math.round(0.325 * Math.min(c.expenses * 100, 848700)),
    0,
  );
  const childrenBonus = rng.chance(0.5);
  const parentsBonus = rng.chance(0.5);
  const bonusCents = eligible.length * 32900 * ((childrenBonus ? 1 : 0) + (parentsBonus ? 1 : 0));
  const cafCents = Math.max(
    50000,
    psCents + bonusCents - (rng.chance(0.5) ? 0 : rng.int(1, 9) * 10000),
  );
  const tneGroups = tneRequested ? rng.int(1, groups) : undefined;
  const financers: Truth['financers'] = {
    city: cityRequested ? rng.int(5, 40) * 10000 : 0,
    stateOther: rng.chance(0.4) ? rng.int(3, 20) * 10000 : 0,
    region: rng.chance(0.5) ? rng.int(5, 30) * 10000 : 0,
    departmentalCouncil: tneRequested
      ? tneGroups! * rng.pick([10000, 20000, 25000, 30000, 50000])
      : rng.chance(0.3)
        ? rng.int(6, 25) * 10000
        : 0,
    epci: rng.chance(0.35) ? rng.int(5, 30) * 10000 : 0,
    commune: 0,
    caf: cafCents,
    msa: msaRequested ? 100000 : 0,
    europe: rng.chance(0.2) ? rng.int(10, 50) * 10000 : 0,
    otherPublic: rng.chance(0.2) ? rng.int(2, 15) * 10000 : 0,
    private: rng.chance(0.3) ? rng.int(2, 20) * 10000 : 0,
  };
  const products: Truth['products'] = {
    '70': rng.chance(0.4) ? rng.int(2, 20) * 1000 : 0,
    '73': 0,
    '75': rng.chance(0.5) ? rng.int(5, 50) * 1000 : 0,
    '87': rng.chance(0.3) ? charges['86'] : 0,
  };
  const known =
    Object.values(financers).reduce((a, b) => a + b, 0) +
    Object.values(products).reduce((a, b) => a + b, 0);
  // The commune balances the budget, as it often does; now and then the budget stays unbalanced.
  const target = chargesTotalCents + (rng.chance(0.15) ? rng.int(-30, 30) * 10000 : 0);
  financers.commune = Math.max(rng.int(5, 20) * 10000, target - known);
  const productsTotalCents = known + financers.commune;
  const cafSplit: [number, number] | undefined =
    bonusCents > 0 && bonusCents < cafCents && rng.chance(0.25)
      ? [cafCents - bonusCents, bonusCents]
      : undefined;

  const noiseChildren = (n: number) => {
    let v = rng.int(6, 16);
    while (v === n) v = rng.int(6, 16);
    return v;
  };
  const depositedOn = isoDate(2025, rng.pick([6, 7, 7, 7, 8]), rng.int(1, 28));
  let lastUpdate = isoDate(2025, rng.pick([7, 8, 9]), rng.int(1, 28));
  while (lastUpdate === depositedOn) lastUpdate = isoDate(2025, 9, rng.int(1, 28));

  return {
    town,
    carrierName: `${rng.pick(V.CARRIER_KINDS)} ${rng.pick(V.CARRIER_NAMES)}`,
    situation,
    fundedLastYear,
    pluriannual,
    agreementInForce,
    collectives,
    axes: {
      children: true,
      parents: rng.chance(0.9),
      school: rng.chance(0.85),
      territory: rng.chance(0.85),
    },
    descriptions: {
      childrenActions: text(rng, V.SENTENCES.childrenActions),
      parentActions: text(rng, V.SENTENCES.parentActions),
      schoolRelations: text(rng, V.SENTENCES.schoolRelations),
      localResources: text(rng, V.SENTENCES.localResources),
      organisation: text(rng, V.SENTENCES.organisation),
      evaluation: text(rng, V.SENTENCES.evaluation),
    },
    operatingExpensesCents,
    charges,
    products,
    financers,
    cafSplit,
    chargesTotalCents,
    productsTotalCents,
    bonuses: {
      children: {
        requested: childrenBonus,
        justification: childrenBonus ? text(rng, V.SENTENCES.childrenBonus, 1, 1) : undefined,
      },
      parents: {
        requested: parentsBonus,
        justification: parentsBonus ? text(rng, V.SENTENCES.parentsBonus, 1, 1) : undefined,
      },
      tne: {
        requested: tneRequested,
        collectives: tneGroups,
        actions: tneRequested ? text(rng, V.SENTENCES.tneActions, 1, 2) : undefined,
        fundedByCdElsewhere: tneRequested ? rng.chance(0.15) : undefined,
      },
    },
    msa: { requested: msaRequested, ruralTerritory: msaRequested ? rng.chance(0.75) : undefined },
    cityContract: {
      requested: cityRequested,
      addedValue:
        cityRequested && rng.chance(0.85) ? text(rng, V.SENTENCES.cityAddedValue, 1, 2) : undefined,
      obtainedLastYear: rng.chance(0.3),
    },
    attachments: {
      previousBilan: fundedLastYear && rng.chance(0.8),
      cdRecapSheet: tneRequested && rng.chance(0.7),
      adjustmentDocument: situation === 'renewal-changed' && rng.chance(0.7),
    },
    sphinxCompleted: rng.chance(0.5),
    depositedOn,
    noise: {
      street: `${rng.int(1, 48)} ${rng.pick(V.STREETS)}`,
      siret: `${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)} ${String(rng.int(0, 99999)).padStart(5, '0')}`,
      phone: `03 29 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      email: `clas@${rng.pick(['asso', 'centre', 'mjc', 'foyer'])}-${town.postcode}.fr`,
      contact: rng.pick(V.PEOPLE),
      childrenLastYear: rng.int(15, 140),
      families: rng.int(12, 110),
      hoursPerWeek: rng.int(3, 12),
      volunteers: rng.int(3, 25),
      employees: `${rng.int(1, 9)},${rng.pick(['0', '5', '8'])}`,
      creationDate: isoDate(rng.int(1962, 2018), rng.int(1, 12), rng.int(1, 28)),
      fileNumber: `CLAS-88-2025-${String(rng.int(1, 480)).padStart(4, '0')}`,
      instructor: rng.pick(V.PEOPLE),
      lastUpdate,
      proposedCents: Math.max(0, cafCents - rng.int(1, 20) * 5000),
      perCollective: collectives.map((c) => ({
        place: rng.pick(V.PLACES),
        schedule: rng.pick(V.SCHEDULES),
        sessions: c.staff === 1 ? rng.int(2, 4) : 1,
        volunteersAmong: Math.max(0, c.staff - 1),
        lastYear: noiseChildren(c.children),
      })),
    },
  };
}
