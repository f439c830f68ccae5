// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../../rules/dossier.ts';
import { evaluate } from '../../rules/evaluate.ts';
import { parseDossier } from '../../rules/parse-dossier.ts';
import { RULES } from '../../rules/catalogue.ts';
import {
  detectPortal,
  readPage,
  watchPage,
  type PortalId,
  type ReadResult,
} from '../../portals/read-page.ts';
import {
  renderElanForm,
  renderElanFormWithCollectives,
  type ElanFormOptions,
} from '../mock-portals/elan-form.ts';
import { renderElanSummary } from '../mock-portals/elan-summary.ts';
import { renderMcp } from '../mock-portals/mcp.ts';
import { type AmountStyle } from '../mock-portals/html.ts';
import { FIXTURE_NAMES, fixtures, type FixtureName } from '../mock-portals/fixtures.ts';

/** Contract revision 2 fields the mock portals do not show yet: not on the page, so not found. */
const REV2_NOT_SHOWN = ['carrier.agreementInForce', 'descriptions.organisation', 'sphinxCompleted'];
const REV2_NOT_SHOWN_MCP = ['carrier.agreementInForce', 'descriptions.organisation'];

/* ------------------------------------------------------------------------------------------ */
/* What each page displays: the restrictions of the comparison with the fixture, as data.      */
/* ------------------------------------------------------------------------------------------ */

/** Every path of the contract's dossier (collective fields as `collectives[].x`). */
const CONTRACT_PATHS = [
  'campaign',
  'department',
  'checkedOn',
  'portal',
  'carrier.name',
  'carrier.situation',
  'carrier.fundedLastYear',
  'carrier.pluriannual',
  'collectives[].name',
  'collectives[].children',
  'collectives[].levels',
  'collectives[].staff',
  'collectives[].expenses',
  'axes.children',
  'axes.parents',
  'axes.school',
  'axes.territory',
  'descriptions.childrenActions',
  'descriptions.parentActions',
  'descriptions.schoolRelations',
  'descriptions.localResources',
  'descriptions.evaluation',
  'budget.operatingExpenses',
  'budget.chargesTotal',
  'budget.productsTotal',
  'budget.cafRequested',
  'budget.departmentalCouncil',
  'budget.msa',
  'budget.cityContract',
  'bonuses.children.requested',
  'bonuses.children.justification',
  'bonuses.parents.requested',
  'bonuses.parents.justification',
  'bonuses.tne.requested',
  'bonuses.tne.collectives',
  'bonuses.tne.actions',
  'bonuses.tne.fundedByCdElsewhere',
  'msa.requested',
  'msa.ruralTerritory',
  'cityContract.requested',
  'cityContract.addedValue',
  'cityContract.obtainedLastYear',
  'attachments.previousBilan',
  'attachments.cdRecapSheet',
  'attachments.adjustmentDocument',
  'sphinxCompleted',
] as const;

type PageName = 'elanForm' | 'elanSummary' | 'mcp';

/**
 * Paths a page does NOT show (besides `portal`, which comes from the address, and `checkedOn`,
 * which the panel sets). The Elan form names the campaign only in its title and says nothing of
 * Sphinx (done on MonComptePartenaire); the summary neither; MonComptePartenaire's declaration
 * shows the figures, the bonus boxes and three statuses only.
 */
const NOT_SHOWN: Record<PageName, readonly string[]> = {
  elanForm: ['campaign', 'sphinxCompleted'],
  elanSummary: ['sphinxCompleted'],
  mcp: [
    'campaign',
    'department',
    'carrier.name',
    'carrier.situation',
    'carrier.fundedLastYear',
    'collectives[].levels',
    'axes.children',
    'axes.parents',
    'axes.school',
    'axes.territory',
    'descriptions.childrenActions',
    'descriptions.parentActions',
    'descriptions.schoolRelations',
    'descriptions.localResources',
    'descriptions.evaluation',
    'bonuses.children.justification',
    'bonuses.parents.justification',
    'bonuses.tne.collectives',
    'bonuses.tne.actions',
    'bonuses.tne.fundedByCdElsewhere',
    'msa.ruralTerritory',
    'cityContract.requested',
    'cityContract.addedValue',
    'cityContract.obtainedLastYear',
    'attachments.cdRecapSheet',
    'attachments.adjustmentDocument',
  ],
};
const PAGE_PORTAL: Record<PageName, PortalId> = {
  elanForm: 'elan',
  elanSummary: 'elan',
  mcp: 'mcp',
};
const shownPaths = (page: PageName) =>
  CONTRACT_PATHS.filter((p) => p !== 'portal' && p !== 'checkedOn' && !NOT_SHOWN[page].includes(p));

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}
function setPath(obj: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  cur[keys[keys.length - 1]!] = v;
}

