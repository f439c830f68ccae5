/**
 * Values as people write them on a page: « Oui » / « Non », « Sollicité », « CP, CE1 »,
 * « CM1 - CM2 », « 6e/5e », « Renouvellement à l’identique », « 12/07/2025 », « 88 – Vosges »,
 * a file name. Each parser returns `undefined` when the text is not of its kind: the reader
 * then does not take it (a wrong value is worse than none).
 */
import type { Axis, Situation } from '../rules/dossier-fields';
import { isValidIsoDate, twoDigits } from '../rules/dates';
import { fold } from './text';

const BLANK = new Set([
  '',
  '-',
  '--',
  '—',
  '–',
  '/',
  'non renseigne',
  'non renseignee',
  'non communique',
  'non precise',
  'a completer',
  'n/a',
  'na',
  'nc',
  'selectionnez',
  'selectionner',
  'choisir',
  'choisissez',
  'veuillez choisir',
  'aucune selection',
  'aucun',
  'aucune',
]);

const SAYS_NOTHING =
  /^(?:(?:information|donnee|reponse|valeur|champ) )?(?:non|pas) (?:renseigne|communique|saisi|indique|precise|connu|rempli|disponible|applicable|documente|repondu)e?s?$|^(?:sans (?:objet|reponse)|neant|vide|pas de reponse|aucune reponse|a renseigner|en attente|inconnu|nd|s\/o|\?)$/;

/** Nothing given: an empty box, « Non renseigné », a dash, a select's prompt. */
export function isBlankText(text: string): boolean {
  const f = fold(text)
    .replace(/[-—–\s.…]+$/g, '')
    .replace(/^[-—–\s.…]+/g, '')
    .trim();
  return BLANK.has(f) || BLANK.has(fold(text).trim()) || SAYS_NOTHING.test(f);
}

/** A word without its feminine and plural endings: « sollicitée(s) » → « sollicit ». */
const bare = (phrase: string) =>
  phrase
    .split(' ')
    .map((w) => (w.length > 3 ? w.replace(/(ee|e)?s?$/, '') : w))
    .join(' ');

const YES = new Set(
  [
    'oui',
    'yes',
    'vrai',
    'true',
    'o',
    'x',
    '✓',
    '✔',
    '☑',
    '☒',
    'sollicite',
    'demande',
    'coche',
    'fourni',
    'joint',
    'depose',
    'recu',
    'transmis',
    'complete',
    'renseigne',
    'effectue',
    'realise',
    'obtenu',
    'accorde',
    'valide',
  ].map(bare),
);
const NO = new Set(
  [
    'non',
    'no',
    'faux',
    'false',
    'n',
    '☐',
    '✗',
    '✘',
    'non sollicite',
    'non demande',
    'non coche',
    'non fourni',
    'non joint',
    'non depose',
    'non recu',
    'non transmis',
    'non complete',
    'non effectue',
    'non realise',
    'non obtenu',
    'manquant',
    'absent',
    'pas de demande',
    'aucune demande',
  ].map(bare),
);

/**
 * « Oui » → true, « Non » → false, with their usual synonyms, matched whole: « Non renseigné »
 * or « Non communiqué » say nothing, they are not « Non ».
 */
