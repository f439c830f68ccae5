import { describe, expect, it } from 'vitest';
import { NBSP } from '../../rules/format-fr';
import type { Dossier } from '../../rules/dossier';
import {
  compareSnapshots,
  fieldChanges,
  flattenDossier,
  formatValue,
} from '../../snapshots/compare';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { fixtures } from '../mock-portals/fixtures';

const e = (s: string) => s.replace(/ /g, NBSP);

describe('compareSnapshots', () => {
  const before = sampleSnapshot(fixtures.blocked, { createdAt: new Date('2025-07-10T08:00:00Z') });
  // The carrier fixed the group size, the parents axis and its description, and asked TNE money.
  const fixed: Dossier = {
    ...fixtures.blocked,
    collectives: [{ ...fixtures.blocked.collectives![0]!, children: 9 }],
    axes: { ...fixtures.blocked.axes, parents: true },
    descriptions: { ...fixtures.blocked.descriptions, parentActions: 'Café des parents' },
  };
  const after = sampleSnapshot(fixed, { createdAt: new Date('2025-07-12T08:00:00Z') });

  it('orders the two snapshots by time, whatever the order given', () => {
    const c = compareSnapshots(after, before);
    expect(c.before).toBe(before);
    expect(c.after).toBe(after);
    expect(c.sameDossier).toBe(true);
  });

  it('lists the fields that changed with before and after values, in French', () => {
    const c = compareSnapshots(before, after);
    expect(c.fields).toEqual([
      {
        path: 'collectives[0].children',
        label: 'Collectif 1 : nombre d’enfants',
        before: '7',
        after: '9',
      },
      { path: 'axes.parents', label: 'Axe « parents »', before: 'non', after: 'oui' },
      {
        path: 'descriptions.parentActions',
        label: 'Description des actions avec et pour les parents',
        before: 'non renseigné',
        after: '« Café des parents »',
      },
    ]);
  });

  it('finds appeared and resolved findings by rule and field', () => {
    const c = compareSnapshots(before, after);
    const ids = (list: { rule: string; field?: string }[]) =>
      list.map((f) => `${f.rule}|${f.field ?? ''}`);
    expect(ids(c.resolved)).toEqual([
      'axes.four|axes.parents',
      'description.missing|descriptions.parentActions',
      'collectives.none-eligible|collectives',
      'collective.size|collectives[0].children',
      'caf.request-exceeds|budget.cafRequested',
    ]);
    expect(ids(c.appeared)).toEqual([]);
    const back = compareSnapshots(after, before);
    expect(back.resolved.length).toBe(5);
    // Reversed roles: the later one is still « after ».
    const reversed = compareSnapshots(
      sampleSnapshot(fixed, { createdAt: new Date('2025-07-01T00:00:00Z') }),
      sampleSnapshot(fixtures.blocked, { createdAt: new Date('2025-07-02T00:00:00Z') }),
    );
    expect(ids(reversed.appeared)).toContain('collective.size|collectives[0].children');
    expect(reversed.resolved).toEqual([]);
  });

  it('gives the funding difference by line and in total, with formatCents', () => {
    const c = compareSnapshots(before, after);
    // Only TNE points are left, and they do not block the CAF dossier (contract revision 2).
    expect(c.receivable).toEqual({ before: false, after: true });
    const ps = c.funding.lines.find((l) => l.label === 'Prestation de service Clas')!;
    // 9 children: the group is eligible, 32.5 % of 6 200 € = 2 015,00 €.
    expect(ps).toMatchObject({
      before: e('0,00 €'),
      after: e('2 015,00 €'),
      difference: e('+ 2 015,00 €'),
      deltaMinCents: 201500,
    });
    expect(c.funding.lines.find((l) => l.financer === 'MSA')!.difference).toBe('inchangé');
    expect(c.funding.total.deltaMinCents).toBe(
      after.report.funding.totalMinCents - before.report.funding.totalMinCents,
    );
    expect(c.funding.total.label).toBe('Financement estimé');
  });

  it('says when the two snapshots are not of the same dossier', () => {
    const other = sampleSnapshot(fixtures.receivable);
    expect(compareSnapshots(before, other).sameDossier).toBe(false);
  });
});

describe('field values', () => {
  it('flattens objects and lists of collectives, keeps lists of levels whole', () => {
    const flat = flattenDossier({
      format: 'clas-dossier/1',
      collectives: [{ levels: ['CP', 'CE1'], children: 8 }],
      budget: { msa: 0 },
    });
    expect([...flat.entries()]).toEqual([
      ['collectives[0].levels', ['CP', 'CE1']],
      ['collectives[0].children', 8],
      ['budget.msa', 0],
    ]);
  });

  it('formats amounts, booleans, lists and missing values', () => {
    expect(formatValue('budget.cafRequested', 8487)).toBe(e('8 487,00 €'));
    expect(formatValue('collectives[2].expenses', 0.5)).toBe(e('0,50 €'));
    expect(formatValue('collectives[2].children', 12)).toBe('12');
    expect(formatValue('msa.requested', true)).toBe('oui');
    expect(formatValue('collectives[0].levels', ['CP', 'CE1'])).toBe('CP, CE1');
    expect(formatValue('carrier.name', undefined)).toBe('non renseigné');
    expect(formatValue('descriptions.evaluation', 'x'.repeat(400))).toMatch(/x… »$/);
  });

  it('sees a removed collective and a changed level list', () => {
    const changes = fieldChanges(
      { collectives: [{ name: 'A', levels: ['CP'] }, { name: 'B' }] },
      { collectives: [{ name: 'A', levels: ['CP', 'CE1'] }] },
    );
    expect(changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['collectives[0].levels', 'CP', 'CP, CE1'],
      ['collectives[1].name', '« B »', 'non renseigné'],
    ]);
  });
});