/** The fixture as a page shows it: only its paths; an empty text is a missing value. */
function expectedFrom(fixture: Dossier, page: PageName): Dossier {
  const out: Record<string, unknown> = { format: 'clas-dossier/1', portal: PAGE_PORTAL[page] };
  const paths = shownPaths(page);
  const keep = (v: unknown) => v !== undefined && v !== '';
  for (const p of paths) {
    if (p.startsWith('collectives[]')) continue;
    const v = getPath(fixture, p);
    if (keep(v)) setPath(out, p, v);
  }
  const colPaths = paths.filter((p) => p.startsWith('collectives[].'));
  if (colPaths.length && fixture.collectives) {
    out.collectives = fixture.collectives.map((c) => {
      const o: Record<string, unknown> = {};
      for (const p of colPaths) {
        const k = p.slice('collectives[].'.length);
        const v = (c as Record<string, unknown>)[k];
        if (keep(v)) o[k] = v;
      }
      return o;
    });
  }
  return out as Dossier;
}

/* ------------------------------------------------------------------------------------------ */
/* Page loading                                                                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * happy-dom ignores the `selected` attribute of an option (it selects the next one): set the
 * select's value as a browser would. The reader itself reads `select.value`.
 */
function fixSelects(doc: Document): void {
  for (const o of doc.querySelectorAll('option[selected]')) {
    const s = o.closest('select');
    if (s) s.value = o.getAttribute('value') ?? '';
  }
}

function parse(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  fixSelects(doc);
  return doc;
}

/** Into the test's live document (for watchPage): body only, scripts left out. */
function mount(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const s of parsed.querySelectorAll('script')) s.remove();
  document.body.innerHTML = parsed.body.innerHTML;
  fixSelects(document);
  return document;
}

function render(page: PageName, d: Dossier, opts: ElanFormOptions = {}): string {
  if (page === 'elanForm') return renderElanForm(d, opts);
  if (page === 'elanSummary') return renderElanSummary(d);
  return renderMcp(d);
}

function read(page: PageName, d: Dossier, opts: ElanFormOptions = {}): ReadResult {
  return readPage(parse(render(page, d, opts)), PAGE_PORTAL[page]);
}

/** The input / textarea whose visible label (for, wrapping or aria) reads `text`, in `scope`. */
function controlLabelled(scope: ParentNode, text: string): HTMLInputElement {
  for (const l of scope.querySelectorAll('label')) {
    if ((l.textContent ?? '').replace('*', '').trim() !== text) continue;
    const f = l.getAttribute('for');
    const el = f ? l.ownerDocument.getElementById(f) : l.querySelector('input, textarea');
    if (el) return el as HTMLInputElement;
  }
  const aria = scope.querySelector(`[aria-label="${text}"]`);
  if (aria) return aria as HTMLInputElement;
  throw new Error(`no control labelled « ${text} »`);
}

/** The value input in the table row whose header reads `text`. */
function rowInput(doc: Document, text: string): HTMLInputElement {
  for (const th of doc.querySelectorAll('th[scope="row"]')) {
    if ((th.textContent ?? '').trim() === text) {
      const input = th.parentElement?.querySelector('input');
      if (input) return input;
    }
  }
  throw new Error(`no row « ${text} »`);
}

const PAGES: PageName[] = ['elanForm', 'elanSummary', 'mcp'];

/* ------------------------------------------------------------------------------------------ */

