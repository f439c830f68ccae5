/**
 * Builds bin/clas-check.js, the `clas-check` command, from cli/ and rules/ with esbuild: one ES
 * module that Node runs as it is, the campaign files inlined, the production dependencies
 * (zod, jsonc-parser) left as imports. The file is committed, so `npm ci --omit=dev` and an
 * install of the packed package need no build tool; test/unit/clas-check-build.test.ts fails
 * when it is older than its sources.
 *
 *   npm run build:cli
 */
import { build, type BuildOptions } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const OUTFILE = resolve(root, 'bin/clas-check.js');

const BANNER = `#!/usr/bin/env node
// clas-check — built by \`npm run build:cli\` (scripts/build-cli.ts) from cli/ and rules/.
// Do not edit: change the sources and rebuild; a unit test fails when this file is stale.`;

export const OPTIONS: BuildOptions = {
  absWorkingDir: root,
  entryPoints: ['cli/bin-entry.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // zod and jsonc-parser are the package's `dependencies`: imported, not copied.
  packages: 'external',
  banner: { js: BANNER },
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

/** The bundle's text, as esbuild makes it from the current sources. */
export async function buildCli(): Promise<string> {
  const result = await build({ ...OPTIONS, outfile: OUTFILE });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error('esbuild produced no file');
  return file.text;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(OUTFILE, await buildCli(), { mode: 0o755 });
  console.log(`${OUTFILE.slice(root.length + 1)} construit.`);
}
