import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
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

function tmpFile(name: string, content: string | Uint8Array): string {
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

describe('clas-check --explain', () => {
  it('prints a rule’s severity, source, the note’s words and its parameters with their sources', async () => {
    const r = await run(['--explain', 'collective.size']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Règle collective.size — Taille du collectif');
    expect(r.out).toContain('Gravité : point à vérifier');
    expect(r.out).toContain('Source : §3.1');
    expect(r.out).toContain(
      '« Prise en compte de 32,5 % des dépenses de fonctionnement des actions conduites auprès d’un groupe de huit à douze enfants',
    );
    expect(r.out).toContain('Paramètres (campagne 2025-2026, département 88 — Vosges) :');
    expect(r.out).toContain('Taille minimale d’un groupe : 8 enfants   [groupMinChildren]');
    expect(r.out).toContain(
      'Valeur maximale de la PS Clas par groupe : 2\u00a0758,28\u00a0€   [psMaximumEuros]',
    );
    expect(r.out).toContain(
      "source : §3.1, « des actions conduites auprès d'un groupe de huit à douze enfants »",
    );
  });

  it('says when a rule is not from the note, with its real source, and gives month dates as months', async () => {
    const staff = await run(['--explain', 'collective.staff']);
    expect(staff.out).toContain('Source : page nationale Clas de la Caf (https://caf.fr/');
    expect(staff.out).toContain(
      'Cette règle ne vient pas de la note départementale : pas de citation.',
    );
    expect(staff.out).toContain('Encadrement minimal d’un groupe : 2 intervenants');
    const sphinx = await run(['--explain', 'sphinx.required']);
    expect(sphinx.out).toContain('Questionnaire Sphinx : septembre 2025   [sphinxDue]');
    const tne = await run(['--explain', 'tne.recap-sheet']);
    expect(tne.out).toContain(
      'Gravité : à vérifier ; tant qu’elle est là, le bonus TNE n’est pas compté',
    );
  });

  it('refuses an unknown rule in French, listing the known ones, with exit code 2', async () => {
    const r = await run(['--explain', 'collectif.taille']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      'clas-check : règle inconnue « collectif.taille ». Règles connues : deposit.window,',
    );
    expect(r.err).toContain('collective.size');
    expect(r.err).toContain('field.unreadable.');
    expect((await run(['--explain'])).code).toBe(2);
  });
});

describe('clas-check: what comes from a file cannot drive the terminal', () => {
  const hostile = {
    format: 'clas-dossier/1',
    checkedOn: '2025-07-10',
    carrier: {
      name: 'Évil\u001b[31mROUGE\u001b]0;titre\u0007\nStatut : Aucun point bloquant détecté',
    },
    collectives: [{ name: 'G\u202eabc\u009b2J', children: 10 }],
  };

  it('escapes control characters in the text report', async () => {
    const r = await run([tmpFile('hostile.json', JSON.stringify(hostile))]);
    // No escape, bell, C1 or bidi character reaches the terminal: they are shown escaped.
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.out).toContain('Évil\\u001b[31mROUGE\\u001b]0;titre\\u0007\\nStatut : Aucun point');
    expect(r.out).toContain('G\\u202eabc\\u009b2J');
    // The name's line break does not fake a status line.
    expect(r.out.split('\n').filter((l) => l.startsWith('Statut :'))).toEqual([
      'Statut : 4 points bloquants — 6 points à vérifier',
    ]);
  });

  it('--json stays valid JSON with the same names, and no raw C1 or bidi character', async () => {
    const r = await run(['--json', tmpFile('hostile.json', JSON.stringify(hostile))]);
    expect(r.out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    const report = JSON.parse(r.out);
    expect(report.funding.collectives[0].name).toBe(hostile.collectives[0]!.name);
  });

  it('escapes a file name’s control characters in its error', async () => {
    const r = await run(['/nonexistent/\u001b[2Jdossier.json']);
    expect(r.err).toContain('/nonexistent/\\u001b[2Jdossier.json : fichier introuvable');
    expect(r.err).not.toContain('\u001b');
  });
});

describe('clas-check: encodings, syntax errors and size, in French', () => {
  it('refuses a Latin-1 file, saying where, instead of reading « � »', async () => {
    const latin1 = Buffer.from(
      '{ "format": "clas-dossier/1",\n  "carrier": { "name": "Caf\xe9" } }',
      'latin1',
    );
    const r = await run([tmpFile('latin1.json', latin1)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'latin1.json : le fichier n’est pas encodé en UTF-8 (ligne 2, colonne 28 : octet 0xE9). Il a sans doute été enregistré en Latin-1 ou Windows-1252 : enregistrez-le en UTF-8',
    );
    expect(r.out).toBe('');
  });

  it('accepts UTF-8 with a byte-order mark and a real « � »; refuses UTF-16', async () => {
    const text = JSON.stringify({ format: 'clas-dossier/1', carrier: { name: 'Café �' } });
    const bom = await run(['--json', tmpFile('bom.json', `\ufeff${text}`)]);
    expect(bom.err).toBe('');
    expect(JSON.parse(bom.out).format).toBe('clas-report/1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await run([tmpFile('utf16.json', utf16)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('le fichier est encodé en UTF-16 : enregistrez-le en UTF-8');
  });

  it('says where the JSON goes wrong, in French, never V8’s English', async () => {
    const cases: [string, string][] = [
      [
        '{ "format": "clas-dossier/1",\n  "carrier": { "name": "x", } }',
        'ligne 2, colonne 29 : nom de champ entre guillemets attendu',
      ],
      [
        '{ "format": "clas-dossier/1" "campaign": "2025-2026" }',
        'ligne 1, colonne 30 : « , » attendue',
      ],
      ['{ "format": \'clas-dossier/1\' }', 'ligne 1, colonne 13 : caractère inattendu'],
      [
        '{ "format": "clas-dossier/1", ',
        'ligne 1, colonne 31 : le fichier s’arrête avant la fin du JSON',
      ],
      ['// dossier\n{}', 'ligne 1, colonne 1 : commentaire : le JSON n’en admet pas'],
      ['{} {}', 'ligne 1, colonne 4 : texte en trop après la fin du JSON'],
      ['  \n', 'le fichier est vide'],
    ];
    for (const [text, where] of cases) {
      const r = await run([tmpFile('x.json', text)]);
      expect(r.code, text).toBe(2);
      expect(r.err, text).toContain(`x.json : ce n’est pas du JSON valide (${where}`);
      expect(r.err, text).not.toMatch(/Unexpected|Expected|position|JSON at/);
    }
  });

  it('refuses a file over 10 Mo before reading it', async () => {
    const path = tmpFile('enorme.json', '');
    truncateSync(path, 600 * 1024 * 1024); // sparse: 600 Mo that take no disk
    const start = performance.now();
    const r = await run([path]);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'enorme.json : fichier trop volumineux : 10 Mo au plus (un dossier CLAS fait quelques kilo-octets) ; celui-ci fait 600,0 Mo',
    );
  });

  it('stops reading standard input past 10 Mo', () => {
    const bin = join(root, 'bin/clas-check.js');
    const r = spawnSync(process.execPath, [bin, '-'], {
      input: Buffer.alloc(11 * 1024 * 1024, 0x20),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('(entrée standard) : entrée trop volumineuse : 10 Mo au plus');
  });
});
