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

/** §3.1: the CAF line cannot exceed the PS Clas and bonuses the rules give. */
export const cafRequestExceeds: Check = ({ dossier: d, funding: f }) => {
  const requested = d.budget?.cafRequested;
  if (requested === undefined) return [];
  const ceiling = f.psClasCents + f.bonusChildrenCents + f.bonusParentsCents;
  const requestedCents = eurosToCents(requested);
  if (requestedCents <= ceiling) return [];
  return [
    finding(
      'caf.request-exceeds',
      `Le montant demandé à la Caf (${formatCents(requestedCents)}) dépasse ce que les règles permettent : ${formatCents(ceiling)} (PS Clas et bonus). Ramenez la ligne Caf à ${formatCents(ceiling)} au plus.`,
      'budget.cafRequested',
    ),
  ];
};
