import jsonc from 'jsonc-parser';

/**
 * `JSON.parse`, with French messages that say where the text goes wrong (« ligne 3, colonne 17 :
 * « , » ou « } » attendu ») instead of V8's English. `JSON.parse` decides what is valid; the
 * scanner of jsonc-parser (strict options: no comments, no trailing commas) only finds where.
 */

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

const { ParseErrorCode } = jsonc;

const WHAT: Record<number, string> = {
  [ParseErrorCode.InvalidSymbol]: 'caractère inattendu',
  [ParseErrorCode.InvalidNumberFormat]: 'nombre mal écrit',
  [ParseErrorCode.PropertyNameExpected]: 'nom de champ entre guillemets attendu',
  [ParseErrorCode.ValueExpected]: 'valeur attendue',
  [ParseErrorCode.ColonExpected]: '« : » attendu',
  [ParseErrorCode.CommaExpected]: '« , » attendue',
  [ParseErrorCode.CloseBraceExpected]: '« , » ou « } » attendue',
  [ParseErrorCode.CloseBracketExpected]: '« , » ou « ] » attendu',
  [ParseErrorCode.EndOfFileExpected]: 'texte en trop après la fin du JSON',
  [ParseErrorCode.InvalidCommentToken]: 'commentaire : le JSON n’en admet pas',
  [ParseErrorCode.UnexpectedEndOfComment]: 'commentaire non fermé',
  [ParseErrorCode.UnexpectedEndOfString]: 'texte entre guillemets non fermé',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'nombre incomplet',
  [ParseErrorCode.InvalidUnicode]: 'séquence \\u invalide',
  [ParseErrorCode.InvalidEscapeCharacter]: 'échappement « \\ » invalide',
  [ParseErrorCode.InvalidCharacter]: 'caractère de contrôle dans un texte entre guillemets',
};

export function parseJsonFr(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: whereJsonFails(text) };
  }
}

function whereJsonFails(text: string): string {
  if (text.trim() === '') return 'le fichier est vide';
  const errors: jsonc.ParseError[] = [];
  jsonc.parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  // JSON.parse refused it, the scanner saw nothing: say so without a position.
  if (!first) return 'texte non reconnu';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const what = WHAT[first.error] ?? 'erreur de syntaxe';
  const where = `ligne ${line}, colonne ${column}`;
  return first.offset >= text.length
    ? `${where} : le fichier s’arrête avant la fin du JSON, ${what}`
    : `${where} : ${what}`;
}
