// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { depositDateOnPage } from '../../portals/deposit-date';
import { numberInAddress, numberOnPage } from '../../portals/dossier-identity';
import { stepOf } from '../../portals/form-step';
import { readPage } from '../../portals/read-page';
import type { PortalId } from '../../portals/types';
import type { Dossier } from '../../rules/dossier';
import { readDossier, type DossierReading } from '../../session/dossier-reading';
import type { StepPage } from '../../session/steps';
import { createStepsStore, type SessionArea } from '../../session/steps-store';
import { fixtures, FIXTURE_NAMES } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';
import { renderElanSummary } from '../mock-portals/elan-summary';
import { renderMcp } from '../mock-portals/mcp';

// The content script's pipeline without the browser: each page of a multi-page mock read as the
// panel reads it (reader, number, step, deposit date), kept in a session store as the background
// keeps it, merged with the dossier's other pages. Walking the pages one by one must end with
// the report the single-page form gives; the first page alone must say nothing of fields it
// does not show.

function parse(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom ignores `selected` on an option: set the value as a browser would.
  for (const o of doc.querySelectorAll('option[selected]')) {
    const s = o.closest('select');
    if (s) s.value = o.getAttribute('value') ?? '';
  }
  return doc;
}

function memoryArea(): SessionArea {
  const data: Record<string, unknown> = {};
  return {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

const TODAY = '2025-07-10';

/** Reads pages one after the other, as a person walking the form with the panel open. */
function walker(portal: PortalId) {
  const store = createStepsStore(memoryArea());
  let clock = 0;
  return async (address: string, html: string): Promise<DossierReading> => {
    const doc = parse(html);
    const url = new URL(address);
    const read = readPage(doc, portal);
    const facts = {
      portal,
      address,
      number: numberOnPage(doc) ?? numberInAddress(url),
      step: stepOf(doc, url),
      depositedOn: depositDateOnPage(doc),
      readAt: ++clock,
    };
    const first = readDossier({ read, facts, others: [], referenceDate: TODAY, today: TODAY });
    const others: StepPage[] = first.key
      ? await store.put(url.origin, first.identity, first.page)
      : [];
    return readDossier({ read, facts, others, referenceDate: TODAY, today: TODAY });
  };
}

const same = (a: DossierReading, b: DossierReading) => {
  expect(a.report.findings).toEqual(b.report.findings);
  expect(a.report.funding).toEqual(b.report.funding);
  expect(a.report.pending).toEqual(b.report.pending);
  expect(a.report.page?.notFound).toEqual(b.report.page?.notFound);
  expect(a.view.status).toEqual(b.view.status);
};

/** The fields a finding may be about without the page showing them: the reference dates. */
const CONTEXT = new Set(['checkedOn', 'depositedOn', undefined]);

describe.each(FIXTURE_NAMES)('the Elan form of the %s dossier, one page per step', (name) => {
  const dossier: Dossier = fixtures[name];
  const number = `2025-${name}`;
  const address = (n: number) => `https://elan.caf.fr/elan/demande/${number}/etape-${n}`;
  const pageOf = (n: number) =>
    renderElanForm(dossier, { step: n, pages: { number, href: address } });

  it('step 1 alone says nothing of a field it does not show', async () => {
    const r = await walker('elan')(address(1), pageOf(1));
    expect(r.identity.number).toBe(number);
    for (const f of r.report.findings) {
      if (CONTEXT.has(f.field)) continue;
      expect(r.merged.found, `${f.rule} (${f.field})`).toContain(f.field);
    }
    expect(r.report.findings.map((f) => f.rule)).not.toContain('axes.four');
    expect(r.report.findings.map((f) => f.rule)).not.toContain('collectives.none');
    expect(r.report.pending?.map((p) => p.rule)).toContain('axes.four');
    expect(r.view.funding).toEqual({ text: 'en attente des collectifs', waiting: true });
    expect(r.view.steps).toEqual([
      { label: 'Étape 1 — Structure (cette page)', fields: expect.any(Number), current: true },
    ]);
  });

  it('walked step by step, ends with the single-page form’s report', async () => {
    const walk = walker('elan');
    let last: DossierReading | undefined;
    for (let n = 1; n <= 6; n++) last = await walk(address(n), pageOf(n));
    const single = await walker('elan')(
      'https://elan.caf.fr/elan/demande/clas',
      renderElanForm(dossier, { step: 6 }),
    );
    same(last!, single);
    expect(last!.view.steps.map((s) => s.label)).toEqual([
      'Étape 1 — Structure',
      'Étape 2 — Projet',
      'Étape 3 — Collectifs',
      'Étape 4 — Budget prévisionnel',
      'Étape 5 — Bonus et cofinancements',
      'Étape 6 — Pièces jointes (cette page)',
    ]);
    if (dossier.carrier?.name) {
      expect(last!.view.carrier).toBe(dossier.carrier.name);
      expect(last!.view.readElsewhere['carrier.name']).toBe('lu à l’étape 1');
    }
  });

  it('going back to a step reads it again, the others kept', async () => {
    const walk = walker('elan');
    for (let n = 1; n <= 6; n++) await walk(address(n), pageOf(n));
    const back = await walk(address(3), pageOf(3));
    const single = await walker('elan')(
      'https://elan.caf.fr/elan/demande/clas',
      renderElanForm(dossier, { step: 3 }),
    );
    same(back, single);
  });
});

describe('the MonComptePartenaire declaration, one page per part', () => {
  const dossier = fixtures.receivable;
  const address = (n: number) => `https://partenaires.caf.fr/mcp/declaration/etape-${n}`;
  const pageOf = (n: number) => renderMcp(dossier, { pages: { page: n, href: address } });

  it('walked part by part, ends with the single page’s report', async () => {
    const walk = walker('mcp');
    const first = await walk(address(1), pageOf(1));
    expect(first.identity.number).toMatch(/^MCP-88-2025-\d{5}$/);
    expect(first.report.findings.filter((f) => !CONTEXT.has(f.field))).toEqual(
      first.report.findings.filter((f) => first.merged.found.includes(f.field!)),
    );
    await walk(address(2), pageOf(2));
    const last = await walk(address(3), pageOf(3));
    const single = await walker('mcp')(
      'https://partenaires.caf.fr/mcp/declaration',
      renderMcp(dossier),
    );
    same(last, single);
  });
});

describe('two dossiers at the same address', () => {
  it('never mix', async () => {
    const walk = walker('elan');
    const at = 'https://elan.caf.fr/elan/instruction/consultation';
    const a = await walk(at, renderElanSummary(fixtures.receivable));
    const b = await walk(at, renderElanSummary(fixtures.blocked));
    expect(a.key).not.toBe(b.key);
    expect(b.merged.pages).toHaveLength(1);
    expect(b.view.carrier).toBe(fixtures.blocked.carrier?.name);
    const again = await walk(at, renderElanSummary(fixtures.receivable));
    expect(again.key).toBe(a.key);
    expect(again.view.carrier).toBe(fixtures.receivable.carrier?.name);
  });
});

describe('an instructor’s page with a deposit date', () => {
  it('judges the deposit window on it, and says so', async () => {
    const walk = walker('elan');
    const at = 'https://elan.caf.fr/elan/instruction/consultation';
    const inTime = await walk(
      at,
      renderElanSummary({ ...fixtures.receivable, depositedOn: '2025-07-12' }),
    );
    const late = await walk(
      `${at}-2`,
      renderElanSummary({ ...fixtures.blocked, depositedOn: '2025-08-02' }),
    );
    for (const r of [inTime, late]) expect(r.view.reference.source).toBe('deposit');
    expect(inTime.view.reference.text).toContain('date de dépôt du dossier : 12 juillet 2025');
    expect(inTime.report.findings.map((f) => f.rule)).not.toContain('deposit.window');
    const window = late.report.findings.find((f) => f.rule === 'deposit.window');
    expect(window).toMatchObject({ severity: 'blocking', field: 'depositedOn' });
    expect(window?.message).toContain('déposé le 2 août 2025');
  });
});
