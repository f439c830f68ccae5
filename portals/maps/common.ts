/**
 * Words shared by every portal map: Oui/Non answers, "nothing entered" placeholders of
 * read-only pages, school levels (as written on pages → the contract's codes) and the
 * situations' usual wordings. Data only.
 */
import type { Situation } from '../../rules/dossier';
import type { FieldEntry } from '../types';

export const YES_WORDS: readonly string[] = ['oui', 'yes', 'true', 'vrai'];
export const NO_WORDS: readonly string[] = ['non', 'no', 'false', 'faux'];

/** Read-only placeholders meaning "not filled in" (compared after normalising). */
export const EMPTY_WORDS: readonly string[] = [
  '',
  '-',
  '—',
  '–',
  'non renseigne',
  'non renseignee',
  'non communique',
  'aucun',
  'aucune',
  'n/a',
  'selectionner',
  '- selectionner -',
];

/** School levels as pages write them (normalised: lower case, no accents) → contract codes. */
export const LEVEL_CODES: Readonly<Record<string, string>> = {
  cp: 'CP',
  ce1: 'CE1',
  ce2: 'CE2',
  cm1: 'CM1',
  cm2: 'CM2',
  '6e': '6e',
  '6eme': '6e',
  '6 eme': '6e',
  sixieme: '6e',
  '5e': '5e',
  '5eme': '5e',
  '5 eme': '5e',
  cinquieme: '5e',
  '4e': '4e',
  '4eme': '4e',
  '4 eme': '4e',
  quatrieme: '4e',
  '3e': '3e',
  '3eme': '3e',
  '3 eme': '3e',
  troisieme: '3e',
  '2nde': '2nde',
  '2de': '2nde',
  '2e': '2nde',
  '2eme': '2nde',
  seconde: '2nde',
  '1re': '1re',
  '1ere': '1re',
  '1ère': '1re',
  premiere: '1re',
  tle: 'Tle',
  term: 'Tle',
  terminale: 'Tle',
};

export const SITUATION_WORDINGS: Readonly<Record<Situation, readonly string[]>> = {
  'first-request': ['Première demande', 'Première demande d’agrément', 'Nouvelle demande'],
  'renewal-unchanged': [
    'Renouvellement sans changement',
    'Renouvellement – projet inchangé',
    'Renouvellement à l’identique',
  ],
  'renewal-changed': [
    'Renouvellement avec changements',
    'Renouvellement avec changement',
    'Renouvellement – projet modifié',
  ],
};

/** A field map entry of the dossier itself (`d`) or of each collective (`c`), as data. */
export const dossierField = (
  path: string,
  kind: FieldEntry['kind'],
  labels: readonly string[],
): FieldEntry => ({ path, scope: 'dossier', kind, labels });
export const collectiveField = (
  path: string,
  kind: FieldEntry['kind'],
  labels: readonly string[],
): FieldEntry => ({ path, scope: 'collective', kind, labels });
