import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCli, OUTFILE } from '../../scripts/build-cli';

// `clas-check` is built JavaScript (bin/clas-check.js, committed): it must be what the sources
// give, import nothing but Node and the package's `dependencies`, and run where only those are
// installed. The installs below are real npm installs, from npm's cache when it has the packages (the
// registry otherwise).

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  files: string[];
};
const bundle = readFileSync(OUTFILE, 'utf8');
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'clas-check-install-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const npm = (args: string[], cwd: string) =>
  execFileSync(
    'npm',
    [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    },
  );

/** Runs an installed `clas-check` on a dossier given on standard input. */
function check(bin: string, cwd: string) {
  const dossier = JSON.parse(
    readFileSync(join(root, 'examples/association-sans-point-bloquant.json'), 'utf8'),
  );
  return spawnSync(process.execPath, [bin, '-'], {
    cwd,
    input: JSON.stringify(dossier),
    encoding: 'utf8',
  });
}

describe('bin/clas-check.js', () => {
  it('is up to date with cli/ and rules/ (else: npm run build:cli)', async () => {
    expect((await buildCli()) === bundle, 'bin/clas-check.js is stale: npm run build:cli').toBe(
      true,
    );
  });

  it('imports only Node’s modules and the package’s dependencies', () => {
    const specifiers = [
      ...bundle.matchAll(/^import\s[^'"]*["']([^"']+)["']/gm),
      ...bundle.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    const node = new Set(builtinModules);
    for (const s of specifiers) {
      if (s.startsWith('node:') || node.has(s)) continue;
      const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!;
      expect(Object.keys(pkg.dependencies), s).toContain(name);
    }
    expect(bundle).not.toMatch(/\btsx\b/);
  });

  it('runs after `npm ci --omit=dev` in a copy of the project', { timeout: 120_000 }, () => {
    const dir = temp();
    for (const f of ['package.json', 'package-lock.json', ...pkg.files])
      cpSync(join(root, f), join(dir, f), { recursive: true });
    npm(['ci', '--omit=dev'], dir);
    // Only the production dependencies: no tsx, no WXT, no esbuild.
    const installed = readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(Object.keys(pkg.dependencies).sort());
    const r = check(join(dir, 'bin/clas-check.js'), dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Statut : Aucun point bloquant détecté');
  });

  it('runs when the packed package is installed in another project', { timeout: 120_000 }, () => {
    const out = temp();
    const tarball = npm(['pack', '--pack-destination', out], root).trim().split('\n').at(-1)!;
    const project = join(out, 'projet');
    mkdirSync(project);
    npm(['init', '-y'], project);
    npm(['install', join(out, tarball)], project);
    const r = check(join(project, 'node_modules/.bin/clas-check'), project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Financement estimé : 5\u00a0956,44\u00a0€ – 6\u00a0756,44\u00a0€');
  });
});