export function parseYesNo(text: string): boolean | undefined {
  const f = fold(text)
    .replace(/\((e|es|s)\)/g, '')
    .replace(/[«»"“”)!.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f || f.length > 60) return undefined;
  // « Non — à compléter en septembre », « Oui (2 collectifs) »: the answer, then a comment.
  const w = bare(f.split(/\s[-—–]\s|[,;:(]/)[0]!.trim());
  // « Complété le 22/09/2025 », « Reçu en septembre »: the answer, then when.
  const answer = w.replace(/ (le|en|depuis|au|du) .*$/, '');
  if (NO.has(w) || NO.has(answer)) return false;
  if (YES.has(w) || YES.has(answer)) return true;
  return undefined;
}

/**
 * A text that is only a kind of request (« Renouvellement sans modification »), not a sentence
 * that happens to say « création » (« Création d'un groupe de parents relais »).
 */
export function isRequestKind(text: string): boolean {
  const f = fold(text);
  return (
    f.length <= 80 &&
    /^(une? |la |le )?(premiere|nouvelle|1re|1ere|renouvel|primo)/.test(f) &&
    parseSituation(text) !== undefined
  );
}

/** The contract's situation codes from their usual wordings. */
export function parseSituation(text: string): Situation | undefined {
  const f = fold(text);
  if (f.length > 120) return undefined;
  if (/\b(premiere|nouvelle|1re|1ere) demande|\bcreation\b|\bnouveau projet\b|\bprimo/.test(f))
    return 'first-request';
  // « Reconduction d'une action » is a renewal too; said alone, of the same action.
  if (!/renouvel|reconduction|reconduit/.test(f)) return undefined;
  if (/\b(sans|aucun|pas de) (changement|modification)|identique|inchange/.test(f)) {
    return 'renewal-unchanged';
  }
  if (/\bavec (des )?(changement|modification)|modifie|change|evolution|ajust/.test(f))
    return 'renewal-changed';
  if (/reconduction|reconduit/.test(f)) return 'renewal-unchanged';
  return undefined;
}

const LEVELS: Array<[RegExp, string]> = [
  [/^cp$/, 'CP'],
  [/^ce ?1$/, 'CE1'],
  [/^ce ?2$/, 'CE2'],
  [/^cm ?1$/, 'CM1'],
  [/^cm ?2$/, 'CM2'],
  [/^(6|6e|6eme|6 eme|sixieme)$/, '6e'],
  [/^(5|5e|5eme|5 eme|cinquieme)$/, '5e'],
  [/^(4|4e|4eme|4 eme|quatrieme)$/, '4e'],
  [/^(3|3e|3eme|3 eme|troisieme)$/, '3e'],
  [/^(2nde|2de|seconde|2e|2eme)$/, '2nde'],
  [/^(1re|1ere|premiere)$/, '1re'],
  [/^(tle|term|terminale)$/, 'Tle'],
];
const ORDER = ['CP', 'CE1', 'CE2', 'CM1', 'CM2', '6e', '5e', '4e', '3e', '2nde', '1re', 'Tle'];

export function levelCode(text: string): string | undefined {
  return foldedLevelCode(fold(text));
}

function foldedLevelCode(folded: string): string | undefined {
  const f = folded.replace(/[.()]/g, '').trim();
  if (f.length > 12) return undefined;
  for (const [re, code] of LEVELS) if (re.test(f)) return code;
  return undefined;
}

/**
 * Whether options are school levels: all of them, or most when a form adds « Lycée » or
 * « Autre » to the list.
 */
export function areLevels(labels: readonly string[]): boolean {
  const n = labels.filter((l) => levelCode(l)).length;
  return (n >= 2 && n === labels.length) || (n >= 3 && 3 * n >= 2 * labels.length);
}

/**
 * « CP, CE1 », « CM1 - CM2 », « 6e/5e », « CE2 et CM1 », « du CP au CE2 » → codes; undefined when
 * one part is not a level (a sentence is not a list of levels).
 */
export function parseLevels(text: string): string[] | undefined {
  const f = fold(text);
  if (!f || f.length > 120) return undefined;
  const range = /^(?:du |de la |de |des )?(.+?) (?:au|a la|a|jusqu'au) (.+)$/.exec(f);
  if (range) {
    const a = ORDER.indexOf(foldedLevelCode(range[1]!) ?? '');
    const b = ORDER.indexOf(foldedLevelCode(range[2]!) ?? '');
    if (a >= 0 && b >= a) return ORDER.slice(a, b + 1);
  }
  const parts = f
    .split(/\s*(?:,|;|\/|\+|\n| - | – | — | et |&)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const codes: string[] = [];
  // « CM1-CM2 »: a hyphen between two levels.
  if (parts.length === 1 && parts[0]!.includes('-')) parts.splice(0, 1, ...parts[0]!.split('-'));
  let known = 0;
  for (const part of parts) {
    // An unknown short code (« GS ») is kept as written, for the rules to judge.
    const level = foldedLevelCode(part);
    const code = level ?? (/^[a-z]{1,3}\d?$/.test(part) ? part.toUpperCase() : undefined);
    if (!code) return undefined;
    if (level) known++;
    if (!codes.includes(code)) codes.push(code);
  }
  if (known === 0) return undefined;
  return codes.length ? codes : undefined;
}

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

const iso = (y: number, m: number, d: number) => {
  const s = `${y}-${twoDigits(m)}-${twoDigits(d)}`;
  return isValidIsoDate(s) ? s : undefined;
};

/**
 * « 12/07/2025 », « 12.07.2025 », « 2025-07-12 », « 12 juillet 2025 », « le 1er juillet 2025 »,
 * « 12.07.2025 à 14 h 02 » (the hour is not the date's). The one French date parser: the reader's
 * fields and the deposit date an instructor's page shows both go through it.
 */
export function parseDate(text: string): string | undefined {
  const t = fold(text).replace(/^le\s+/, '');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:er)? ([a-z]+) (\d{4})\b/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!);
    if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[1]));
  }
  return undefined;
}

