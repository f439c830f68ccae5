import type { PageBuilder } from './build-model';
import type { Block, BudgetRow, Field } from './model';
import {
  CHARGE_ACCOUNTS,
  FINANCERS,
  type Financer,
  type ProductAccount,
  type Truth,
} from './truth';

/**
 * The provisional budget, as a CERFA 12156-style table (charges 60–68 and 86; products 70–75
 * and 87, account 74 broken down by financer; totals) or as plain label + amount lines. Only
 * four financers are dossier fields (Caf, Conseil départemental, MSA, politique de la ville);
 * every other line, sub-total and account is a trap.
 */

const FIELD_OF: Partial<Record<Financer, string>> = {
  caf: 'budget.cafRequested',
  departmentalCouncil: 'budget.departmentalCouncil',
  msa: 'budget.msa',
  city: 'budget.cityContract',
};

function financerLabel(b: PageBuilder, t: Truth, f: Financer): string {
  return b.financer(b.memo(`financer:${f}`, b.w.budget.financers[f]), t.town.name);
}

/** The CAF amount: one line, or two (prestation + bonus) whose sum is the dossier's value. */
function cafRows(b: PageBuilder, t: Truth, depth: number, zeroAsBlank: boolean): BudgetRow[] {
  const cents = t.financers.caf;
  if (t.cafSplit) {
    b.recordValue('budget.cafRequested', cents / 100);
    const [service, bonus] = t.cafSplit;
    return [
      { label: b.memo('cafService', b.w.budget.cafService), cents: service },
      { label: b.memo('cafBonus', b.w.budget.cafBonus), cents: bonus },
    ].map(({ label, cents: c }, i) => {
      const f = b.amount(`noise:caf-part-${i}`, label, c);
      return { kind: 'line', label, control: f.control, depth, key: 'budget.cafRequested' };
    });
  }
  const label = financerLabel(b, t, 'caf');
  const f = b.amount('budget.cafRequested', label, cents, { zeroAsBlank });
  return [{ kind: 'line', label, control: f.control, depth, key: f.key }];
}

export function buildCerfa(b: PageBuilder, t: Truth): Block[] {
  const rng = b.rng;
  const zeroAsBlank = rng.chance(0.6);
  const line = (
    key: string,
    label: string,
    cents: number,
    depth = 0,
    account?: string,
  ): BudgetRow => {
    const f = b.amount(key, label, cents, { zeroAsBlank });
    return { kind: 'line', account, label, control: f.control, depth, key };
  };
  const charges: BudgetRow[] = CHARGE_ACCOUNTS.map((a) =>
    line(
      `noise:charge-${a}`,
      b.memo(`charge:${a}`, b.w.budget.chargeAccounts[a]),
      t.charges[a],
      0,
      a,
    ),
  );
  const total = (key: string, label: string, cents: number): BudgetRow => {
    const f = b.amount(key, label, cents, { computed: rng.chance(0.7) });
    return { kind: 'total', label, control: f.control, depth: 0, key };
  };
  charges.push(
    total(
      'budget.chargesTotal',
      b.memo('chargesTotal', b.w.budget.chargesTotal),
      t.chargesTotalCents,
    ),
  );

  const account = (a: ProductAccount) => b.memo(`product:${a}`, b.w.budget.productAccounts[a]);
  const products: BudgetRow[] = [
    line('noise:product-70', account('70'), t.products['70'], 0, '70'),
    line('noise:product-73', account('73'), t.products['73'], 0, '73'),
    { kind: 'heading', account: '74', label: account('74'), depth: 0, key: 'noise:product-74' },
  ];
  const social = rng.chance(0.5);
  for (const f of FINANCERS) {
    if (f === 'caf' && social) {
      products.push({
        kind: 'heading',
        label: b.memo('socialBodies', b.w.budget.socialBodies),
        depth: 1,
        key: 'noise:social',
      });
    }
    const depth = social && (f === 'caf' || f === 'msa') ? 2 : 1;
    if (f === 'caf') products.push(...cafRows(b, t, depth, zeroAsBlank));
    else {
      products.push(
        line(FIELD_OF[f] ?? `noise:financer-${f}`, financerLabel(b, t, f), t.financers[f], depth),
      );
    }
  }
  if (rng.chance(0.4)) {
    const sum = Object.values(t.financers).reduce((s, v) => s + v, 0);
    const f = b.amount('noise:subtotal-74', b.memo('subtotal', b.w.budget.subtotal), sum, {
      computed: true,
    });
    products.push({ kind: 'subtotal', label: f.label, control: f.control, depth: 1, key: f.key });
  }
  products.push(line('noise:product-75', account('75'), t.products['75'], 0, '75'));
  products.push(line('noise:product-87', account('87'), t.products['87'], 0, '87'));
  products.push(
    total(
      'budget.productsTotal',
      b.memo('productsTotal', b.w.budget.productsTotal),
      t.productsTotalCents,
    ),
  );

  const fields: Field[] = rng.chance(0.35)
    ? [
        b.amount(
          'budget.operatingExpenses',
          b.label('budget.operatingExpenses'),
          t.operatingExpensesCents,
        ),
      ]
    : [];
  const headers = {
    account: b.memo('col:account', b.w.budget.columns.account),
    label: b.memo('col:label', b.w.budget.columns.label),
    amount: b.memo('col:amount', b.w.budget.columns.amount),
    charges: b.memo('charges', b.w.budget.charges),
    products: b.memo('products', b.w.budget.products),
  };
  return [
    {
      kind: 'budget',
      title: b.memo('budgetTitle', b.w.budget.titles),
      headers,
      showAccounts: rng.chance(0.6),
      charges,
      products,
      fields,
    },
  ];
}

