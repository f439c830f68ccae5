import { describe, expect, it } from 'vitest';
import { CONTEXT_FIELDS } from '../../rules/dossier-fields';
import { evaluate } from '../../rules/evaluate';
import { inputFields } from '../../rules/read-state';
import { fundingText, reportText, statusLine, statusParts } from '../../rules/report-text';
import type { Dossier } from '../../rules/dossier';
import type { Finding } from '../../rules/report';
import { parseSnapshot } from '../../snapshots/format';
import { buildSnapshot } from '../../snapshots/build';
import { fixtures } from '../mock-portals/fixtures';

// A report made from a page: what the first step of a form gives, and what it does not.

const step1: Dossier = {
  format: 'clas-dossier/1',
  checkedOn: '2025-07-10',
  portal: 'elan',
  carrier: { name: 'Association Les Devoirs Partagés' },
};
const step1Read = ['portal', 'carrier.name', 'department'];

describe('the first step of a form alone', () => {
  const report = evaluate(step1, { read: step1Read });

  it('gives no finding about a field it does not show', () => {
    expect(report.findings).toEqual([]);
    expect(report.receivable).toBe(true);
  });

  it('lists the rules that wait, with their fields', () => {
    const axes = report.pending?.find((p) => p.rule === 'axes.four');
    expect(axes?.fields).toEqual([
      'axes.children',
      'axes.parents',
      'axes.school',
      'axes.territory',
    ]);
    expect(report.pending?.find((p) => p.rule === 'collectives.none')?.fields).toEqual([
      'collectives',
    ]);
    expect(report.pending?.map((p) => p.rule)).not.toContain('deposit.window');
  });

  it('waits for the collectives instead of estimating 0,00 €', () => {
    expect(report.funding.waitingFor).toEqual(['collectives']);
    expect(fundingText(report)).toBe('en attente des collectifs');
  });

  it('counts the fields not read in its status', () => {
    const notRead = inputFields(step1).length - 1; // all but the carrier's name
    expect(report.page?.notFound).toHaveLength(notRead);
    expect(statusParts(report).map((p) => p.kind)).toEqual(['clear', 'warning', 'not-read']);
    expect(statusLine(report)).toBe(
      `Aucun point bloquant détecté — 0 point à vérifier — ${notRead} champs pas encore lus`,
    );
  });

  it('says in its text what is not verified yet', () => {
    const text = reportText(report);
    expect(text).toContain('Financement estimé : en attente des collectifs');
    expect(text).toContain('Les quatre axes [axes.four] — en attente de : axes.children');
    expect(text).toContain('Champs pas encore lus : carrier.situation');
  });
});

describe('the same dossier as a file', () => {
  it('keeps the contract: missing fields are not filled in', () => {
    const report = evaluate(step1);
    expect(report.pending).toBeUndefined();
    expect(report.funding.waitingFor).toBeUndefined();
    expect(report.findings.map((f) => f.rule)).toContain('axes.four');
    expect(statusLine(report)).toMatch(/^\d+ points bloquants — \d+ points? à vérifier$/);
    expect(fundingText(report)).toBe('0,00\u00a0€');
  });
});

describe('funding waits', () => {
  const full = fixtures.receivable;
  const everything = [...CONTEXT_FIELDS, ...inputFields(full)];

  it('for the expenses when neither the collective nor the budget gave them yet', () => {
    const d = structuredClone(full);
    for (const c of d.collectives ?? []) delete c.expenses;
    delete d.budget?.operatingExpenses;
    const read = everything.filter((p) => p !== 'budget.operatingExpenses');
    const report = evaluate(d, { read });
    expect(report.funding.waitingFor).toEqual(['budget.operatingExpenses']);
    expect(fundingText(report)).toBe('en attente des dépenses');
  });

  it('for a collective whose children were not read, with the collectives', () => {
    const d = structuredClone(full);
    delete d.collectives![0]!.children;
    const read = everything.filter((p) => p !== 'collectives[0].children');
    expect(fundingText(evaluate(d, { read }))).toBe('en attente des collectifs');
  });

  it('for nothing once everything was read', () => {
    const report = evaluate(full, { read: everything });
    expect(report.funding.waitingFor).toBeUndefined();
    expect(fundingText(report)).toMatch(/€$/);
  });
});

it('a value the reader could not understand counts as not read', () => {
  const d = structuredClone(fixtures.receivable);
  delete d.collectives![0]!.children;
  const unreadable: Finding = {
    rule: 'field.unreadable',
    severity: 'warning',
    message: 'Nombre d’enfants : « dix » : nombre attendu',
    source: 'lecture de la page',
    field: 'collectives[0].children',
  };
  const read = [...CONTEXT_FIELDS, ...inputFields(d)];
  const report = evaluate(d, { read, pageFindings: [unreadable] });
  expect(report.page?.found).toContain('collectives[0].children');
  expect(report.page?.notFound).toEqual(['collectives[0].children']);
  expect(report.pending?.map((p) => p.rule)).toContain('collective.size');
  const rules = report.findings.map((f) => f.rule);
  expect(rules).toContain('field.unreadable');
  expect(rules).not.toContain('collective.size');
  expect(evaluate(d, { pageFindings: [unreadable] }).page).toBeUndefined();
});

it('a snapshot keeps a page report’s pending list and funding waits', () => {
  const report = evaluate(step1, { read: step1Read });
  const snapshot = buildSnapshot({
    dossier: step1,
    report,
    marks: {},
    url: 'https://elan.caf.fr/demande',
    title: 'Demande',
    role: 'carrier',
    extensionVersion: '0.1.0',
  });
  const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.snapshot.report.pending).toEqual(report.pending);
  expect(parsed.snapshot.report.funding.waitingFor).toEqual(['collectives']);
});
