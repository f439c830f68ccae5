import { dossierSchema, type Dossier } from './dossier';
import { formatPath } from './field-path';

export interface SchemaProblem {
  /** Dossier path, e.g. `collectives[2].children` (empty for the whole document). */
  path: string;
  /** French reason, e.g. `nombre entier attendu`. */
  message: string;
}

export type ParseResult = { ok: true; dossier: Dossier } | { ok: false; problems: SchemaProblem[] };

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  format?: string;
  values?: unknown[];
  input?: unknown;
}

const EXPECTED: Record<string, string> = {
  number: 'nombre attendu',
  int: 'nombre entier attendu',
  string: 'texte attendu',
  boolean: 'vrai ou faux (true / false) attendu',
  array: 'liste attendue',
  object: 'objet attendu',
};

function frenchMessage(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return EXPECTED[issue.expected ?? ''] ?? `${issue.expected ?? 'autre type'} attendu`;
    case 'invalid_value':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return `valeur non reconnue ; valeurs possibles : ${(issue.values ?? [])
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'custom':
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
      // Our own checks carry French messages; zod's defaults are English and generic.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'valeur invalide';
    default:
      return 'valeur invalide';
  }
}

/** Validates unknown JSON as a `clas-dossier/1` dossier, with French messages per field path. */
export function parseDossier(input: unknown): ParseResult {
  const result = dossierSchema.safeParse(input);
  if (result.success) return { ok: true, dossier: result.data };
  const problems = (result.error.issues as unknown as ZodIssueLike[]).map((issue) => ({
    path: formatPath(issue.path),
    message: frenchMessage(issue),
  }));
  return { ok: false, problems };
}

export function describeProblems(problems: SchemaProblem[]): string[] {
  return problems.map((p) => (p.path ? `${p.path} : ${p.message}` : p.message));
}
