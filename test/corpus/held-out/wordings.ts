// HELD-OUT — DO NOT USE TO BUILD OR TUNE THE READER.
// These wordings measure how the reader generalises to portals it was not built on. Do not read
// them while writing concepts, terms or tests of the reader, do not copy them anywhere, and do
// not add them to the reader's lexicon: a figure measured on words the reader was tuned on says
// nothing about the next portal. Use the dev pool (wordings/dev.ts) to build and debug.
import type { LevelStyle } from '../format';
import type { Wordings } from '../wordings/types';

const SPELLED: LevelStyle['names'] = {
  '6e': '6ème',
  '5e': '5ème',
  '4e': '4ème',
  '3e': '3ème',
  '2nde': 'Seconde',
  '1re': '1ère',
  Tle: 'Terminale',
};

export const heldOutWordings: Wordings = {
  labels: {
    campaign: ['Année scolaire', 'Campagne de financement'],
    department: ['Département où se déroule l’action', 'N° de département'],
    depositedOn: [
      'Date d’envoi du dossier',
      'Dossier déposé le',
      'Date de réception de la demande',
    ],
    'carrier.name': [
      'Nom de l’organisme',
      'Porteur de projet',
      'Structure gestionnaire',
      'Nom du porteur',
    ],
    'carrier.situation': ['Votre demande concerne', 'Type de dossier', 'Il s’agit d’une'],
    'carrier.fundedLastYear': [
      'Le porteur a-t-il perçu la Ps Clas en 2024-2025 ?',
      'Porteur financé en 2024/2025',
      'Déjà financé au titre du Clas (année précédente)',
    ],
    'carrier.pluriannual': [
      'Engagement pluriannuel (2 campagnes)',
      'Souhaitez-vous opter pour une convention pluriannuelle ?',
      'Pluriannualité',
    ],
    'carrier.agreementInForce': [
      'Porteur agréé pour 3 ans (agrément en cours)',
      'Bénéficiez-vous d’une convention pluriannuelle déjà signée ?',
      'Agrément triennal en cours de validité',
    ],
    'collectives[].name': ['Intitulé du collectif', 'Dénomination du groupe', 'Nom de l’atelier'],
    'collectives[].children': [
      'Nb d’enfants',
      'Combien d’enfants accueillerez-vous dans ce groupe ?',
      'Nombre de jeunes inscrits',
      'Effectif prévu (enfants)',
    ],
    'collectives[].levels': [
      'Niveau(x) de classe',
      'Classes des enfants accueillis',
      'Niveaux concernés',
    ],
    'collectives[].staff': [
      'Nb d’adultes encadrant le groupe',
      'Nombre d’adultes (salariés ou bénévoles)',
      'Combien d’intervenants encadrent le groupe ?',
    ],
    'collectives[].expenses': [
      'Dépenses prévisionnelles du groupe (€)',
      'Charges de fonctionnement du collectif',
      'Coût annuel du groupe',
    ],
    'axes.children': [
      'Axe 1 – enfants et jeunes : actions prévues',
      'Axe enfants : des actions sont-elles prévues ?',
    ],
    'axes.parents': [
      'Axe 2 – parents : actions prévues',
      'Axe parents : des actions sont-elles prévues ?',
    ],
    'axes.school': [
      'Axe 3 – école : concertation prévue',
      'Axe école : des actions sont-elles prévues ?',
    ],
    'axes.territory': [
      'Axe 4 – territoire : coordination prévue',
      'Axe territoire : des actions sont-elles prévues ?',
    ],
    'descriptions.childrenActions': [
      'Quelles actions mènerez-vous avec les enfants ?',
      'Actions en direction des enfants et des jeunes',
    ],
    'descriptions.parentActions': [
      'Quelles actions sont prévues pour les parents ?',
      'Actions avec les familles (soutien, médiation, information)',
    ],
    'descriptions.schoolRelations': [
      'Liens avec les établissements scolaires',
      'Comment se fait la concertation avec les enseignants ?',
    ],
    'descriptions.localResources': [
      'Ressources du territoire mobilisées (locaux, bibliothèque, personnes ressources)',
      'Partenaires et ressources de proximité',
    ],
    'descriptions.organisation': [
      'Modalités d’organisation (jours, horaires, lieux, encadrement)',
      'Comment l’action est-elle organisée ?',
    ],
    'descriptions.evaluation': [
      'Indicateurs et critères d’évaluation',
      'Comment évaluerez-vous l’action ?',
    ],
    'budget.operatingExpenses': [
      'Dépenses de fonctionnement (€)',
      'Total des dépenses de fonctionnement de l’action CLAS',
    ],
    'budget.chargesTotal': ['Total général des charges', 'Montant total des charges (€)'],
    'budget.productsTotal': [
      'Total général des produits',
      'Montant total des produits (€)',
      'Total des ressources',
    ],
    'budget.cafRequested': [
      '74 - Caf',
      'Montant sollicité auprès de la Caf (€)',
      'Prestation de service Caf demandée',
    ],
    'budget.departmentalCouncil': [
      '74 - Département',
      'Conseil Départemental des Vosges (CD88)',
      'Subvention du Département',
    ],
    'budget.msa': ['74 - MSA', 'Participation MSA Lorraine', 'Montant MSA (€)'],
    'budget.cityContract': [
      '74 - État (politique de la ville)',
      'Politique de la ville – ANCT',
      'Crédits politique de la ville',
    ],
    'bonuses.children.requested': [
      'Sollicitez-vous le bonus « enfants » ?',
      'Bonus enfants (projets culturels et éducatifs)',
    ],
    'bonuses.children.justification': [
      'Présentation du projet culturel ou éducatif',
      'Plus-value du projet pour le bonus enfants',
    ],
    'bonuses.parents.requested': [
      'Sollicitez-vous le bonus « parents » ?',
      'Bonus parents (soutien à la parentalité)',
    ],
    'bonuses.parents.justification': [
      'Présentation des actions de parentalité',
      'Plus-value du projet pour le bonus parents',
    ],
    'bonuses.tne.requested': [
      'Bonus TNE (numérique éducatif) – Conseil départemental',
      'Sollicitez-vous le bonus parents « Territoire Numérique Éducatif » ?',
    ],
    'bonuses.tne.collectives': [
      'Nb de collectifs TNE',
      'Combien de collectifs sont concernés par le TNE ?',
    ],
    'bonuses.tne.actions': [
      'Actions parentalité et numérique scolaire envisagées',
      'Contenu des ateliers numériques pour les parents',
    ],
    'bonuses.tne.fundedByCdElsewhere': [
      'Actions financées par ailleurs par le Département',
      'Le CD88 finance-t-il déjà ces actions via un autre dispositif ?',
    ],
    'msa.requested': [
      'Grandir en Milieu Rural : demande de financement MSA',
      'Sollicitez-vous la MSA (Grandir en Milieu Rural) ?',
    ],
    'msa.ruralTerritory': [
      'Territoire rural et/ou fragile (critères MSA)',
      'L’action se déroule-t-elle en zone rurale ou fragile ?',
    ],
    'cityContract.requested': [
      'Sollicitez-vous un cofinancement au titre du contrat de ville ?',
      'Demande de crédits politique de la ville',
    ],
    'cityContract.addedValue': [
      'Plus-value pour les jeunes suivis (politique de la ville)',
      'Apport spécifique pour les jeunes des quartiers prioritaires',
    ],
    'cityContract.obtainedLastYear': [
      'Un cofinancement politique de la ville a-t-il été obtenu pour 2024 ?',
      'Crédits politique de la ville perçus en 2024',
    ],
    'attachments.previousBilan': ['Bilan 2024/2025 de l’action', 'Bilan CLAS de l’année écoulée'],
    'attachments.cdRecapSheet': [
      'Fiche récap. Conseil départemental (TNE)',
      'Annexe : fiche récapitulative du Département',
    ],
    'attachments.adjustmentDocument': [
      'Ajustement du projet 2024-2025 (document 2025-2026)',
      'Document d’ajustement 2025-2026',
    ],
    sphinxCompleted: [
      'Sphinx : questionnaire rempli',
      'Avez-vous rempli le questionnaire Sphinx ?',
    ],
  },
  axesGroup: ['Axes retenus', 'Axes couverts par le projet'],
  axisOptions: {
    children: ['Enfants / jeunes', 'Axe enfants'],
    parents: ['Familles', 'Axe parents'],
    school: ['Établissements scolaires', 'Axe école'],
    territory: ['Territoire', 'Axe territoire'],
  },
  situations: {
    'first-request': ['Nouveau projet (jamais financé)', 'Primo-demande', '1re demande'],
    'renewal-unchanged': [
      'Reconduction à l’identique',
      'Poursuite du projet sans changement',
      'Renouvellement (projet reconduit tel quel)',
    ],
    'renewal-changed': [
      'Reconduction avec ajustements',
      'Poursuite du projet avec changements',
      'Renouvellement (projet ajusté)',
    ],
  },
  columns: {
    first: ['Groupe / collectif', 'Atelier', 'Libellé du groupe'],
    children: ['Nb enfants', 'Enfants inscrits'],
    levels: ['Niveau(x)', 'Classe(s)'],
    staff: ['Nb adultes', 'Nb encadrants'],
    expenses: ['Dépenses prévues (€)', 'Coût (€)'],
    place: ['Lieu d’activité'],
    schedule: ['Jours / heures'],
    total: ['Totaux', 'Ensemble des groupes'],
  },
  groupTitles: {
    numbered: ['Groupe n°{n}', 'Collectif d’enfants n° {n}', 'Action {n}'],
    named: ['{name} (groupe {n})', 'Atelier « {name} »'],
  },
  sections: {
    meta: ['Références du dossier', 'Identification du dossier'],
    carrier: ['Identité du porteur', 'Présentation de l’organisme'],
    collectives: ['Groupes d’enfants accueillis', 'Les collectifs'],
    axes: ['Les quatre axes du CLAS'],
    descriptions: ['Présentation du projet', 'Contenu de l’action'],
    budget: ['Budget prévisionnel (CERFA 12156)', 'Plan de financement prévisionnel'],
    bonuses: ['Demandes de bonus', 'Bonus Caf et Département'],
    msa: ['Volet MSA (Grandir en Milieu Rural)'],
    city: ['Contrat de ville / quartiers prioritaires'],
    attachments: ['Justificatifs déposés', 'Documents transmis'],
    followUp: ['Données d’activité', 'Questionnaires et suivi'],
  },
  pageTitles: {
    elan: ['Appel à projets CLAS – saisie du dossier', 'Formulaire de demande Clas'],
    mcp: ['Saisie des données prévisionnelles Clas', 'Prévisionnel Clas : saisie'],
    instructor: ['Fiche de synthèse – instruction', 'Vue instructeur du dossier'],
  },
  steps: ['Organisme', 'Action', 'Groupes', 'Financement', 'Justificatifs', 'Envoi'],
  words: {
    request: [
      ['Demandé', 'Non demandé'],
      ['Oui, demandé', 'Pas de demande'],
    ],
    blank: ['Information non communiquée', 'Non saisi', 'Sans réponse'],
    noFile: ['Pas de fichier joint', 'Aucun justificatif déposé'],
    attachmentPresent: ['Reçu', 'Présent'],
    attachmentMissing: ['Non reçu', 'À fournir'],
    selectPrompt: ['Veuillez choisir', '-- Sélection --'],
    status: ['En attente de validation', 'Instruit', 'Incomplet'],
    childrenUnit: ['élèves', 'jeunes'],
    staffUnit: ['adultes encadrants', 'intervenant(s)'],
    buttons: ['Sauvegarder le brouillon', 'Continuer', 'Exporter en PDF'],
  },
  budget: {
    titles: ['Budget prévisionnel (CERFA 12156)', 'Plan de financement prévisionnel'],
    charges: ['Charges prévisionnelles', 'Emplois'],
    products: ['Produits prévisionnels', 'Ressources'],
    columns: {
      account: ['N° de compte', 'Cpte'],
      label: ['Nature', 'Désignation'],
      amount: ['Montant en euros', 'Euros'],
    },
    chargeAccounts: {
      '60': ['Achats (fournitures, petit matériel)'],
      '61': ['Services extérieurs (locations, assurances)'],
      '62': ['Autres services extérieurs (honoraires, déplacements)'],
      '63': ['Impôts, taxes et versements assimilés'],
      '64': ['Rémunération des personnels et charges sociales'],
      '65': ['Autres charges de gestion'],
      '66': ['Frais financiers'],
      '67': ['Charges à caractère exceptionnel'],
      '68': ['Dotations aux amortissements et provisions'],
      '86': ['Contributions volontaires en nature (emplois)'],
    },
    productAccounts: {
      '70': ['Ventes et prestations (participation des familles)'],
      '73': ['Produits de tarification'],
      '74': ['Subventions d’exploitation sollicitées', 'Subventions publiques'],
      '75': ['Autres produits (cotisations, dons)'],
      '87': ['Contributions volontaires en nature (ressources)'],
    },
    financers: {
      city: ['ANCT / contrat de ville', 'État – crédits politique de la ville'],
      stateOther: ['État – autres ministères', 'DDETS des Vosges'],
      region: ['Conseil régional Grand Est', 'Région(s)'],
      departmentalCouncil: [
        'Département(s) : Vosges',
        'CD 88',
        'Conseil Départemental des Vosges (CD88)',
      ],
      epci: ['Communauté de communes', 'Intercommunalité(s) : agglomération d’Épinal'],
      commune: ['Mairie {deTown}', 'Commune(s) : {town}'],
      caf: [
        'CAF des Vosges (PS CLAS)',
        'Organisme social : Caf',
        'Caisse d’Allocations Familiales',
      ],
      msa: ['MSA Lorraine – GMR', 'Caisse MSA de Lorraine'],
      europe: ['Union européenne (FSE)'],
      otherPublic: ['Autres financements publics'],
      private: ['Fondations et mécénat'],
    },
    cafService: ['PS Clas (Caf)'],
    cafBonus: ['Bonus Caf (enfants, parents)'],
    socialBodies: ['Organismes sociaux (à détailler)'],
    subtotal: ['Total subventions (74)', 'Sous-total 74'],
    chargesTotal: ['Total général des charges', 'TOTAL DES EMPLOIS'],
    productsTotal: ['Total général des produits', 'TOTAL DES RESSOURCES'],
  },
  noise: {
    address: ['Adresse postale', 'N° et rue'],
    postcode: ['CP'],
    town: ['Localité'],
    siret: ['N° Siret de l’organisme', 'Numéro SIRET'],
    phone: ['Tél.', 'N° de téléphone'],
    email: ['E-mail', 'Mél'],
    contact: ['Référent du dossier', 'Contact'],
    childrenLastYear: [
      'Nb d’enfants accompagnés en 2024/2025',
      'Combien d’enfants avez-vous accueillis l’an passé ?',
    ],
    families: ['Nombre de familles touchées', 'Nb total de familles'],
    hoursPerWeek: ['Nb d’heures hebdomadaires', 'Durée hebdomadaire d’accompagnement (h)'],
    volunteers: ['Bénévoles actifs (toute l’association)', 'Nb de bénévoles'],
    employees: ['Effectif salarié (ETP)'],
    collectivesCount: ['Nb de collectifs', 'Nombre de groupes'],
    totalChildren: ['Total enfants tous groupes confondus'],
    creationDate: ['Date de création'],
    fileNumber: ['N° dossier Elan', 'Identifiant de la demande'],
    status: ['Avancement', 'Étape de traitement'],
    instructor: ['Gestionnaire Caf', 'Dossier suivi par'],
    lastUpdate: ['Dernière mise à jour', 'Modifié le'],
    proposedAmount: ['Montant PS proposé', 'Proposition de l’instructeur (€)'],
    place: ['Lieu des séances'],
    schedule: ['Horaires des séances'],
    sessions: ['Nb de séances hebdomadaires'],
    volunteersAmong: ['parmi eux, bénévoles'],
    groupLastYear: ['Nb inscrits l’an passé'],
  },
  help: {
    general: ['* Champ obligatoire', 'Pensez à enregistrer avant de quitter la page.'],
    children: ['Rappel : 8 enfants minimum et 12 maximum par groupe.'],
    amount: ['Montants en euros TTC.', 'Plafond retenu : 8 487 € par collectif.'],
    staff: ['2 adultes minimum par groupe (salariés et/ou bénévoles).'],
    files: ['PDF ou image, 10 Mo max.'],
  },
  styles: {
    amounts: ['space', 'space-euro', 'nbsp-cents-euro', 'nnbsp-cents-euro', 'plain', 'dot'],
    dates: ['slash', 'long', 'dots', 'weekday', 'slash-time'],
    levels: [
      { sep: ', ', names: SPELLED },
      { sep: ' ', range: 'du {from} au {to}' },
      { sep: '/', range: '{from} à {to}', names: SPELLED },
      { sep: ' et ', names: SPELLED },
    ],
    campaign: ['2025-2026', '2025/2026', '2025 – 2026'],
    department: ['88', 'Vosges – 88', '88 (Vosges)'],
    numbering: ['{s}.{n} ', '{s}.{n}. ', 'Q{n}. '],
  },
};
