// `wxt prepare` writes .wxt/ (the types tsc and editors use). It needs WXT, a development
// dependency: where only the `clas-check` command is installed (`npm ci --omit=dev`, or the
// packed package installed in another project) there is nothing to prepare, and nothing fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const wxt = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));
if (existsSync(wxt)) {
  const run = spawnSync(process.execPath, [wxt, 'prepare'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
