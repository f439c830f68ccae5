import { formatCents, formatDateFr, formatPercent } from '../format-fr';
import { eurosToCents } from '../money';
import type { CampaignFile, ParameterName } from './campaign-schema';

/**
 * Each campaign parameter in French, with its value as a person reads it: what
 * `clas-check --explain` prints beside a rule. One entry per parameter (the type says so), so a
 * new parameter cannot be shown without a name.
 */
type Value = CampaignFile['parameters'][ParameterName]['value'];

const date = (v: Value) => formatDateFr(String(v));
const euros = (v: Value) => formatCents(eurosToCents(Number(v)));
const count = (unit: string) => (v: Value) => `${String(v)} ${unit}`;
const text = (v: Value) => `« ${String(v)} »`;
const list = (v: Value) => (Array.isArray(v) ? v.join(', ') : String(v));

export const PARAMETER_LABELS: Record<
  ParameterName,
  { label: string; show: (v: Value) => string }
> = {
  depositOpens: { label: 'Ouverture du dépôt des dossiers', show: date },
  depositCloses: { label: 'Clôture du dépôt des dossiers', show: date },
  bilanDue: { label: 'Bilan de l’année précédente, au plus tard', show: date },
  sphinxDue: { label: 'Questionnaire Sphinx', show: date },
  committeeDate: { label: 'Comité départemental Clas', show: date },
  decisionDate: { label: 'Passage dans les instances décisionnaires', show: date },
  psRatePercent: {
    label: 'Taux de la PS Clas',
    show: (v) => `${formatPercent(Number(v))} des dépenses de fonctionnement`,
  },
  psCeilingEuros: { label: 'Prix plafond par groupe et par an', show: euros },
  psMaximumEuros: { label: 'Valeur maximale de la PS Clas par groupe', show: euros },
  bonusChildrenEuros: { label: 'Bonus « enfants » par collectif', show: euros },
  bonusParentsEuros: { label: 'Bonus « parents » par collectif', show: euros },
  msaFlatEuros: { label: 'Forfait MSA « Grandir en Milieu Rural » par porteur', show: euros },
  tneMinEuros: { label: 'Bonus parents TNE, minimum par collectif', show: euros },
  tneMaxEuros: { label: 'Bonus parents TNE, maximum par collectif', show: euros },
  groupMinChildren: { label: 'Taille minimale d’un groupe', show: count('enfants') },
  groupMaxChildren: { label: 'Taille maximale d’un groupe', show: count('enfants') },
  groupMinStaff: { label: 'Encadrement minimal d’un groupe', show: count('intervenants') },
  schoolLevels: { label: 'Niveaux scolaires', show: list },
  forecastYear: { label: 'Année des données prévisionnelles', show: String },
  pluriannualCampaigns: { label: 'Campagnes de la pluriannualité', show: list },
  bilanDocument: { label: 'Bilan à fournir', show: text },
  adjustmentDocument: { label: 'Document d’ajustement du projet', show: text },
  cityCofundingYear: {
    label: 'Année du cofinancement politique de la ville à reporter au budget',
    show: String,
  },
};
