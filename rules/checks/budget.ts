import { formatCents } from '../format-fr';
import { eurosToCents } from '../money';
import { finding, type Check } from './context';

/** The provisional budget is balanced: charges and products have the same total. */
export const budgetBalance: Check = ({ dossier: d }) => {
  const charges = d.budget?.chargesTotal;
  const products = d.budget?.productsTotal;
  if (charges === undefined || products === undefined) return [];
  const diff = eurosToCents(charges) - eurosToCents(products);
  if (diff === 0) return [];
  return [
    finding(
      'budget.balance',
      `Le budget prévisionnel n’est pas équilibré : total des charges ${formatCents(eurosToCents(charges))}, total des produits ${formatCents(eurosToCents(products))} (écart ${formatCents(Math.abs(diff))}). Ajustez les lignes pour que les deux totaux soient égaux.`,
      diff > 0 ? 'budget.productsTotal' : 'budget.chargesTotal',
    ),
  ];
};

/**
 * §3.1: the CAF line above the PS Clas and bonuses the rules give. Only when every collective's
 * expenses are known: with an expense missing, the computed PS is too low and the alarm false.
 */
export const cafRequestExceeds: Check = ({ dossier: d, campaign: p, funding: f }) => {
  const requested = d.budget?.cafRequested;
  if (requested === undefined) return [];
  if (f.collectives.length === 0 || f.collectives.some((c) => c.expensesCents === undefined))
    return [];
  const bonuses = f.bonusChildrenCents + f.bonusParentsCents;
  const ceiling = f.psClasCents + bonuses;
  const requestedCents = eurosToCents(requested);
  if (requestedCents <= ceiling) return [];
  const n = f.eligibleCollectives;
  const basis =
    n === 0
      ? `aucun collectif n’a de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants, la PS Clas calculée est donc nulle`
      : `PS Clas ${formatCents(f.psClasCents)} pour ${n} collectif${n > 1 ? 's' : ''} retenu${n > 1 ? 's' : ''}${bonuses > 0 ? `, bonus ${formatCents(bonuses)}` : ''}`;
  return [
    finding(
      'caf.request-exceeds',
      `Le montant demandé à la Caf (${formatCents(requestedCents)}) dépasse le montant calculé selon la note : ${formatCents(ceiling)} (${basis}). Vérifiez le montant demandé, les effectifs et les dépenses de chaque collectif.`,
      'budget.cafRequested',
    ),
  ];
};
