import { readFile } from 'node:fs/promises';
import { parseDossier, describeProblems } from '../rules/parse-dossier';
import type { Dossier } from '../rules/dossier';

export type Input =
  | { ok: true; name: string; dossier: Dossier }
  | { ok: false; name: string; message: string; problems: string[] };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one argument (a path, or `-` for standard input) into a dossier, or says why not. */
export async function readInput(arg: string): Promise<Input> {
  const name = arg === '-' ? '(entrée standard)' : arg;
  let text: string;
  try {
    text = arg === '-' ? await readStdin() : await readFile(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'fichier introuvable'
        : code === 'EISDIR'
          ? 'c’est un dossier, pas un fichier'
          : `lecture impossible (${code ?? String(e)})`;
    return { ok: false, name, message: `${name} : ${why}`, problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false,
      name,
      message: `${name} : ce n’est pas du JSON valide (${(e as Error).message})`,
      problems: [],
    };
  }
  // A `clas-snapshot/1` export holds the dossier it checked.
  if (
    json &&
    typeof json === 'object' &&
    (json as { format?: unknown }).format === 'clas-snapshot/1'
  ) {
    json = (json as { dossier?: unknown }).dossier;
  }
  const parsed = parseDossier(json);
  if (!parsed.ok) {
    const problems = describeProblems(parsed.problems);
    return {
      ok: false,
      name,
      message: `${name} : ce n’est pas un dossier clas-dossier/1 valide`,
      problems,
    };
  }
  return { ok: true, name, dossier: parsed.dossier };
}
