#!/usr/bin/env node
// Launcher: Node 20 cannot run TypeScript by itself, so tsx compiles the CLI on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/clas-check.ts');
const code = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