describe('readPage: the fixtures come back from every page', () => {
  for (const name of FIXTURE_NAMES) {
    for (const page of PAGES) {
      it(`${name} on ${page}`, () => {
        const r = read(page, fixtures[name]);
        expect(r.dossier).toEqual(expectedFrom(fixtures[name], page));
        expect(r.findings).toEqual([]);
        const parsed = parseDossier(JSON.parse(JSON.stringify(r.dossier)));
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      });
    }
  }

  it('found / notFound: only the fields a page does not show are not found (the campaign, with its default, is not listed)', () => {
    const form = read('elanForm', fixtures.receivable);
    expect(form.notFound).toEqual(REV2_NOT_SHOWN);
    expect(form.found).toContain('collectives[2].levels');
    expect(form.found).toContain('attachments.adjustmentDocument');
    expect(read('elanSummary', fixtures.receivable).notFound).toEqual(REV2_NOT_SHOWN);
    const mcp = read('mcp', fixtures.receivable);
    // Everything not found is a field MonComptePartenaire's declaration does not show.
    const generic = (p: string) => p.replace(/\[\d+\]/, '[]');
    expect(mcp.notFound.filter((p) => !NOT_SHOWN.mcp.includes(generic(p)))).toEqual(
      REV2_NOT_SHOWN_MCP,
    );
    expect(mcp.notFound).toContain('collectives[2].levels');
    expect(mcp.found).toContain('sphinxCompleted');
    expect(mcp.found).toContain('collectives[2].expenses');
  });

  it('does not set checkedOn (the panel sets the reference date)', () => {
    for (const page of PAGES) expect(read(page, fixtures.edge).dossier.checkedOn).toBeUndefined();
  });

  for (const step of [1, 2, 3, 4, 5, 6]) {
    it(`Elan form shown at step ${step}: hidden steps still give their values`, () => {
      const r = read('elanForm', fixtures.edge, { step });
      expect(r.dossier).toEqual(expectedFrom(fixtures.edge, 'elanForm'));
    });
  }

  it('a step that is not in the DOM: its fields are notFound on that read', () => {
    const doc = parse(renderElanForm(fixtures.receivable, { step: 2 }));
    for (const s of doc.querySelectorAll('section[data-etape]')) {
      if (s.getAttribute('data-etape') !== '2') s.remove();
    }
    const r = readPage(doc, 'elan');
    expect(r.dossier.carrier?.situation).toBe('renewal-changed');
    expect(r.dossier.descriptions?.evaluation).toBe(fixtures.receivable.descriptions?.evaluation);
    expect(r.dossier.budget).toBeUndefined();
    expect(r.dossier.collectives).toBeUndefined();
    expect(r.notFound).toEqual(
      expect.arrayContaining([
        'carrier.name',
        'collectives',
        'budget.msa',
        'bonuses.tne.requested',
        'attachments.previousBilan',
      ]),
    );
    expect(r.found).toEqual(
      expect.arrayContaining(['carrier.situation', 'carrier.fundedLastYear', 'axes.territory']),
    );
    expect(r.findings).toEqual([]);
  });
});

