import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../cli/read-input';
import { findingKeys } from '../../display/finding-keys';
import { evaluate } from '../../rules/evaluate';
import { formatDateTimeFr } from '../../rules/format-fr';
import {
  buildSnapshot,
  dossierKeyOf,
  exportFileName,
  marksByKey,
  normalizeText,
  portalOf,
  searchWords,
} from '../../snapshots/build';
import { parseSnapshot, SNAPSHOT_FORMAT } from '../../snapshots/format';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { fixtures } from '../mock-portals/fixtures';

const at = new Date(2025, 6, 10, 10, 5);

describe('clas-snapshot/1', () => {
  it('holds the dossier, report, page, portal, time, version, role and marks', () => {
    const report = evaluate(fixtures.blocked);
    const keys = findingKeys(report.findings);
    const s = buildSnapshot({
      dossier: fixtures.blocked,
      report,
      marks: { [keys[0]!]: { checked: true, note: 'vu avec la structure' } },
      url: 'https://elan.caf.fr/demande/12345/',
      title: 'Elan — demande',
      role: 'instructor',
      extensionVersion: '1.2.3',
      createdAt: at,
      id: 'snap-1',
    });
    expect(s.format).toBe(SNAPSHOT_FORMAT);
    expect(s).toMatchObject({
      id: 'snap-1',
      createdAt: at.toISOString(),
      extensionVersion: '1.2.3',
      role: 'instructor',
      portal: 'elan',
      url: 'https://elan.caf.fr/demande/12345/',
      title: 'Elan — demande',
      dossierKey: 'association les petits curieux de rambervillers|elan|elan.caf.fr/demande/12345',
    });
    expect(s.report).toBe(report);
    expect(s.dossier.checkedOn).toBe(report.checkedOn);
    // One mark per finding, in the same order, with the panel's key, rule and field.
    expect(s.marks).toHaveLength(report.findings.length);
    s.marks.forEach((m, i) => {
      expect(m.key).toBe(keys[i]);
      expect(m.rule).toBe(report.findings[i]!.rule);
      expect(m.field).toBe(report.findings[i]!.field);
    });
    expect(s.marks[0]).toMatchObject({ checked: true, note: 'vu avec la structure' });
    expect(s.marks[1]).toMatchObject({ checked: false, note: '' });
  });

  it('survives a JSON round trip unchanged and valid', () => {
    const s = sampleSnapshot(fixtures.receivable, { createdAt: at, id: 'x' });
    const back = parseSnapshot(JSON.parse(JSON.stringify(s)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.snapshot).toEqual(JSON.parse(JSON.stringify(s)));
  });

  it('rejects what is not a snapshot, saying where', () => {
    const s = sampleSnapshot(fixtures.blocked, { createdAt: at });
    expect(parseSnapshot({ ...s, format: 'clas-snapshot/2' }).ok).toBe(false);
    expect(parseSnapshot({ ...s, createdAt: 'hier' }).ok).toBe(false);
    const short = parseSnapshot({ ...s, marks: s.marks.slice(1) });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.problems.join()).toContain('marks');
    const bad = parseSnapshot({ ...s, dossier: { ...s.dossier, collectives: [{ children: -1 }] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join()).toContain('dossier.collectives.0.children');
  });

  it('normalises the dossier key: accents, case, spaces, trailing slash, query', () => {
    expect(normalizeText('  Centre  Social   « Épinal »  ')).toBe('centre social « epinal »');
    const a = dossierKeyOf(
      'Centre Social Épinal',
      'elan',
      'https://elan.caf.fr/Demande/?etape=2#x',
    );
    const b = dossierKeyOf('centre social epinal ', 'elan', 'https://elan.caf.fr/demande');
    expect(a).toBe(b);
    expect(dossierKeyOf('A', 'mcp', 'https://partenaires.caf.fr/clas')).not.toBe(
      dossierKeyOf('A', 'elan', 'https://partenaires.caf.fr/clas'),
    );
    expect(searchWords('La Passerelle – Épinal, l’Été')).toEqual([
      'la',
      'passerelle',
      'epinal',
      'l',
      'ete',
    ]);
  });

  it('names the portal from the dossier, else from the address', () => {
    expect(portalOf('https://elan.caf.fr/x')).toBe('elan');
    expect(portalOf('https://partenaires.caf.fr/x')).toBe('mcp');
    expect(portalOf('https://intranet.example/x')).toBe('other');
    expect(portalOf('pas une adresse')).toBe('other');
    expect(portalOf('https://elan.caf.fr/x', 'mcp')).toBe('mcp');
  });

  it('names files after the carrier and the day', () => {
    const s = sampleSnapshot(fixtures.receivable, { createdAt: at });
    expect(exportFileName(s, 'json')).toBe(
      'clas-snapshot-centre-social-et-culturel-la-passerelle-epinal-2025-07-10.json',
    );
    const anon = sampleSnapshot({ format: 'clas-dossier/1' }, { createdAt: at });
    expect(exportFileName(anon, 'csv')).toBe('clas-snapshot-dossier-2025-07-10.csv');
    expect(formatDateTimeFr(at.toISOString())).toBe('10 juillet 2025 à 10 h 05');
  });

  it('re-attaches marks to the findings by key, else by rule and field', () => {
    const report = evaluate(fixtures.blocked);
    const keys = findingKeys(report.findings);
    const s = buildSnapshot({
      dossier: fixtures.blocked,
      report,
      marks: { [keys[2]!]: { checked: true, note: 'n' }, 'ghost|x|0': { checked: true, note: '' } },
      url: 'https://elan.caf.fr/demande',
      title: '',
      role: 'instructor',
      extensionVersion: '0',
    });
    expect(marksByKey(s.marks, report)).toEqual({ [keys[2]!]: { checked: true, note: 'n' } });
    // A later report where the same finding moved to another rank keeps its mark.
    const shifted = { ...report, findings: [report.findings[2]!, ...report.findings] };
    const keyed = marksByKey(
      s.marks.map((m) => (m.checked ? { ...m, key: 'stale' } : m)),
      shifted,
    );
    expect(Object.values(keyed)).toEqual([{ checked: true, note: 'n' }]);
  });
});

describe('clas-check reads a snapshot file', () => {
  it('checks the snapshot’s dossier', async () => {
    const s = sampleSnapshot(fixtures.blocked, { createdAt: at });
    const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const file = join(dir, 'clas-snapshot.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(s, null, 2)}`);
    const r = await readInput(file);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dossier).toEqual(s.dossier);
      expect(evaluate(r.dossier)).toEqual(s.report);
    }
  });
});

describe('file names', () => {
  it('keep whole words and never exceed the limit', () => {
    const at2 = new Date(2025, 0, 2, 3, 4);
    const long = sampleSnapshot(
      {
        format: 'clas-dossier/1',
        carrier: {
          name: 'Fédération départementale des centres sociaux et socioculturels des Vosges',
        },
      },
      { createdAt: at2 },
    );
    expect(exportFileName(long, 'json')).toBe(
      'clas-snapshot-federation-departementale-des-centres-sociaux-et-2025-01-02.json',
    );
    const oneWord = sampleSnapshot(
      { format: 'clas-dossier/1', carrier: { name: 'x'.repeat(80) } },
      { createdAt: at2 },
    );
    expect(exportFileName(oneWord, 'csv')).toBe(`clas-snapshot-${'x'.repeat(48)}-2025-01-02.csv`);
    const odd = sampleSnapshot(
      { format: 'clas-dossier/1', carrier: { name: '../../etc/passwd « » ; =1+1' } },
      { createdAt: at2 },
    );
    expect(exportFileName(odd, 'json')).toBe('clas-snapshot-etc-passwd-1-1-2025-01-02.json');
  });
});
