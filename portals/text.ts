/**
 * French text as the reader compares it: a label becomes a set of word stems, so that « Nombre
 * d’enfants prévus * », « NB ENFANTS PREVUS » and « 1.2 - Nombre d'enfant prévu (€) » say the
 * same thing. Light on purpose: case, accents, apostrophes, punctuation, numbering, plural and
 * feminine endings, common abbreviations and stop words; no dictionary.
 */

/**
 * Folded strings already seen: a page repeats its labels and values (200 groups, the same dozen
 * labels) and each is folded by several parsers. Bounded, so a long session cannot grow it.
 */
const folded = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** Lower case, no accents, typographic apostrophes and dashes made plain, spaces collapsed. */
export function fold(text: string): string {
  if (text.length > 200) return foldNow(text); // descriptions: folded once, not kept
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(text, (f = foldNow(text)));
  }
  return f;
}

function foldNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The text as people see it on one line (for evidence and messages). */
export function displayLabel(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\s*[*:]+\s*$/, '')
    .trim();
}

/**
 * Words that carry no meaning for telling fields apart. « clas » is on nearly every label of a
 * CLAS form, so it says nothing either.
 */
const STOP = new Set(
  (
    'a au aux avec ce ces cet cette d de des du en et l la le les leur leurs ou par pour sa se ses ' +
    'son sur un une vos votre nos notre y est sont il elle on qu que qui quel quelle quels ' +
    'quelles dans s n t m j ma mon mes clas si veuillez merci svp indiquer indiquez preciser ' +
    'precisez renseigner renseignez saisir saisissez obligatoire facultatif'
  ).split(' '),
);

/** Abbreviations and spellings that stand for one word. */
const SAME_WORD: Record<string, string> = {
  nb: 'nombre',
  nbre: 'nombre',
  nombres: 'nombre',
  no: 'numero',
  num: 'numero',
  ndeg: 'numero',
  n0: 'numero',
  ref: 'reference',
  eur: 'euro',
  euros: 'euro',
  qpv: 'quartier',
  cd: 'conseil_departemental',
  cd88: 'conseil_departemental',
  caisse_allocation_familial: 'caf',
  pj: 'piece',
  prev: 'previsionnel',
  prevu: 'prevu',
  mt: 'montant',
  cofinancement: 'financement',
  subventionne: 'financement',
  finance: 'financement',
  financer: 'financement',
  financ: 'financement',
  sollicitation: 'demande',
  sollicite: 'demande',
  solliciter: 'demande',
  sollicitez: 'demande',
  demander: 'demande',
  demandez: 'demande',
  demandee: 'demande',
  requested: 'demande',
  plusvalue: 'plus_value',
};

/** Multi-word expressions read as one token before stemming. */
const PHRASES: Array<[RegExp, string]> = [
  [/\bn ?°|\bn o\b/g, ' numero '],
  [/\bcaisses? d'? ?allocations? familiales?\b/g, ' caf '],
  [/\bmutualite sociale agricole\b/g, ' msa '],
  [/\bconseils? departementa(l|ux|le|les)\b/g, ' conseil_departemental '],
  // Its name before 2015, still in use.
  [/\bconseils? genera(l|ux)\b/g, ' conseil_departemental '],
  [/\bconseils? regiona(l|ux|le|les)\b/g, ' region '],
  [/\bplus[- ]values?\b/g, ' plus_value '],
  [/\bvaleurs? ajoutees?\b/g, ' plus_value '],
  [/\bpolitiques? de la ville\b/g, ' politique_ville '],
  [/\bcontrats? de ville\b/g, ' politique_ville '],
  [/\bterritoires? numeriques? educatifs?\b/g, ' tne '],
  [/\bgrandir en milieu rural\b/g, ' grandir_rural '],
  [
    /\b(l'an|l'annee|la saison|l'exercice|la campagne|l'annee scolaire)( scolaire)? (dernier|derniere|precedent|precedente|passe|passee|ecoule|ecoulee|anterieur|anterieure)\b/g,
    ' an_dernier ',
  ],
  [
    /\b(an|annee|exercice|campagne|saison) (precedent|precedente|passe|passee|ecoule|ecoulee|anterieur|anterieure)\b/g,
    ' an_dernier ',
  ],
  [/\bn ?- ?1\b/g, ' an_dernier '],
  [/\bpieces? jointes?\b/g, ' piece '],
  [/\bpas encore\b/g, ' '],
];

/** `2024-2025`, `2024/2025`, `2024 – 2025`, `2024-25` (a school year); `2024` alone. */
const SCHOOL_YEAR = /\b(20\d\d) ?[-/] ?(20)?(\d\d)\b/g;
const YEAR = /\b(20\d\d)\b/g;

/**
 * A school year relative to the campaign: `annee_precedente` (the year before), `annee_campagne`,
 * `annee_suivante`; other years say nothing. The campaign's first year is `start` (2025 for
 * 2025-2026), so that no year is written in the reader.
 */
function yearToken(first: number, start: number): string {
  if (first === start - 1) return ' annee_precedente ';
  if (first === start) return ' annee_campagne ';
  if (first === start + 1) return ' annee_suivante ';
  return ' ';
}

function yearsToTokens(text: string, start: number): string {
  return text
    .replace(SCHOOL_YEAR, (all, a: string, _c, b: string) =>
      (Number(a) + 1) % 100 === Number(b) ? yearToken(Number(a), start) : all,
    )
    .replace(YEAR, (_all, a: string) =>
      // A single calendar year: « obtenu en 2024 » is the year before the campaign's start.
      Number(a) === start - 1
        ? ' annee_precedente '
        : Number(a) === start
          ? ' annee_campagne '
          : ' ',
    );
}

/** Numbering before a label: « 1.2 », « 74 - », « a) », « III. », « Q3 : ». */
const NUMBERING = /^\s*(?:(?:\d+(?:\.\d+)*|[a-h]|[ivx]{1,4}|q\d+)\s*[.)\-:–]\s*|\d+(?:\.\d+)+\s+)/i;

function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '');
}

/** A light French stemmer: plural and feminine endings, so « prévues » = « prévu ». */
function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('aux')) w = w.slice(0, -3) + 'al';
  if (w.length > 3 && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  while (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * The word stems of a label, without stop words. `start`: the campaign's first year, so that
 * school years become `annee_precedente` / `annee_campagne` / `annee_suivante`.
 */
export function tokens(text: string, start: number): string[] {
  let t = ' ' + fold(stripNumbering(text)) + ' ';
  t = yearsToTokens(t, start);
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  const out: string[] = [];
  for (const raw of t.split(/[^a-z0-9_]+/)) {
    if (!raw || STOP.has(raw)) continue;
    if (/^\d+$/.test(raw)) continue; // bare numbers are not words of a label
    const word = SAME_WORD[raw] ?? raw;
    const s = word.includes('_') ? word : stem(word);
    const w = SAME_WORD[s] ?? s;
    // « Quartier prioritaire (QPV) » says « quartier » twice: once is enough.
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** The visible text of an element, spaces collapsed (no layout: works in any DOM). */
export function plainText(el: Node): string {
  return (el.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
