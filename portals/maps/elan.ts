/**
 * Field map of Elan (elan.caf.fr): the carrier's step-by-step request form AND the instructor's
 * read-only summary of the same dossier (the reader handles inputs and read-only values alike,
 * so one map holds the wordings of both). Data only: extend a list of labels to teach the reader
 * a new wording.
 */
import type { FieldEntry, PortalMap } from '../types';
import { collectiveField as c, dossierField as d, SITUATION_WORDINGS } from './common';

export const ELAN_FIELDS: readonly FieldEntry[] = [
  d('portal', 'portal-constant', []),
  d('campaign', 'campaign', ['Campagne', 'Campagne Clas']),
  d('department', 'department', ['Département', 'Département d’implantation']),
  d('carrier.name', 'text', [
    'Raison sociale',
    'Nom de la structure (tiers)',
    'Nom de la structure',
    'Nom de la structure porteuse',
  ]),
  d('carrier.situation', 'situation', [
    'Situation de la demande',
    'Type de demande',
    'Nature de la demande',
  ]),
  d('carrier.fundedLastYear', 'boolean', [
    'Avez-vous bénéficié d’un financement Clas en 2024/2025 ?',
    'Financement Clas obtenu pour 2024/2025 ?',
    'Financement Clas 2024/2025',
  ]),
  d('carrier.pluriannual', 'boolean', [
    'J’opte pour le conventionnement pluriannuel (2025/2026 – 2026/2027)',
    'Conventionnement pluriannuel (2025/2026 et 2026/2027) ?',
    'Conventionnement pluriannuel (2025/2026 – 2026/2027)',
    'Conventionnement pluriannuel',
  ]),
  d('axes.children', 'boolean', [
    'Actions auprès des enfants et des jeunes',
    'Intervention auprès des enfants et des jeunes',
  ]),
  d('axes.parents', 'boolean', [
    'Actions auprès et avec les parents',
    'Intervention auprès et avec les parents',
  ]),
  d('axes.school', 'boolean', [
    'Concertation et coordination avec l’école',
    'Coordination avec l’école',
  ]),
  d('axes.territory', 'boolean', [
    'Concertation et coordination avec les acteurs du territoire',
    'Concertation avec les acteurs du territoire',
  ]),
  d('descriptions.childrenActions', 'text', [
    'Actions conduites avec les enfants',
    'Décrivez les actions qui seront conduites avec les enfants',
  ]),
  d('descriptions.parentActions', 'text', [
    'Actions projetées avec et pour les parents',
    'Actions avec et pour les parents',
  ]),
  d('descriptions.schoolRelations', 'text', [
    'Relations avec les établissements scolaires',
    'Liens avec l’école et les établissements scolaires',
  ]),
  d('descriptions.localResources', 'text', [
    'Mobilisation des ressources du proche environnement',
    'Ressources du proche environnement mobilisées (locaux, bibliothèque, personnes ressources)',
  ]),
  d('descriptions.evaluation', 'text', [
    'Modalités d’évaluation',
    'Critères et modalités d’évaluation du projet',
  ]),
  c('collectives[].name', 'text', ['Nom du collectif', 'Intitulé du groupe', 'Collectif']),
  c('collectives[].children', 'count', [
    'Nombre d’enfants',
    'Nb d’enfants prévus',
    'Nombre d’enfants prévus',
    'Enfants',
  ]),
  c('collectives[].levels', 'levels', ['Niveaux scolaires', 'Classes concernées', 'Niveaux']),
  c('collectives[].staff', 'count', [
    'Nombre d’adultes encadrants (salariés ou bénévoles)',
    'Nb d’encadrants (salariés ou bénévoles)',
    'Encadrants',
  ]),
  c('collectives[].expenses', 'amount', [
    'Dépenses de fonctionnement du collectif (€)',
    'Coût de fonctionnement du collectif (en €)',
    'Dépenses',
  ]),
  d('budget.operatingExpenses', 'amount', [
    'Dépenses de fonctionnement de l’action Clas (tous collectifs)',
    'Dépenses de fonctionnement de l’action (ensemble des collectifs)',
    'Dépenses de fonctionnement de l’action (tous collectifs)',
  ]),
  d('budget.chargesTotal', 'amount', ['Total des charges']),
  d('budget.productsTotal', 'amount', ['Total des produits']),
  d('budget.cafRequested', 'amount', [
    'Caf – prestation de service Clas',
    'Prestation de service Clas (Caf)',
  ]),
  d('budget.departmentalCouncil', 'amount', [
    'Conseil départemental',
    'Département (Conseil départemental des Vosges)',
  ]),
  d('budget.msa', 'amount', ['MSA', 'Mutualité sociale agricole (MSA)']),
  d('budget.cityContract', 'amount', [
    'État – politique de la ville',
    'État – politique de la ville (contrat de ville)',
  ]),
  d('bonuses.children.requested', 'boolean', [
    'Je sollicite le bonus « enfants » (projets culturels et éducatifs)',
    'Bonus enfants demandé',
  ]),
  d('bonuses.children.justification', 'text', [
    'Justification du bonus enfants',
    'Plus-value du projet au titre du bonus enfants',
  ]),
  d('bonuses.parents.requested', 'boolean', [
    'Je sollicite le bonus « parents » (soutien à la parentalité)',
    'Bonus parents demandé',
  ]),
  d('bonuses.parents.justification', 'text', [
    'Justification du bonus parents',
    'Plus-value du projet au titre du bonus parents',
  ]),
  d('bonuses.tne.requested', 'boolean', [
    'Je sollicite le « Bonus parents : Territoire Numérique Éducatif »',
    'Bonus parents : Territoire Numérique Éducatif demandé',
  ]),
  d('bonuses.tne.actions', 'text', [
    'Actions envisagées à destination des parents (numérique scolaire)',
    'Description des actions TNE',
    'Actions TNE envisagées',
  ]),
  d('bonuses.tne.collectives', 'count', [
    'Nombre de collectifs concernés',
    'Nb de collectifs concernés par le TNE',
    'Nombre de collectifs concernés (TNE)',
  ]),
  d('bonuses.tne.fundedByCdElsewhere', 'boolean', [
    'Ces actions sont-elles déjà financées par le Conseil départemental par un autre dispositif ?',
    'Actions déjà financées par le Conseil départemental (autre dispositif) ?',
    'Actions déjà financées par le Conseil départemental par un autre dispositif',
  ]),
  d('msa.requested', 'boolean', [
    'Je sollicite le financement MSA « Grandir en Milieu Rural »',
    'Demande de financement MSA Grandir en Milieu Rural',
    'MSA « Grandir en Milieu Rural » demandé',
  ]),
  d('msa.ruralTerritory', 'boolean', [
    'Territoire rural ou fragile ?',
    'Le projet se déroule-t-il sur un territoire rural ou fragile ?',
  ]),
  d('cityContract.requested', 'boolean', [
    'Je sollicite un cofinancement politique de la ville',
    'Cofinancement politique de la ville demandé',
  ]),
  d('cityContract.addedValue', 'text', [
    'Plus-value apportée aux jeunes pris en charge',
    'Plus-value du projet au regard de la politique de la ville',
  ]),
  d('cityContract.obtainedLastYear', 'boolean', [
    'Cofinancement politique de la ville obtenu en 2024',
    'Avez-vous obtenu un cofinancement politique de la ville en 2024 ?',
  ]),
  d('attachments.previousBilan', 'attachment', [
    'Bilan Clas 2024-2025',
    'Bilan de l’action Clas 2024-2025',
  ]),
  d('attachments.cdRecapSheet', 'attachment', [
    'Fiche récapitulative du Conseil départemental (bonus TNE)',
    'Fiche récapitulative CD88 – TNE',
    'Fiche récapitulative du Conseil départemental',
  ]),
  d('attachments.adjustmentDocument', 'attachment', [
    'Projet 2025-2026 – Ajustement du projet 2024-2025',
    'Document « Projet 2025-2026 – Ajustement »',
    'Projet 2025-2026 – Ajustement',
  ]),
];

export const ELAN_MAP: PortalMap = {
  portal: 'elan',
  collectiveLegends: ['Collectif', 'Groupe'],
  collectiveTableHeaders: ['Collectif', 'Collectifs', 'Groupe'],
  situations: SITUATION_WORDINGS,
  fields: ELAN_FIELDS,
};
