/**
 * The `clas-check` process: arguments in, lines out, the exit code set. Bundled with cli/ and
 * rules/ into bin/clas-check.js by `npm run build:cli` (scripts/build-cli.ts), so the command
 * runs on Node alone, with the package's production dependencies only.
 */
import { main } from './clas-check';

const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);
process.exitCode = await main(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr),
});
