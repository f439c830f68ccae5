import { open } from 'node:fs/promises';
import type { Dossier } from '../rules/dossier';
import { describeProblems, parseDossier } from '../rules/parse-dossier';
import { decodeUtf8 } from './decode';
import { parseJsonFr } from './json-fr';

export type Input =
  | { ok: true; name: string; dossier: Dossier }
  | { ok: false; name: string; message: string; problems: string[] };

/**
 * A dossier is a few kilobytes; a file far larger is a mistake (a log, an archive) and is
 * refused before it is read whole, so a 600 MB file costs nothing.
 */
const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** `612,4 Mo`. */
function formatSize(bytes: number): string {
  const mo = bytes / (1024 * 1024);
  return `${mo.toFixed(1).replace('.', ',')} Mo`;
}

type Bytes = { ok: true; bytes: Buffer } | { ok: false; why: string };

const LIMIT = `${formatSize(MAX_INPUT_BYTES).replace(',0', '')} au plus (un dossier CLAS fait quelques kilo-octets)`;

/** Reads at most the cap and one byte more: enough to know the input is too large. */
async function readCapped(chunks: AsyncIterable<Buffer>, stop: () => void): Promise<Bytes> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) {
      stop();
      return { ok: false, why: `entrée trop volumineuse : ${LIMIT}` };
    }
    parts.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(parts) };
}

async function readFileCapped(path: string): Promise<Bytes> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    return { ok: false, why: why(e) };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, why: 'c’est un dossier, pas un fichier' };
    // A regular file's size is known before reading; a pipe's (`<(…)`) is not: read it capped.
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES)
      return {
        ok: false,
        why: `fichier trop volumineux : ${LIMIT} ; celui-ci fait ${formatSize(stat.size)}`,
      };
    const stream = handle.createReadStream({ autoClose: false });
    return await readCapped(stream, () => stream.destroy());
  } catch (e) {
    return { ok: false, why: why(e) };
  } finally {
    await handle.close();
  }
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'fichier introuvable';
  if (code === 'EISDIR') return 'c’est un dossier, pas un fichier';
  if (code === 'EACCES' || code === 'EPERM') return 'lecture refusée (droits d’accès)';
  return `lecture impossible (${code ?? String(e)})`;
}

/** Reads one argument (a path, or `-` for standard input) into a dossier, or says why not. */
export async function readInput(
  arg: string,
  stdin: AsyncIterable<Buffer> = process.stdin,
): Promise<Input> {
  const name = arg === '-' ? '(entrée standard)' : arg;
  const fail = (message: string): Input => ({
    ok: false,
    name,
    message: `${name} : ${message}`,
    problems: [],
  });
  const read =
    arg === '-'
      ? await readCapped(stdin, () => (stdin as { destroy?: () => void }).destroy?.())
      : await readFileCapped(arg);
  if (!read.ok) return fail(read.why);

  const text = decodeUtf8(read.bytes);
  if (!text.ok) return fail(text.message);
  const json = parseJsonFr(text.text);
  if (!json.ok) return fail(`ce n’est pas du JSON valide (${json.message})`);

  // A `clas-snapshot/1` export holds the dossier it checked.
  let value = json.value;
  if (
    value &&
    typeof value === 'object' &&
    (value as { format?: unknown }).format === 'clas-snapshot/1'
  ) {
    value = (value as { dossier?: unknown }).dossier;
  }
  const parsed = parseDossier(value);
  if (!parsed.ok) {
    return {
      ok: false,
      name,
      message: `${name} : ce n’est pas un dossier clas-dossier/1 valide`,
      problems: describeProblems(parsed.problems),
    };
  }
  return { ok: true, name, dossier: parsed.dossier };
}
