import { formatCents } from '../format-fr';
import { eurosToCents } from '../money';
import { fundingWaits } from '../read-state';
import { finding, given, HOLDS, verdict, type Check } from './context';

/** The provisional budget is balanced: charges and products have the same total. */
export const budgetBalance: Check = (ctx) => {
  const charges = ctx.dossier.budget?.chargesTotal;
  const products = ctx.dossier.budget?.productsTotal;
  const diff =
    charges === undefined || products === undefined
      ? 0
      : eurosToCents(charges) - eurosToCents(products);
  return verdict(
    given(ctx, ['budget.chargesTotal', 'budget.productsTotal'], () => diff !== 0),
    () =>
      finding(
        'budget.balance',
        `Le budget prévisionnel n’est pas équilibré : total des charges ${formatCents(eurosToCents(charges!))}, total des produits ${formatCents(eurosToCents(products!))} (écart ${formatCents(Math.abs(diff))}). Ajustez les lignes pour que les deux totaux soient égaux.`,
        diff > 0 ? 'budget.productsTotal' : 'budget.chargesTotal',
      ),
  );
};

const BONUS_FLAGS = ['bonuses.children.requested', 'bonuses.parents.requested'];

/**
 * §3.1: the CAF line above the PS Clas and bonuses the rules give. Only when every collective's
 * expenses are known: with an expense missing, the computed PS is too low and the alarm false.
 * On a page, it waits for the collectives, their children and expenses and the bonuses; a
 * request already within the ceiling stays within it whatever is read later (a collective
 * retained, a bonus ticked only raise it).
 */
export const cafRequestExceeds: Check = (ctx) => {
  const { dossier: d, campaign: p, funding: f } = ctx;
  const requested = d.budget?.cafRequested;
  const waits = ctx.read ? fundingWaits(d, ctx.read) : [];
  const asked = given(ctx, 'budget.cafRequested', () => requested !== undefined);
  if (asked === false) return HOLDS;
  if (asked !== true || waits.includes('collectives'))
    return verdict(
      { waits: [...new Set([...(asked === true ? [] : asked.waits), ...waits])] },
      () => [],
    );
  // An expense known to be missing (its fields read empty): the contract's rule does not fire.
  const expenseWaited = (i: number) =>
    waits.includes(`collectives[${i}].expenses`) || waits.includes('budget.operatingExpenses');
  if (
    f.collectives.length === 0 ||
    f.collectives.some((c, i) => c.expensesCents === undefined && !expenseWaited(i))
  )
    return HOLDS;
  const bonuses = f.bonusChildrenCents + f.bonusParentsCents;
  const ceiling = f.psClasCents + bonuses;
  const requestedCents = eurosToCents(requested!);
  // What is still unread (a collective's children, a bonus box) can only raise the ceiling.
  if (requestedCents <= ceiling) return HOLDS;
  // Above the ceiling: an unread bonus box could still lift it, unless the request is above
  // even that; an unread collective or expense always could.
  const unreadFlags = ctx.read ? BONUS_FLAGS.filter((b) => !ctx.read!.isRead(b)) : [];
  const unreadBonus =
    f.eligibleCollectives *
    ((unreadFlags.includes(BONUS_FLAGS[0]!) ? p.bonusChildrenCents : 0) +
      (unreadFlags.includes(BONUS_FLAGS[1]!) ? p.bonusParentsCents : 0));
  // A collective's own expenses, not read yet, would replace its share of the budget's.
  const unreadOwn = ctx.read
    ? f.collectives.flatMap((_, i) =>
        d.collectives?.[i]?.expenses === undefined && !ctx.read!.isCollectiveRead(i, 'expenses')
          ? [`collectives[${i}].expenses`]
          : [],
      )
    : [];
  if (waits.length > 0 || unreadOwn.length > 0 || requestedCents <= ceiling + unreadBonus)
    return verdict({ waits: [...new Set([...waits, ...unreadOwn, ...unreadFlags])] }, () => []);
  const n = f.eligibleCollectives;
  const basis =
    n === 0
      ? `aucun collectif n’a de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants, la PS Clas calculée est donc nulle`
      : `PS Clas ${formatCents(f.psClasCents)} pour ${n} collectif${n > 1 ? 's' : ''} retenu${n > 1 ? 's' : ''}${bonuses > 0 ? `, bonus ${formatCents(bonuses)}` : ''}`;
  return verdict(true, () =>
    finding(
      'caf.request-exceeds',
      `Le montant demandé à la Caf (${formatCents(requestedCents)}) dépasse le montant calculé selon la note : ${formatCents(ceiling)} (${basis}). Vérifiez le montant demandé, les effectifs et les dépenses de chaque collectif.`,
      'budget.cafRequested',
    ),
  );
};