describe('readPage: wordings, amount styles and order', () => {
  for (const style of ['spaces', 'plain', 'euro'] as AmountStyle[]) {
    for (const name of FIXTURE_NAMES) {
      it(`amounts written « ${style} » (${name})`, () => {
        const r = read('elanForm', fixtures[name], { amountStyle: style });
        expect(r.dossier).toEqual(expectedFrom(fixtures[name], 'elanForm'));
        expect(r.findings).toEqual([]);
      });
    }
  }

  for (const name of FIXTURE_NAMES) {
    it(`labelVariant 1: the other wording of every label (${name})`, () => {
      for (const step of [1, 4]) {
        const r = read('elanForm', fixtures[name], { labelVariant: 1, step });
        expect(r.dossier).toEqual(expectedFrom(fixtures[name], 'elanForm'));
        expect(r.notFound).toEqual(REV2_NOT_SHOWN);
      }
    });
  }

  it('labels in another order: budget rows, dt/dd pairs, steps and fields shuffled', () => {
    const d = fixtures.receivable;
    const reverseChildren = (el: Element) => {
      const kids = [...el.children];
      for (const k of kids.reverse()) el.appendChild(k);
    };
    // Elan form: budget rows reversed, steps reversed, descriptions textareas moved around.
    const form = parse(renderElanForm(d, { amountStyle: 'euro' }));
    for (const tb of form.querySelectorAll('tbody')) reverseChildren(tb);
    reverseChildren(form.querySelector('form')!);
    // The five descriptions (each its label and its textarea, kept together) in reverse order.
    const panel = form.querySelector('#formDemande\\:j_idt90')!.parentElement!;
    const groups: Element[][] = [];
    for (const el of [...panel.children].slice(1)) {
      const last = groups[groups.length - 1];
      if (!last || last[last.length - 1]!.tagName === 'TEXTAREA') groups.push([el]);
      else last.push(el);
    }
    expect(groups).toHaveLength(5);
    for (const g of groups.reverse()) for (const el of g) panel.appendChild(el);
    expect(readPage(form, 'elan').dossier).toEqual(expectedFrom(d, 'elanForm'));

    // Summary: every dl's pairs reversed, budget rows reversed.
    const sum = parse(renderElanSummary(d));
    for (const dl of sum.querySelectorAll('dl')) {
      const dts = [...dl.querySelectorAll('dt')];
      for (const dt of dts.reverse()) {
        const dd = dt.nextElementSibling!;
        dl.appendChild(dt);
        dl.appendChild(dd);
      }
    }
    for (const table of sum.querySelectorAll('table')) {
      if (!table.querySelector('thead th')?.textContent?.startsWith('Collectif'))
        reverseChildren(table.querySelector('tbody')!);
    }
    for (const section of [...sum.querySelectorAll('section')].reverse())
      section.parentElement!.appendChild(section);
    expect(readPage(sum, 'elan').dossier).toEqual(expectedFrom(d, 'elanSummary'));

    // MCP: cards reversed, budget rows reversed, bonus boxes reversed.
    const mcp = parse(renderMcp(d));
    for (const card of [...mcp.querySelectorAll('section')].reverse())
      card.parentElement!.appendChild(card);
    for (const t of mcp.querySelectorAll('table')) {
      if (!t.querySelector('thead th')?.textContent?.startsWith('Collectif'))
        reverseChildren(t.querySelector('tbody')!);
    }
    reverseChildren(mcp.querySelector('.mcp-checks')!);
    expect(readPage(mcp, 'mcp').dossier).toEqual(expectedFrom(d, 'mcp'));
  });

  it('school levels written as text are normalised to the contract codes', () => {
    const doc = parse(renderElanSummary(fixtures.receivable));
    const cells = doc.querySelectorAll('table tbody tr');
    cells[0]!.children[2]!.textContent = '6ème, 5ème et 4ème';
    cells[1]!.children[2]!.textContent = '2de ; 1ère / Terminale';
    cells[2]!.children[2]!.textContent = 'CE2, GS';
    const r = readPage(doc, 'elan');
    expect(r.dossier.collectives?.map((c) => c.levels)).toEqual([
      ['6e', '5e', '4e'],
      ['2nde', '1re', 'Tle'],
      ['CE2', 'GS'],
    ]);
  });

  it('an empty form: nothing invented, booleans of unchecked boxes, no finding', () => {
    const r = readPage(parse(renderElanForm()), 'elan');
    expect(r.findings).toEqual([]);
    expect(r.dossier.carrier).toEqual({ pluriannual: false });
    expect(r.dossier.budget).toBeUndefined();
    expect(r.dossier.descriptions).toBeUndefined();
    expect(r.dossier.axes).toEqual({
      children: false,
      parents: false,
      school: false,
      territory: false,
    });
    expect(r.notFound).toContain('collectives');
    expect(r.found).toContain('carrier.fundedLastYear'); // found, but no radio checked
    expect(parseDossier(r.dossier).ok).toBe(true);
  });

  it('200 collectives: every block read in order', () => {
    const r = readPage(parse(renderElanFormWithCollectives(200)), 'elan');
    expect(r.dossier.collectives).toHaveLength(200);
    expect(r.dossier.collectives?.[199]).toMatchObject({
      name: 'Collectif n° 200 – Mirecourt',
      children: 6 + (199 % 9),
      staff: 1 + (199 % 3),
    });
    expect(r.findings).toEqual([]);
    expect(r.found).toContain('collectives[199].levels');
    expect(r.notFound).toEqual(REV2_NOT_SHOWN);
  }, 30_000); // happy-dom is slow on big pages; the browser's speed is measured by npm run bench
});

