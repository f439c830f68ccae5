/**
 * Field map of MonComptePartenaire (partenaires.caf.fr): the declaration of provisional data
 * for the PS Clas (renewals agreed for several years). Data only.
 */
import type { FieldEntry, PortalMap } from '../types';
import { collectiveField as c, dossierField as d, SITUATION_WORDINGS } from './common';

export const MCP_FIELDS: readonly FieldEntry[] = [
  d('portal', 'portal-constant', []),
  d('carrier.pluriannual', 'boolean', [
    'Conventionnement pluriannuel (2025/2026 – 2026/2027)',
    'Conventionnement pluriannuel',
  ]),
  c('collectives[].name', 'text', ['Collectif', 'Nom du collectif']),
  c('collectives[].children', 'count', [
    'Nb d’enfants prévus',
    'Nombre d’enfants prévus',
    'Nombre d’enfants',
  ]),
  c('collectives[].staff', 'count', [
    'Nb d’intervenants',
    'Nombre d’intervenants',
    'Nb d’encadrants',
    'Nombre d’encadrants',
  ]),
  c('collectives[].expenses', 'amount', [
    'Dépenses prévisionnelles (€)',
    'Dépenses prévisionnelles',
    'Dépenses de fonctionnement du collectif',
  ]),
  d('budget.operatingExpenses', 'amount', [
    'Dépenses de fonctionnement de l’action (tous collectifs)',
    'Dépenses de fonctionnement de l’action Clas (tous collectifs)',
  ]),
  d('budget.chargesTotal', 'amount', ['Total des charges']),
  d('budget.productsTotal', 'amount', ['Total des produits']),
  d('budget.cafRequested', 'amount', [
    'Prestation de service Clas (Caf)',
    'Caf – prestation de service Clas',
  ]),
  d('budget.departmentalCouncil', 'amount', ['Conseil départemental']),
  d('budget.msa', 'amount', ['MSA']),
  d('budget.cityContract', 'amount', ['État – politique de la ville']),
  d('bonuses.children.requested', 'boolean', ['Bonus enfants', 'Bonus enfants demandé']),
  d('bonuses.parents.requested', 'boolean', ['Bonus parents', 'Bonus parents demandé']),
  d('bonuses.tne.requested', 'boolean', [
    'Bonus parents : Territoire Numérique Éducatif (Conseil départemental)',
    'Bonus parents : Territoire Numérique Éducatif',
  ]),
  d('msa.requested', 'boolean', ['MSA – Grandir en Milieu Rural', 'MSA Grandir en Milieu Rural']),
  d('attachments.previousBilan', 'boolean', ['Bilan 2024-2025 déposé', 'Bilan Clas 2024-2025']),
  d('sphinxCompleted', 'boolean', ['Questionnaire Sphinx complété', 'Questionnaire Sphinx']),
];

export const MCP_MAP: PortalMap = {
  portal: 'mcp',
  collectiveLegends: ['Collectif', 'Groupe'],
  collectiveTableHeaders: ['Collectif', 'Collectifs', 'Groupe'],
  situations: SITUATION_WORDINGS,
  fields: MCP_FIELDS,
};
