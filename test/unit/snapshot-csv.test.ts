import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../display/finding-keys';
import { evaluate } from '../../rules/evaluate';
import { csvCell, snapshotCsv, snapshotText, CSV_COLUMNS } from '../../snapshots/csv';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { fixtures } from '../mock-portals/fixtures';

/** A minimal CSV reader (`;`, quotes, CRLF) to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    } else cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

describe('CSV export', () => {
  const report = evaluate(fixtures.blocked);
  const keys = findingKeys(report.findings);
  const s = sampleSnapshot(fixtures.blocked, {
    role: 'instructor',
    marks: { [keys[0]!]: { checked: true, note: 'Vu ; "à revoir"\navec la structure' } },
  });
  const csv = snapshotCsv(s);

  it('starts with a UTF-8 BOM, separates with ; and ends lines with CRLF', () => {
    expect(
      csv.startsWith('\uFEFFtype;rule;severity;message;source;field;done;verified;note\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/\r(?!\n)|(?<!\r)\n/)).toBeNull();
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('has one row per finding then one per checklist item, with accents intact', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(report.findings.length + report.checklist.length);
    for (const r of body) expect(r).toHaveLength(CSV_COLUMNS.length);
    const first = body[0]!;
    expect(first.slice(0, 6)).toEqual([
      'finding',
      report.findings[0]!.rule,
      report.findings[0]!.severity,
      report.findings[0]!.message,
      report.findings[0]!.source,
      report.findings[0]!.field ?? '',
    ]);
    expect(first[7]).toBe('oui');
    expect(first[8]).toBe('Vu ; "à revoir"\navec la structure');
    expect(body[1]![7]).toBe('non');
    const checklist = body.slice(report.findings.length);
    expect(checklist.map((r) => r[0])).toEqual(report.checklist.map(() => 'checklist'));
    expect(checklist.map((r) => r[3])).toEqual(report.checklist.map((c) => c.item));
    expect(checklist.map((r) => r[6])).toEqual(
      report.checklist.map((c) => (c.done ? 'oui' : 'non')),
    );
    expect(csv).toContain('Aucun collectif ne compte entre 8 et 12 enfants');
  });

  it('leaves « verified » empty for a carrier without marks', () => {
    const rows = parseCsv(snapshotCsv(sampleSnapshot(fixtures.blocked)).slice(1));
    expect(rows[1]![7]).toBe('');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-5', "'-5"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', '"\'\r=cmd"'],
    ['=HYPERLINK("http://x";"y")', '"\'=HYPERLINK(""http://x"";""y"")"'],
    ['a "b" c', '"a ""b"" c"'],
    ['a;b', '"a;b"'],
    ['ligne 1\r\nligne 2', '"ligne 1\r\nligne 2"'],
    ['Épinal – 8 487,00 €', 'Épinal – 8 487,00 €'],
    ['', ''],
  ])('neutralises and quotes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('neutralises formulas coming from the page in every column', () => {
    const dossier = {
      ...fixtures.blocked,
      collectives: [{ ...fixtures.blocked.collectives![0]!, name: '=1+1' }],
    };
    const snap = sampleSnapshot(dossier, {
      role: 'instructor',
      marks: { [findingKeys(evaluate(dossier).findings)[0]!]: { checked: false, note: '@SUM(1)' } },
    });
    const rows = parseCsv(snapshotCsv(snap).slice(1));
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.flat()).toContain("'@SUM(1)");
    expect(rows.flat().some((c) => c.includes('« =1+1 »'))).toBe(true);
  });
});

describe('text export', () => {
  it('is reportText with a title, then the marks and the page', () => {
    const report = evaluate(fixtures.blocked);
    const keys = findingKeys(report.findings);
    const s = sampleSnapshot(fixtures.blocked, {
      role: 'instructor',
      marks: { [keys[1]!]: { checked: true, note: 'pièce reçue' } },
    });
    const text = snapshotText(s);
    expect(
      text.startsWith('Dossier CLAS — Association Les Petits Curieux de Rambervillers\n==='),
    ).toBe(true);
    expect(text).toContain('Statut : ');
    expect(text).toContain('dans la limite des fonds disponibles');
    expect(text).toContain('Vérifications de l’instructeur (1/8 vérifiés) :');
    expect(text).toContain(
      '[x] description.missing — Description des actions avec et pour les parents : pièce reçue',
    );
    expect(text).toContain('Page : https://elan.caf.fr/demande');
  });
});