describe('readPage: unreadable values, unknown labels, sources', () => {
  it('« 12abc » children: a field.unreadable finding on that path, value left missing', () => {
    const doc = parse(renderElanForm(fixtures.receivable));
    const block = doc.querySelectorAll('fieldset[data-collectif]')[1]!;
    controlLabelled(block, "Nombre d'enfants").value = '12abc';
    const r = readPage(doc, 'elan');
    expect(r.findings).toEqual([
      {
        rule: 'field.unreadable',
        severity: 'warning',
        source: RULES['field.unreadable'].source,
        field: 'collectives[1].children',
        message:
          "Nombre d'enfants (Collectif 2) : « 12abc » n’est pas un nombre entier ; corrigez la saisie. La valeur n’est pas prise en compte.",
      },
    ]);
    expect(r.dossier.collectives?.[1]).not.toHaveProperty('children');
    expect(r.dossier.collectives?.[1]?.staff).toBe(3);
    expect(r.found).toContain('collectives[1].children');
    expect(parseDossier(r.dossier).ok).toBe(true);
  });

  it('« 1,2,3 » amounts: findings on the Elan form, the summary and MCP', () => {
    const form = parse(renderElanForm(fixtures.receivable));
    rowInput(form, 'MSA').value = '1,2,3';
    const fr = readPage(form, 'elan');
    expect(fr.dossier.budget).not.toHaveProperty('msa');
    expect(fr.findings).toHaveLength(1);
    expect(fr.findings[0]).toMatchObject({ rule: 'field.unreadable', field: 'budget.msa' });
    expect(fr.findings[0]!.message).toBe(
      'MSA : plusieurs virgules dans « 1,2,3 » ; corrigez la saisie. La valeur n’est pas prise en compte.',
    );

    const sum = parse(renderElanSummary(fixtures.receivable));
    const row = [...sum.querySelectorAll('tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'Dépenses',
    );
    expect(row).toBeUndefined(); // (the collectives table is keyed by column, checked below)
    sum.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')[2]!.children[4]!.textContent =
      '1,2,3 €';
    const sr = readPage(sum, 'elan');
    expect(sr.findings.map((f) => f.field)).toEqual(['collectives[2].expenses']);
    expect(sr.findings[0]!.message).toContain('Dépenses (Collectif 3)');
    expect(sr.dossier.collectives?.[2]).not.toHaveProperty('expenses');

    const mcp = parse(renderMcp(fixtures.receivable));
    rowInput(mcp, 'Total des produits').value = '26 900,00,5';
    rowInput(mcp, 'Conseil départemental').value = '-900';
    const mr = readPage(mcp, 'mcp');
    expect(mr.findings.map((f) => f.field).sort()).toEqual([
      'budget.departmentalCouncil',
      'budget.productsTotal',
    ]);
    expect(mr.findings.find((f) => f.field === 'budget.departmentalCouncil')!.message).toBe(
      'Conseil départemental : « -900 » : un montant négatif n’est pas attendu ; corrigez la saisie. La valeur n’est pas prise en compte.',
    );
    expect(parseDossier(mr.dossier).ok).toBe(true);
  });

  it('an unreadable Oui/Non or situation on a read-only page is a finding, not a guess', () => {
    const sum = parse(renderElanSummary(fixtures.receivable));
    const dd = (label: string) =>
      [...sum.querySelectorAll('dt')].find((dt) => dt.textContent === label)!.nextElementSibling!;
    dd('Conventionnement pluriannuel').textContent = 'Peut-être';
    dd('Situation de la demande').textContent = 'Transfert';
    dd('Financement Clas 2024/2025').textContent = 'Non renseigné';
    const r = readPage(sum, 'elan');
    expect(r.findings.map((f) => f.field).sort()).toEqual([
      'carrier.pluriannual',
      'carrier.situation',
    ]);
    expect(r.dossier.carrier).toEqual({ name: fixtures.receivable.carrier?.name });
  });

  it('wordings written for no reader (« Effectif accueilli », « Intervenants mobilisés »…) are read by meaning', () => {
    const r = read('elanForm', fixtures.receivable, { unknownLabels: true });
    expect(r.dossier).toEqual(expectedFrom(fixtures.receivable, 'elanForm'));
    expect(r.notFound).toEqual(REV2_NOT_SHOWN);
    expect(r.evidence.get('collectives[1].staff')).toBe('Intervenants mobilisés');
    expect(r.findings).toEqual([]);
  });

  it('labels that mean nothing are not read, and said so', () => {
    const doc = parse(renderElanForm(fixtures.receivable));
    for (const l of doc.querySelectorAll('label')) {
      if (l.textContent?.startsWith('Nombre d')) l.textContent = 'Champ 12';
    }
    const r = readPage(doc, 'elan');
    for (const i of [0, 1, 2]) {
      expect(r.notFound).toContain(`collectives[${i}].children`);
      expect(r.dossier.collectives?.[i]).not.toHaveProperty('children');
      expect(r.found).toContain(`collectives[${i}].name`);
    }
    expect(r.findings).toEqual([]);
  });

  it('overrides (« teach a field ») are tried first, per collective too', () => {
    const doc = parse(renderElanForm(fixtures.receivable, { unknownLabels: true }));
    const r = readPage(doc, 'elan', {
      'collectives[].children':
        'fieldset[data-collectif] input[inputmode="numeric"]:not([aria-label])',
      'collectives[1].staff': '#formDemande\\:collectifs\\:1\\:j_idt128',
      'budget.operatingExpenses': '#formDemande\\:j_idt240',
      'budget.msa': 'this is not a selector ((',
    });
    expect(r.dossier.collectives?.map((c) => c.children)).toEqual([10, 12, 9]);
    expect(r.dossier.collectives?.[1]?.staff).toBe(3);
    expect(r.dossier.collectives?.[2]?.staff).toBe(2); // « Intervenants mobilisés », by meaning
    expect(r.dossier.budget?.operatingExpenses).toBe(24587);
    expect(r.dossier.budget?.msa).toBe(0); // the bad selector is ignored: labels read it
    expect(r.sources.get('collectives[1].children')?.id).toBe('formDemande:collectifs:1:j_idt123');
  });

  it('sources point at the element each value came from', () => {
    const doc = parse(renderElanForm(fixtures.receivable));
    const r = readPage(doc, 'elan');
    const block2 = doc.querySelectorAll('fieldset[data-collectif]')[1]!;
    expect(r.sources.get('collectives[1].children')).toBe(
      controlLabelled(block2, "Nombre d'enfants"),
    );
    expect(r.sources.get('collectives[1].staff')).toBe(
      controlLabelled(block2, "Nombre d'adultes encadrants (salariés ou bénévoles)"),
    );
    expect(r.sources.get('collectives[1].levels')?.tagName).toBe('FIELDSET');
    expect(r.sources.get('carrier.name')).toBe(controlLabelled(doc, 'Raison sociale'));
    expect(r.sources.get('carrier.situation')?.querySelector('legend')?.textContent).toContain(
      'Situation de la demande',
    );
    expect(r.sources.get('carrier.fundedLastYear')?.getAttribute('role')).toBe('radiogroup');
    expect(r.sources.get('budget.msa')).toBe(rowInput(doc, 'MSA'));
    expect(r.sources.get('descriptions.localResources')?.id).toBe('formDemande:j_idt99');
    expect(r.sources.get('bonuses.tne.collectives')?.id).toBe('formDemande:j_idt316');
    expect(r.sources.get('attachments.previousBilan')?.getAttribute('type')).toBe('file');
    expect(r.sources.has('portal')).toBe(false);

    const sum = parse(renderElanSummary(fixtures.receivable));
    const rs = readPage(sum, 'elan');
    expect(rs.sources.get('budget.msa')?.tagName).toBe('TD');
    expect(rs.sources.get('carrier.name')?.tagName).toBe('DD');
    expect(rs.sources.get('collectives[0].name')?.textContent).toBe('Les Explorateurs (CP – CE1)');
    expect(rs.sources.get('attachments.previousBilan')?.tagName).toBe('LI');

    const mcp = parse(renderMcp(fixtures.receivable));
    const rm = readPage(mcp, 'mcp');
    expect(rm.sources.get('collectives[1].children')?.getAttribute('name')).toBe(
      'collectifs[1].nbEnfants',
    );
    expect(rm.sources.get('bonuses.tne.requested')?.getAttribute('name')).toBe('bonusTne');
  });

  it('a file chosen in a file input counts as attached', () => {
    const doc = parse(renderElanForm(fixtures.blocked));
    expect(readPage(doc, 'elan').dossier.attachments?.cdRecapSheet).toBe(false);
    const input = doc.querySelector('input[aria-label^="Joindre : Fiche récapitulative"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'fiche.pdf')] });
    expect(readPage(doc, 'elan').dossier.attachments?.cdRecapSheet).toBe(true);
  });
});

describe('portals', () => {
  it('detectPortal: by host', () => {
    expect(detectPortal({ hostname: 'elan.caf.fr', pathname: '/demande' })).toBe('elan');
    expect(detectPortal({ hostname: 'partenaires.caf.fr', pathname: '/' })).toBe('mcp');
    expect(detectPortal({ hostname: 'www.elan.caf.fr', pathname: '/' })).toBe('elan');
    expect(detectPortal({ hostname: 'caf.fr', pathname: '/elan/' })).toBeUndefined();
    expect(detectPortal({ hostname: 'elan.caf.fr.evil.example', pathname: '/' })).toBeUndefined();
    expect(detectPortal({ hostname: '127.0.0.1', pathname: '/mcp/declaration' })).toBe('mcp');
  });
});

describe('from the page to the report', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: reading the Elan form then evaluate() gives the fixture's rule ids`, () => {
      const fixture = fixtures[name];
      const r = read('elanForm', fixture);
      // The reference date is the panel's; what the form does not show (the Sphinx
      // questionnaire is answered on MonComptePartenaire) is taken from the fixture, except for
      // the blocked fixture, which must give the same rules from the page alone.
      const dossier: Dossier = { ...r.dossier, checkedOn: fixture.checkedOn };
      if (name !== 'blocked') {
        for (const p of NOT_SHOWN.elanForm) {
          const v = getPath(fixture, p);
          if (v !== undefined) setPath(dossier as Record<string, unknown>, p, v);
        }
      }
      const fromPage = evaluate(dossier, { pageFindings: r.findings, page: r });
      const direct = evaluate(fixture);
      expect(fromPage.findings.map((f) => f.rule).sort()).toEqual(
        direct.findings.map((f) => f.rule).sort(),
      );
      expect(fromPage.funding).toEqual(direct.funding);
      expect(fromPage.receivable).toBe(direct.receivable);
      if (name === 'blocked') expect(fromPage.receivable).toBe(false);
    });
  }

  it('an unreadable value reaches the report as a field.unreadable finding', () => {
    const doc = parse(renderElanForm(fixtures.receivable));
    controlLabelled(
      doc.querySelectorAll('fieldset[data-collectif]')[0]!,
      "Nombre d'enfants",
    ).value = 'dix';
    const r = readPage(doc, 'elan');
    const report = evaluate(
      { ...r.dossier, checkedOn: '2025-07-10' },
      { pageFindings: r.findings, page: { found: r.found, notFound: r.notFound } },
    );
    expect(report.findings.filter((f) => f.rule === 'field.unreadable')).toHaveLength(1);
    expect(report.page?.notFound).toEqual(REV2_NOT_SHOWN);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('watchPage', () => {
  let frames: Array<() => void> = [];
  afterEach(() => {
    vi.restoreAllMocks();
    frames = [];
    document.body.innerHTML = '';
  });
  const fakeFrames = () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frames.push(() => cb(performance.now()));
      return frames.length;
    });
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
  };
  const flushFrame = async () => {
    await new Promise((r) => setTimeout(r, 0)); // mutation observer callbacks
    const run = frames;
    frames = [];
    for (const f of run) f();
  };
  const snapshot = (doc: Document) =>
    doc.body.innerHTML +
    [...doc.querySelectorAll('input, textarea, select')]
      .map((e) => {
        const i = e as HTMLInputElement;
        return `${i.value}|${i.checked}`;
      })
      .join('\n');

  it('reads the first change of a frame at once, coalesces the rest to one read per frame, never writes to the page', async () => {
    fakeFrames();
    const doc = mount(renderElanForm(fixtures.receivable, { step: 3 }));
    const reads: ReadResult[] = [];
    const stop = watchPage(doc, 'elan', (r) => reads.push(r));
    await flushFrame();
    expect(reads).toHaveLength(1); // the first read
    expect(reads[0]!.dossier.collectives).toHaveLength(3);

    const input = controlLabelled(
      doc.querySelectorAll('fieldset[data-collectif]')[0]!,
      "Nombre d'enfants",
    );
    const before = snapshot(doc);
    for (let i = 0; i < 10; i++) {
      input.value = String(i + 11);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const typed = snapshot(doc);
    expect(reads).toHaveLength(1); // never inside the event handlers
    await Promise.resolve();
    // The first change of a frame is read at once (a microtask), all 10 events in one read.
    expect(reads).toHaveLength(2);
    expect(reads[1]!.dossier.collectives?.[0]?.children).toBe(20);
    // More changes in the same frame wait for the next frame: one read per frame at most.
    input.value = '9';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    expect(reads).toHaveLength(2);
    await flushFrame();
    expect(reads).toHaveLength(3);
    expect(reads[2]!.dossier.collectives?.[0]?.children).toBe(9);
    expect(snapshot(doc)).not.toBe(before);
    input.value = '20';
    expect(snapshot(doc)).toBe(typed); // reading changed nothing
    stop();
  });

  it('re-reads on change, hashchange and DOM changes; ignores the extension’s own nodes', async () => {
    fakeFrames();
    const doc = mount(renderElanForm(fixtures.receivable));
    // The extension's own panel host, known by identity: added, filled and typed into → no read.
    const host = doc.createElement('assistant-clas');
    const reads: ReadResult[] = [];
    const stop = watchPage(doc, 'elan', (r) => reads.push(r), undefined, host);
    await flushFrame();
    expect(reads).toHaveLength(1);

    doc.body.appendChild(host);
    const mine = doc.createElement('input');
    host.appendChild(mine);
    host.setAttribute('class', 'open');
    mine.dispatchEvent(new Event('input', { bubbles: true }));
    await flushFrame();
    expect(reads).toHaveLength(1);

    // A checkbox change.
    const box = controlLabelled(doc, 'Actions auprès et avec les parents');
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await flushFrame();
    expect(reads).toHaveLength(2);
    expect(reads[1]!.dossier.axes?.parents).toBe(false);

    // A step swap (hidden attribute) and a new collective block (childList).
    doc.querySelector('section[data-etape="1"]')!.setAttribute('hidden', '');
    await flushFrame();
    expect(reads).toHaveLength(3);
    const list = doc.getElementById('formDemande:collectifs')!;
    list.appendChild(list.firstElementChild!.cloneNode(true));
    await flushFrame();
    expect(reads).toHaveLength(4);
    expect(reads[3]!.dossier.collectives).toHaveLength(4);

    window.dispatchEvent(new Event('hashchange'));
    await flushFrame();
    expect(reads).toHaveLength(5);

    stop();
    box.dispatchEvent(new Event('change', { bubbles: true }));
    list.appendChild(list.firstElementChild!.cloneNode(true));
    await flushFrame();
    expect(reads).toHaveLength(5);
  });

  it('a mark the page copies from the extension does not hide the page’s own changes', async () => {
    fakeFrames();
    const doc = mount(renderElanForm(fixtures.receivable));
    const host = doc.createElement('assistant-clas');
    doc.body.appendChild(host);
    // The page wraps its form in an element carrying the old mark of the extension's host.
    const form = doc.getElementById('formDemande:collectifs')!.closest('form') ?? doc.body;
    const decoy = doc.createElement('div');
    decoy.setAttribute('data-assistant-clas', '');
    form.parentNode!.insertBefore(decoy, form);
    decoy.appendChild(form);
    const reads: ReadResult[] = [];
    const stop = watchPage(doc, 'elan', (r) => reads.push(r), undefined, host);
    await flushFrame();
    expect(reads).toHaveLength(1);
    const box = controlLabelled(doc, 'Actions auprès et avec les parents');
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await flushFrame();
    expect(reads).toHaveLength(2);
    expect(reads[1]!.dossier.axes?.parents).toBe(false);
    stop();
  });

  it('uses the overrides of the moment, on each read', async () => {
    fakeFrames();
    const doc = mount(renderElanForm(fixtures.receivable));
    // A label that means nothing: only the taught field can say what this input is.
    const label = doc.querySelector('label[for="formDemande:j_idt240"]')!;
    label.textContent = 'Champ 7';
    let overrides: Record<string, string> = {};
    const reads: ReadResult[] = [];
    const stop = watchPage(
      doc,
      'elan',
      (r) => reads.push(r),
      () => overrides,
    );
    await flushFrame();
    expect(reads[0]!.dossier.budget?.operatingExpenses).toBeUndefined();
    overrides = { 'budget.operatingExpenses': '#formDemande\\:j_idt240' };
    window.dispatchEvent(new Event('popstate'));
    await flushFrame();
    expect(reads[1]!.dossier.budget?.operatingExpenses).toBe(24587);
    stop();
  });
});

// Keep the FixtureName import meaningful for readers of this file.
export type { FixtureName };
