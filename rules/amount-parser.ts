/**
 * Reads an amount as people type it in French forms: `8487`, `8 487,00`, `8.487,00 €`,
 * `8487.5`, `2 758,28 €` (any kind of space). Ambiguous or wrong text is refused with a French
 * reason, never guessed: `8.487` could be 8 487 € or 8,487 €, so it is refused.
 */

export type AmountResult =
  | { ok: true; cents: number }
  | { ok: false; empty: true; reason: string }
  | { ok: false; empty: false; reason: string };

// Space, no-break space, narrow no-break space, thin space, figure space, and so on.
const SPACES = /[\s\u00a0\u202f\u2009\u2007\u2008\u200a]/g;
const MAX_INTEGER_DIGITS = 12;

function fail(reason: string): AmountResult {
  return { ok: false, empty: false, reason };
}

/** Checks `1 234 567` / `1.234.567` grouping: a first group of 1–3 digits, then groups of 3. */
function ungroup(intPart: string, sep: string): string | null {
  if (!intPart.includes(sep)) return intPart;
  const groups = intPart.split(sep);
  const [first, ...rest] = groups as [string, ...string[]];
  if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  return groups.join('');
}

export function parseAmount(raw: string): AmountResult {
  let text = raw.trim();
  text = text.replace(/^€\s*/, '').replace(/\s*(€|eur|euros?)$/i, '');
  const compact = text.replace(SPACES, ' ').trim();
  if (compact === '') return { ok: false, empty: true, reason: 'aucun montant saisi' };

  const bad = compact.match(/[^0-9 .,]/);
  if (bad) {
    if (bad[0] === '-' || bad[0] === '−') return fail('un montant négatif n’est pas attendu');
    return fail(`caractère inattendu « ${bad[0]} » dans « ${raw.trim()} »`);
  }
  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  if (commas > 1) return fail(`plusieurs virgules dans « ${raw.trim()} »`);

  let intPart = compact;
  let decPart = '';
  if (commas === 1) {
    [intPart, decPart] = compact.split(',') as [string, string];
    if (decPart.includes('.'))
      return fail(`point après la virgule dans « ${raw.trim()} » : écrivez par exemple 8 487,00`);
    if (intPart.includes(' ') && intPart.includes('.'))
      return fail(`séparateurs de milliers mélangés dans « ${raw.trim()} »`);
    const dotless = ungroup(intPart, '.');
    if (dotless === null) return fail(`points mal placés dans « ${raw.trim()} »`);
    intPart = dotless;
  } else if (dots === 1) {
    const [before, after] = compact.split('.') as [string, string];
    if (/^\d{3}$/.test(after) && /^\d{1,3}$/.test(before))
      return fail(
        `« ${raw.trim()} » est ambigu : le point sépare-t-il les milliers ou les centimes ? Écrivez par exemple 8 487,00`,
      );
    intPart = before;
    decPart = after;
  } else if (dots > 1) {
    const dotless = ungroup(compact, '.');
    if (dotless === null) return fail(`points mal placés dans « ${raw.trim()} »`);
    intPart = dotless;
  }

  if (decPart.includes(' '))
    return fail(`espace inattendue dans les centimes de « ${raw.trim()} »`);
  if (decPart !== '' && !/^\d{1,2}$/.test(decPart))
    return fail(`deux chiffres au plus après la virgule dans « ${raw.trim()} »`);
  if (intPart === '' || intPart.trim() === '')
    return fail(`chiffres manquants avant la virgule dans « ${raw.trim()} »`);
  const digits = ungroup(intPart, ' ');
  if (digits === null || !/^\d+$/.test(digits))
    return fail(`espaces mal placées dans « ${raw.trim()} » (groupes de trois chiffres attendus)`);
  if (digits.replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS)
    return fail(`montant trop grand : « ${raw.trim()} »`);

  const cents = Number(digits) * 100 + Number(decPart.padEnd(2, '0') || '0');
  return { ok: true, cents };
}

/** Whole numbers as typed in a form (`12`, ` 8 `): used for counts of children and adults. */
export type CountResult =
  | { ok: true; value: number }
  | { ok: false; empty: true; reason: string }
  | { ok: false; empty: false; reason: string };

export function parseCount(raw: string): CountResult {
  const text = raw.replace(SPACES, ' ').trim();
  if (text === '') return { ok: false, empty: true, reason: 'aucun nombre saisi' };
  const digits = ungroup(text, ' ');
  if (digits === null || !/^\d+$/.test(digits)) {
    return { ok: false, empty: false, reason: `« ${raw.trim()} » n’est pas un nombre entier` };
  }
  if (digits.length > 7)
    return { ok: false, empty: false, reason: `nombre trop grand : « ${raw.trim()} »` };
  return { ok: true, value: Number(digits) };
}
