import { describe, expect, it } from 'vitest';
import { dossierView } from '../../display/dossier-view';
import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import { fixtures } from '../mock-portals/fixtures';

// The panel's view of a report: which date the deadlines are judged on, a closed campaign said
// once, the status in parts, the rules waiting.

const blocked = fixtures.blocked;
const at = (d: Dossier, checkedOn: string) => evaluate({ ...d, checkedOn });

describe('the reference date', () => {
  it('is the deposit date when the page shows one, and the header says so', () => {
    const report = at({ ...blocked, depositedOn: '2025-07-12' }, '2025-09-15');
    const v = dossierView({ report, depositedOn: '2025-07-12', today: '2025-09-15' });
    expect(v.reference).toEqual({
      source: 'deposit',
      date: '2025-07-12',
      text: 'période de dépôt jugée sur la date de dépôt du dossier : 12 juillet 2025',
    });
  });

  it('else the options’ date, else today', () => {
    const report = at(blocked, '2025-07-10');
    expect(
      dossierView({ report, referenceDate: '2025-07-10', today: '2026-11-29' }).reference.text,
    ).toBe('au 10 juillet 2025 (date de référence des options)');
    expect(dossierView({ report, today: '2025-07-10' }).reference).toMatchObject({
      source: 'today',
      text: 'au 10 juillet 2025',
    });
  });
});

describe('a closed campaign', () => {
  const today = '2026-11-29';
  const report = at(blocked, today);

  it('is said once in the header, not as a blocking point of the dossier', () => {
    expect(report.findings.map((f) => f.rule)).toContain('deposit.window');
    const v = dossierView({ report, today });
    expect(v.closedCampaign).toBe('Campagne 2025-2026 close — règles de la note 2025-2026');
    expect(v.shown.findings.map((f) => f.rule)).not.toContain('deposit.window');
    const blocking = report.findings.filter((f) => f.severity === 'blocking').length;
    expect(v.status[0]).toEqual({
      kind: 'blocking',
      count: blocking - 1,
      text: `${blocking - 1} points bloquants`,
    });
    // The report itself (exports, history) keeps what the engine said.
    expect(report.findings.map((f) => f.rule)).toContain('deposit.window');
  });

  it('with a date chosen, or a deposit date, judges the window as usual', () => {
    const late = at({ ...blocked, depositedOn: '2025-08-02' }, today);
    const v = dossierView({ report: late, depositedOn: '2025-08-02', today });
    expect(v.closedCampaign).toBeDefined();
    expect(v.shown.findings.find((f) => f.rule === 'deposit.window')?.field).toBe('depositedOn');
    const chosen = dossierView({ report, referenceDate: today, today });
    expect(chosen.shown.findings.map((f) => f.rule)).toContain('deposit.window');
  });

  it('is not said while the deposit is open', () => {
    expect(
      dossierView({ report: at(blocked, '2025-07-10'), today: '2025-07-10' }).closedCampaign,
    ).toBeUndefined();
  });
});

it('names the dossier, and lists the waiting rules with their fields in words', () => {
  const report = evaluate(
    { format: 'clas-dossier/1', checkedOn: '2025-07-10', carrier: { name: ' La Passerelle ' } },
    { read: ['carrier.name', 'portal'] },
  );
  const v = dossierView({
    report,
    carrier: ' La Passerelle ',
    number: '2025-00412',
    today: '2025-07-10',
  });
  expect([v.carrier, v.number]).toEqual(['La Passerelle', '2025-00412']);
  expect(v.funding).toEqual({ text: 'en attente des collectifs', waiting: true });
  expect(v.pending.find((p) => p.rule === 'axes.four')).toEqual({
    rule: 'axes.four',
    title: 'Les quatre axes',
    fields: [
      { path: 'axes.children', label: 'Axe « enfants et jeunes »' },
      { path: 'axes.parents', label: 'Axe « parents »' },
      { path: 'axes.school', label: 'Axe « école »' },
      { path: 'axes.territory', label: 'Axe « acteurs du territoire »' },
    ],
  });
  expect(v.status.map((p) => p.kind)).toEqual(['clear', 'warning', 'not-read']);
});