/** « 88 », « 88 – Vosges », « Vosges (88) », « Caf des Vosges » → « 88 ». */
export function parseDepartment(text: string): string | undefined {
  const f = fold(text);
  if (f.length > 60) return undefined;
  const m =
    /^(?:caf (?:de |du |des |d')?)?(?:([0-9]{2}|2a|2b)(?:\s*[-–—:]\s*[a-z' -]+)?|[a-z' -]+\((\d{2}|2a|2b)\))$/.exec(
      f,
    );
  if (m) return (m[1] ?? m[2])!.toUpperCase();
  if (/^(caf (de |des |du )?)?(les )?vosges$/.test(f)) return '88';
  return undefined;
}

/** « 2025-2026 », « 2025/2026 », « Campagne 2025 - 2026 » → « 2025-2026 ». */
export function parseCampaign(text: string): string | undefined {
  const f = fold(text);
  if (f.length > 60) return undefined;
  const m = /(20\d\d)\s*[-/]\s*(20\d\d)/.exec(f);
  if (m && Number(m[2]) === Number(m[1]) + 1) return `${m[1]}-${m[2]}`;
  return undefined;
}

const FILE_NAME = /[^\s./\\]\.(pdf|docx?|odt|xlsx?|ods|jpe?g|png|zip|rtf|txt)\b/i;

/** A file name or « Fourni » → true; « Aucun fichier », « Manquant » → false. */
export function parseAttachment(text: string): boolean | undefined {
  const f = fold(text);
  if (FILE_NAME.test(text)) return true;
  if (
    /^(aucun|aucune|pas de) (fichier|document|piece)|^(manquant|non joint|non fourni|non depose|absent|a fournir)/.test(
      f,
    )
  )
    return false;
  return parseYesNo(text);
}

/** The four axes named in a list « Enfants, Parents, École » (true when listed). */
export function parseAxes(text: string): Record<Axis, boolean> | undefined {
  const f = fold(text);
  if (!f || f.length > 300) return undefined;
  const out: Record<Axis, boolean> = {
    children: false,
    parents: false,
    school: false,
    territory: false,
  };
  const parts = f
    .split(/\s*(?:,|;|\n|\/|·|•| - )\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    // « Enfants et parents » names two axes; « Actions avec et pour les parents » one.
    const hits = axesIn(part);
    const pieces = hits.length === 1 ? [hits] : part.split(/ et (?=[a-z])/).map(axesIn);
    if (pieces.some((h) => h.length !== 1)) return undefined;
    for (const [axis] of pieces) out[axis!] = true;
  }
  return parts.length ? out : undefined;
}

function axesIn(part: string): Axis[] {
  const hits: Axis[] = [];
  if (/enfant|jeune|eleve/.test(part)) hits.push('children');
  if (/parent|famille/.test(part)) hits.push('parents');
  if (/ecole|scolaire|enseignant|college/.test(part)) hits.push('school');
  if (/territoire|partenari|acteur|local/.test(part)) hits.push('territory');
  return hits;
}

/** A list's heading that says whether its items were sent: « Pièces non fournies » → false. */
export function parsePresenceHeading(text: string): boolean | undefined {
  const f = fold(text);
  if (f.length > 80) return undefined;
  if (/\b(non (fourni|depose|joint|recu|transmis)|manquant|a fournir|absent|en attente)/.test(f))
    return false;
  if (/\b(fourni|depose|joint|recu|transmis)/.test(f)) return true;
  return undefined;
}