/** Budget as label + amount lines, the real fields among other lines. */
export function buildBudgetLines(b: PageBuilder, t: Truth): Block[] {
  const rng = b.rng;
  const fields: Field[] = [];
  const real = (
    key:
      | 'operatingExpenses'
      | 'chargesTotal'
      | 'productsTotal'
      | 'cafRequested'
      | 'departmentalCouncil'
      | 'msa'
      | 'cityContract',
    cents: number,
    p: number,
  ) => {
    if (!rng.chance(p)) return;
    fields.push(
      b.amount(`budget.${key}`, b.label(`budget.${key}`), cents, {
        zeroAsBlank: rng.chance(0.5),
        mayBlank: true,
      }),
    );
  };
  const trap = (key: string, label: string, cents: number, p: number) => {
    if (cents > 0 && rng.chance(p)) fields.push(b.amount(`noise:${key}`, label, cents));
  };
  real('operatingExpenses', t.operatingExpensesCents, 0.5);
  trap('charge-60', b.memo('charge:60', b.w.budget.chargeAccounts['60']), t.charges['60'], 0.4);
  trap('charge-64', b.memo('charge:64', b.w.budget.chargeAccounts['64']), t.charges['64'], 0.5);
  real('chargesTotal', t.chargesTotalCents, 0.7);
  if (t.cafSplit && rng.chance(0.5)) {
    b.recordValue('budget.cafRequested', t.financers.caf / 100);
    fields.push(
      b.amount('noise:caf-part-0', b.memo('cafService', b.w.budget.cafService), t.cafSplit[0]),
    );
    fields.push(
      b.amount('noise:caf-part-1', b.memo('cafBonus', b.w.budget.cafBonus), t.cafSplit[1]),
    );
  } else real('cafRequested', t.financers.caf, 0.95);
  real('departmentalCouncil', t.financers.departmentalCouncil, 0.8);
  real('msa', t.financers.msa, 0.6);
  real('cityContract', t.financers.city, 0.6);
  const traps: Financer[] = ['region', 'commune', 'epci', 'europe', 'private', 'stateOther'];
  for (const f of rng.shuffle(traps))
    trap(`financer-${f}`, financerLabel(b, t, f), t.financers[f], 0.4);
  trap('product-70', b.memo('product:70', b.w.budget.productAccounts['70']), t.products['70'], 0.2);
  real('productsTotal', t.productsTotalCents, 0.6);
  if (fields.length === 0) real('cafRequested', t.financers.caf, 1);
  return [
    { kind: 'section', key: 'budget', title: b.memo('budgetTitle', b.w.budget.titles), fields },
  ];
}
