import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/clas-check';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/contract-cases');
const receivable = join(root, 'examples/association-sans-point-bloquant.json');
const blocked = join(root, 'examples/centre-social-bloque.json');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tmpFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clas-check-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('clas-check', () => {
  it('prints a French report and exits 0 for a dossier with no blocking point', async () => {
    const r = await run([receivable]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Statut : Aucun point bloquant détecté — 0 point à vérifier');
    expect(r.out).not.toMatch(/recevable/i);
    expect(r.out).toMatch(/Financement estimé : 5\u00a0956,44\u00a0€ – 6\u00a0756,44\u00a0€/);
    expect(r.out).toContain('dans la limite des fonds disponibles');
    expect(r.out).toContain('Échéances :');
  });

  it('exits 1 when one dossier has a blocking point, and lists its points', async () => {
    const r = await run([receivable, blocked]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Statut : 2 points bloquants — 10 points à vérifier');
    expect(r.out).toContain('Points bloquants (2) :');
    // A TNE condition is a point to check, and says what it costs (contract revision 2).
    expect(r.out).toMatch(
      /Points à vérifier \(10\) :[^]*le bonus parents TNE \(100,00\u00a0€ à 500,00\u00a0€ par collectif\) n’est pas compté\. \(§3\.3 ; champ budget\.departmentalCouncil\) \[tne\.cd-line\]/,
    );
    expect(r.out).toContain('septembre 2025 — Questionnaire Sphinx');
  });

  it('--json prints one clas-report/1 line per file, in order, with the contract’s amounts', async () => {
    const files = ['case-01', 'case-09', 'case-12'].map((c) => join(fixtures, `${c}.dossier.json`));
    const r = await run(['--json', ...files]);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.format)).toEqual(['clas-report/1', 'clas-report/1', 'clas-report/1']);
    expect(lines[0].funding.psClasCents).toBe(279111);
    expect(lines[1].funding.msaCents).toBe(100000);
    expect(lines[2].funding.tneMaxCents).toBe(100000);
  });

  it('exits 2 on a file that is not JSON, names it, and still checks the others', async () => {
    const bad = tmpFile('cassé.json', '{ "format": "clas-dossier/1", ');
    const r = await run(['--json', receivable, bad, blocked]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cassé.json : ce n’est pas du JSON valide');
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.format)).toEqual(['clas-report/1', 'clas-error/1', 'clas-report/1']);
  });

  it('names each wrong field’s path in French', async () => {
    const bad = tmpFile(
      'faux.json',
      JSON.stringify({ format: 'clas-dossier/1', collectives: [{}, {}, { children: 'douze' }] }),
    );
    const r = await run([bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('faux.json : ce n’est pas un dossier clas-dossier/1 valide');
    expect(r.err).toContain('collectives[2].children : nombre entier attendu');
  });

  it('exits 2 for a missing file and for an unknown campaign', async () => {
    expect((await run(['/nonexistent/dossier.json'])).err).toContain('fichier introuvable');
    const other = tmpFile(
      '54.json',
      JSON.stringify({ format: 'clas-dossier/1', department: '54' }),
    );
    const r = await run([other]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Aucun paramètre pour la campagne');
  });

  it('reads a dossier inside a clas-snapshot/1 export', async () => {
    const snap = tmpFile(
      'snapshot.json',
      JSON.stringify({
        format: 'clas-snapshot/1',
        dossier: { format: 'clas-dossier/1', checkedOn: '2025-07-10' },
      }),
    );
    const r = await run(['--json', snap]);
    expect(JSON.parse(r.out).checkedOn).toBe('2025-07-10');
  });

  it('uses --today when the dossier has no checkedOn', async () => {
    const file = tmpFile('d.json', JSON.stringify({ format: 'clas-dossier/1' }));
    const r = await run(['--json', '--today', '2025-08-01', file]);
    const report = JSON.parse(r.out);
    expect(report.checkedOn).toBe('2025-08-01');
    expect((await run(['--today', '31/07/2025', file])).code).toBe(2);
  });

  it('works as a real command: standard input, exit codes', () => {
    const bin = join(root, 'bin/clas-check.js');
    const ok = spawnSync(process.execPath, [bin, '--json', '-'], {
      input: JSON.stringify({ format: 'clas-dossier/1', checkedOn: '2025-07-10' }),
      encoding: 'utf8',
    });
    expect(ok.status).toBe(1); // an empty dossier has blocking points
    expect(JSON.parse(ok.stdout).format).toBe('clas-report/1');
    const bad = spawnSync(process.execPath, [bin, '-'], { input: 'pas du json', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('(entrée standard) : ce n’est pas du JSON valide');
    const good = spawnSync(process.execPath, [bin, receivable], { encoding: 'utf8' });
    expect(good.status).toBe(0);
  });
});
