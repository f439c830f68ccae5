/**
 * Content shared by both sets: what carriers type (names, towns, descriptions) and the
 * universal vocabulary every portal uses (Oui / Non, class codes, months). These are values,
 * not wordings of labels: the two wording pools (wordings/dev.ts, held-out/wordings.ts) hold
 * the labels and must never share one; these lists may appear on any page.
 */

export const YES = 'Oui';
export const NO = 'Non';

/** The contract's level codes, from CP to Terminale, in school order. */
export const LEVELS = [
  'CP',
  'CE1',
  'CE2',
  'CM1',
  'CM2',
  '6e',
  '5e',
  '4e',
  '3e',
  '2nde',
  '1re',
  'Tle',
];
/** Index ranges of the school stages: a group usually stays inside one. */
export const STAGES: [number, number][] = [
  [0, 4],
  [5, 8],
  [9, 11],
];

export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export interface Town {
  name: string;
  postcode: string;
}
export const TOWNS: Town[] = [
  { name: 'Épinal', postcode: '88000' },
  { name: 'Saint-Dié-des-Vosges', postcode: '88100' },
  { name: 'Remiremont', postcode: '88200' },
  { name: 'Gérardmer', postcode: '88400' },
  { name: 'Neufchâteau', postcode: '88300' },
  { name: 'Mirecourt', postcode: '88500' },
  { name: 'Rambervillers', postcode: '88700' },
  { name: 'Thaon-les-Vosges', postcode: '88150' },
  { name: 'Golbey', postcode: '88190' },
  { name: 'Vittel', postcode: '88800' },
  { name: "Raon-l'Étape", postcode: '88110' },
  { name: 'Bruyères', postcode: '88600' },
  { name: 'Charmes', postcode: '88130' },
  { name: 'Le Thillot', postcode: '88160' },
];

export const STREETS = [
  'rue de la Préfecture',
  'avenue de la Fontenelle',
  'rue Jules Ferry',
  'place du Marché',
  'rue des Écoles',
  'quai du Musée',
  'rue du Général Leclerc',
  'allée des Tilleuls',
];

export const CARRIER_KINDS = [
  'Association',
  'Centre social',
  'Maison des jeunes et de la culture',
  'Foyer rural',
  'Espace de vie sociale',
  'Amicale laïque',
  'Centre communal d’action sociale',
];
export const CARRIER_NAMES = [
  'Lire et Grandir',
  'Les Francas',
  'La Passerelle',
  'Cap Avenir',
  'Le Trait d’Union',
  'Les Petits Débrouillards',
  'Arc-en-ciel',
  'La Clé des Champs',
  'Jeunesse et Partage',
  'L’Escale',
  'Les Coccinelles',
  'Horizons',
];

/** Names of groups as carriers write them; none looks like « Groupe 2 » or a class list. */
export const COLLECTIVE_NAMES = [
  'Les lecteurs',
  'Les p’tits curieux',
  'Coup de pouce',
  'Les explorateurs',
  'Atout devoirs',
  'La ruche',
  'Les cartables',
  'Cap collège',
  'Les Mercredis malins',
  'Les découvreurs',
  'Le petit atelier',
  'Les écureuils',
  'Tremplin',
  'Les bâtisseurs',
  'Planète devoirs',
  'Les astronomes',
  'Les lucioles',
  'Passerelle lycée',
];

export const PEOPLE = [
  'Mme Claire Dubois',
  'M. Karim Benali',
  'Mme Sophie Martin',
  'M. Julien Petitjean',
  'Mme Nadia Haddad',
  'M. Olivier Colin',
  'Mme Élodie Thiriet',
  'M. Thomas Grandjean',
];

export const PLACES = [
  'salle polyvalente',
  'médiathèque municipale',
  'école élémentaire Jules Ferry',
  'collège Louis Pergaud',
  'local de l’association',
  'maison de quartier',
  'centre social',
];

export const SCHEDULES = [
  'mardi et jeudi, 16 h 30 – 18 h',
  'lundi, mardi, jeudi 16 h 45 – 18 h 15',
  'mercredi 14 h – 16 h',
  'lundi et vendredi 17 h – 18 h 30',
];

/** Sentences the descriptions are made of, per description (two or three are drawn). */
export const SENTENCES = {
  childrenActions: [
    'Aide méthodologique au travail personnel en petits groupes, deux fois par semaine.',
    'Ateliers lecture et jeux de langage animés par une bénévole retraitée de l’Éducation nationale.',
    'Sorties à la médiathèque et au musée départemental pour élargir les centres d’intérêt.',
    'Un cahier de présence et une fiche de suivi individuelle pour chaque enfant.',
    'Projet théâtre mené sur l’année avec une compagnie locale.',
  ],
  parentActions: [
    'Réunion d’information à l’inscription pour présenter les objectifs de l’accompagnement.',
    'Cafés des parents une fois par mois sur la scolarité et les codes de l’école.',
    'Temps conviviaux enfants-parents en fin de trimestre.',
    'Accompagnement individuel des parents qui le souhaitent lors des rencontres avec les enseignants.',
  ],
  schoolRelations: [
    'Rencontre trimestrielle avec les directeurs d’école et les professeurs principaux.',
    'Fiche de liaison entre l’enseignant et l’accompagnateur pour chaque enfant orienté.',
    'Participation aux conseils d’école et à la réunion de rentrée.',
  ],
  localResources: [
    'Mise à disposition gratuite de la salle par la commune.',
    'Partenariat avec la médiathèque et le point information jeunesse.',
    'Intervention ponctuelle de l’éducatrice du Programme de réussite éducative.',
  ],
  organisation: [
    'Accueil de 16 h 30 à 18 h après un goûter, dans deux salles équipées.',
    'Les groupes sont encadrés par un animateur salarié et un bénévole.',
    'Inscriptions en septembre, démarrage la deuxième semaine d’octobre, fin en juin.',
  ],
  evaluation: [
    'Assiduité mesurée par les cahiers de présence.',
    'Questionnaire de satisfaction des familles en fin d’année.',
    'Bilan partagé avec les enseignants sur l’évolution de l’autonomie des enfants.',
  ],
  childrenBonus: [
    'Projet « Reporters en herbe » : création d’un journal avec une journaliste de la presse locale.',
    'Cycle de sorties culturelles (planétarium, musée de l’Image) avec achat de matériel d’expression.',
  ],
  parentsBonus: [
    'Ateliers parents-enfants mensuels animés par une conseillère conjugale et familiale.',
    'Groupe de parole mensuel et accompagnement vers les partenaires du territoire.',
  ],
  tneActions: [
    'Ateliers de prise en main de l’ENT et de Pronote pour les parents éloignés du numérique.',
    'Café des parents sur le temps d’écran et création d’une charte familiale.',
  ],
  cityAddedValue: [
    'Accompagnement renforcé des jeunes du quartier prioritaire, en complément du Programme de réussite éducative.',
    'Un adulte relais dédié au lien avec les familles du quartier.',
  ],
} as const;

/** Uploaded file names, per attachment. */
export const FILE_NAMES = {
  previousBilan: ['bilan-clas-2024-2025.pdf', 'Bilan_CLAS_2024_2025_signe.pdf', 'bilan2425.pdf'],
  cdRecapSheet: ['fiche-recap-TNE-CD88.pdf', 'fiche_recapitulative_CD.pdf', 'recap-tne.xlsx'],
  adjustmentDocument: ['projet-2025-2026-ajustement.docx', 'Ajustement_projet_CLAS.pdf'],
} as const;
