/**
 * What the mock pages show that the dossier format does not carry, made up from the dossier
 * so that it stays the same from one rendering to the next: the carrier's SIRET and address,
 * the CERFA budget lines, the names of the files already uploaded.
 */
import type { Dossier } from '../../rules/dossier.ts';
import { hash } from './html.ts';

const ADDRESSES = [
  ['12 rue de la Louvière', '88000', 'Épinal'],
  ['3 place du Marché', '88700', 'Rambervillers'],
  ['27 avenue de la Libération', '88100', 'Saint-Dié-des-Vosges'],
  ['5 rue Charles-de-Gaulle', '88200', 'Remiremont'],
  ['41 rue de la Gare', '88300', 'Neufchâteau'],
] as const;

interface Identity {
  siret: string;
  street: string;
  postcode: string;
  city: string;
}

/** Tiers data that the dossier format does not carry (SIRET, address): plausible, stable. */
export function identityOf(d: Dossier | undefined): Identity {
  const name = d?.carrier?.name;
  if (!name) return { siret: '', street: '', postcode: '', city: '' };
  const h = hash(name);
  const a =
    ADDRESSES.find((x) => name.includes(x[2])) ?? ADDRESSES[h % ADDRESSES.length] ?? ADDRESSES[0];
  const digits = String(100000000 + (h % 899999999)).slice(0, 9);
  return {
    siret: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} 000${(h % 9) + 1}${h % 10}`,
    street: a[0],
    postcode: a[1],
    city: a[2],
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Budget lines (CERFA shape) derived from the dossier's totals and known lines                */
/* ------------------------------------------------------------------------------------------ */

interface BudgetLine {
  code: string;
  label: string;
  value: number | undefined;
}

const CHARGE_SPLIT: Array<[string, string, number]> = [
  ['60', 'Achats', 0.05],
  ['61', 'Services extérieurs', 0.08],
  ['62', 'Autres services extérieurs', 0.1],
  ['63', 'Impôts et taxes', 0.02],
  ['64', 'Charges de personnel', -1], // the remainder
  ['65', 'Autres charges de gestion courante', 0],
  ['66', 'Charges financières', 0],
  ['67', 'Charges exceptionnelles', 0],
  ['68', 'Dotation aux amortissements', 0],
];

/** Splits chargesTotal over the CERFA charge lines so that the lines add up to the total. */
export function chargeLines(total: number | undefined): BudgetLine[] {
  if (total === undefined)
    return CHARGE_SPLIT.map(([code, label]) => ({ code, label, value: undefined }));
  const totalCents = Math.round(total * 100);
  let used = 0;
  const lines = CHARGE_SPLIT.map(([code, label, share]) => {
    if (share <= 0) return { code, label, value: share === 0 ? undefined : 0 };
    const c = Math.round((totalCents * share) / 100) * 100; // whole euros, as people budget
    used += c;
    return { code, label, value: c / 100 };
  });
  const rest = lines.find((l) => l.code === '64');
  if (rest) rest.value = (totalCents - used) / 100;
  return lines;
}

interface ProductLines {
  sales: number | undefined;
  city: number | undefined;
  cd: number | undefined;
  commune: number | undefined;
  caf: number | undefined;
  msa: number | undefined;
  other: number | undefined;
}

export function productLines(d: Dossier | undefined): ProductLines {
  const b = d?.budget;
  const known = [b?.cityContract, b?.departmentalCouncil, b?.cafRequested, b?.msa];
  let commune: number | undefined;
  if (b?.productsTotal !== undefined) {
    const cents =
      Math.round(b.productsTotal * 100) -
      known.reduce<number>((s, v) => s + Math.round((v ?? 0) * 100), 0);
    commune = cents > 0 ? cents / 100 : undefined;
  }
  return {
    sales: undefined,
    city: b?.cityContract,
    cd: b?.departmentalCouncil,
    commune,
    caf: b?.cafRequested,
    msa: b?.msa,
    other: undefined,
  };
}

/** Files "already uploaded" for each attachment the dossier says is there. */
export const UPLOADED_FILES = {
  previousBilan: 'Bilan Clas 2024-2025.pdf',
  cdRecapSheet: 'Fiche récapitulative Conseil départemental.pdf',
  adjustmentDocument: 'Projet 2025-2026 – Ajustement.docx',
} as const;
