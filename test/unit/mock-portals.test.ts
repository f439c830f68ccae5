// @vitest-environment happy-dom
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dossierSchema, type Dossier } from '../../rules/dossier.ts';
import { MOCK_BANNER_TEXT, formatAmount } from '../mock-portals/html.ts';
import { renderElanForm, renderElanFormWithCollectives } from '../mock-portals/elan-form.ts';
import { renderElanSummary } from '../mock-portals/elan-summary.ts';
import { renderMcp } from '../mock-portals/mcp.ts';
import { FIXTURE_NAMES, fixtures } from '../mock-portals/fixtures.ts';
import { writeStaticPages } from '../mock-portals/build-static.ts';

const mockDir = join(dirname(fileURLToPath(import.meta.url)), '../mock-portals');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The control labelled by a <label for> whose text starts with `text`. */
function byLabelFor(doc: Document, text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = [...doc.querySelectorAll('label[for]')].find((l) =>
    (l.textContent ?? '').trim().startsWith(text),
  );
  expect(label, `label « ${text} »`).toBeTruthy();
  const el = doc.getElementById(label!.getAttribute('for')!);
  expect(el).toBeTruthy();
  return el as HTMLInputElement;
}

const evil: Dossier = {
  format: 'clas-dossier/1',
  carrier: { name: '<script>alert("x")</script> & Cie' },
  collectives: [{ name: '<img src=x onerror=alert(1)>', children: 9 }],
  descriptions: { childrenActions: '</textarea><script>alert(2)</script>' },
};

const renders: Array<[string, (d: Dossier) => string]> = [
  ['renderElanForm', (d) => renderElanForm(d)],
  ['renderElanSummary', renderElanSummary],
  ['renderMcp', renderMcp],
];

describe('mock portal pages', () => {
  it('fixtures are valid clas-dossier/1 dossiers', () => {
    for (const name of FIXTURE_NAMES) {
      const r = dossierSchema.safeParse(fixtures[name]);
      expect(r.success, `${name}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
    expect(fixtures.receivable.collectives).toHaveLength(3);
  });

  for (const [name, render] of renders) {
    it(`${name}: French page with the mock banner and no external resource`, () => {
      const html = render(fixtures.receivable);
      const doc = parse(html);
      expect(doc.documentElement.getAttribute('lang')).toBe('fr');
      expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe(
        'utf-8',
      );
      expect(doc.body.textContent).toContain(MOCK_BANNER_TEXT);
      expect(doc.querySelectorAll('link, img, iframe, script[src]')).toHaveLength(0);
      expect(html).not.toMatch(/https?:\/\//);
    });

    it(`${name}: escapes dossier text`, () => {
      const doc = parse(render(evil));
      const scripts = [...doc.querySelectorAll('script')].map((s) => s.textContent ?? '');
      expect(scripts.some((s) => s.includes('alert'))).toBe(false);
      expect(doc.querySelector('img')).toBeNull();
      expect(doc.body.innerHTML).toContain('&lt;script&gt;alert');
    });
  }

  it('renderElanForm: the carrier name is the value of the « Raison sociale » input', () => {
    const doc = parse(renderElanForm(evil));
    expect(byLabelFor(doc, 'Raison sociale').value).toBe(evil.carrier!.name);
    const children = byLabelFor(doc, 'Actions conduites avec les enfants');
    expect(children.value).toBe(evil.descriptions!.childrenActions);
  });

  it('renderElanForm: renders the edge fixture values', () => {
    const doc = parse(renderElanForm(fixtures.edge, { step: 3 }));
    const blocks = doc.querySelectorAll('#formDemande\\:collectifs > fieldset');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.querySelector('legend')!.textContent).toBe('Collectif 1');
    const kids = [...doc.querySelectorAll('label[for]')]
      .filter((l) => l.textContent!.startsWith("Nombre d'enfants"))
      .map((l) => (doc.getElementById(l.getAttribute('for')!) as HTMLInputElement).value);
    expect(kids).toEqual(['8', '12']);
    const expenses = [...doc.querySelectorAll('input[aria-labelledby]')]
      .filter((i) =>
        doc.getElementById(i.getAttribute('aria-labelledby')!)!.textContent!.startsWith('Dépenses'),
      )
      .map((i) => (i as HTMLInputElement).value);
    expect(expenses).toEqual(['8 487,00', '8 487,01']);
    // Only the requested step is visible; the hash drives the rest in the browser.
    const visible = [...doc.querySelectorAll('section[data-etape]')].filter(
      (s) => !s.hasAttribute('hidden'),
    );
    expect(visible.map((s) => s.getAttribute('data-etape'))).toEqual(['3']);
    expect(doc.body.textContent).toContain('Étape 3 sur 6');
    // Levels as checked checkboxes
    const checkedLevels = [...blocks[1]!.querySelectorAll('input[type=checkbox]:checked')].map(
      (i) => (i as HTMLInputElement).value,
    );
    expect(checkedLevels).toEqual(['3e', '2nde', '1re', 'Tle']);
  });

  it('renderElanForm: amount styles, label variants and unknown labels', () => {
    expect(formatAmount(8487, 'spaces')).toBe('8 487,00');
    expect(formatAmount(8487.01, 'plain')).toBe('8487,01');
    expect(formatAmount(8487, 'plain')).toBe('8487');
    expect(formatAmount(8487, 'euro')).toBe('8\u202f487,00\u00a0€');
    const euro = parse(renderElanForm(fixtures.edge, { amountStyle: 'euro' }));
    expect(byLabelFor(euro, "Dépenses de fonctionnement de l'action Clas").value).toBe(
      '16\u202f974,01\u00a0€',
    );
    const v1 = parse(renderElanForm(fixtures.edge, { labelVariant: 1 }));
    expect(byLabelFor(v1, "Nb d'enfants prévus").value).toBe('8');
    const unknown = parse(renderElanForm(fixtures.edge, { unknownLabels: true }));
    expect(byLabelFor(unknown, 'Effectif accueilli').value).toBe('8');
    expect(unknown.body.textContent).not.toContain("Nombre d'enfants");
  });

  it('renderElanForm: the budget lines add up to the totals and carry the known lines', () => {
    const doc = parse(renderElanForm(fixtures.receivable, { amountStyle: 'plain' }));
    const rowValue = (label: string) => {
      const th = [...doc.querySelectorAll('th[scope=row]')].find((t) => t.textContent === label);
      return (th!.parentElement!.querySelector('input') as HTMLInputElement).value;
    };
    expect(rowValue('Conseil départemental')).toBe('900');
    expect(rowValue('Caf – prestation de service Clas')).toBe('9500');
    expect(rowValue('Total des charges')).toBe('26900');
    const sum = (kind: string) =>
      [...doc.querySelectorAll(`input[data-budget="${kind}"]`)].reduce(
        (s, i) => s + Number((i as HTMLInputElement).value.replace(',', '.') || 0),
        0,
      );
    expect(sum('charge')).toBe(26900);
    expect(sum('produit')).toBe(26900);
  });

  it('renderElanForm without dossier is an empty template', () => {
    const doc = parse(renderElanForm());
    expect(doc.querySelectorAll('#formDemande\\:collectifs > fieldset')).toHaveLength(0);
    expect(byLabelFor(doc, 'Raison sociale').value).toBe('');
    expect(doc.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('renderElanSummary: read-only, dt/dd pairs, tables and files', () => {
    const doc = parse(renderElanSummary(fixtures.receivable));
    expect(doc.querySelectorAll('input, textarea, select')).toHaveLength(0);
    const dd = (dt: string) =>
      [...doc.querySelectorAll('dt')].find((e) => e.textContent === dt)?.nextElementSibling
        ?.textContent;
    expect(dd('Conventionnement pluriannuel')).toBe('Oui');
    expect(dd('Cofinancement politique de la ville obtenu en 2024')).toBe('Oui');
    const head = [...doc.querySelectorAll('thead')[0]!.querySelectorAll('th')].map(
      (t) => t.textContent,
    );
    expect(head).toEqual(['Collectif', 'Enfants', 'Niveaux', 'Encadrants', 'Dépenses']);
    expect(doc.querySelectorAll('tbody')[0]!.querySelectorAll('tr')).toHaveLength(3);
    expect(doc.body.textContent).toContain('Bilan Clas 2024-2025.pdf');
    expect(doc.body.textContent).toContain('8\u202f487,00\u00a0€');
  });

  it('renderMcp: declaration rows, budget lines and statuses', () => {
    const doc = parse(renderMcp(fixtures.edge));
    const rows = doc.querySelectorAll('tbody')[0]!.querySelectorAll('tr');
    expect(rows).toHaveLength(2);
    expect((rows[1]!.querySelectorAll('input')[2] as HTMLInputElement).value).toBe('8 487,01');
    const th = [...doc.querySelectorAll('th')].find(
      (t) => t.textContent === 'Conseil départemental',
    );
    expect((th!.parentElement!.querySelector('input') as HTMLInputElement).value).toBe('1 000,00');
    expect(doc.body.textContent).toContain('Questionnaire Sphinx complété');
    expect(doc.body.textContent).toContain('Bilan 2024-2025 déposé');
    expect(doc.body.textContent).toContain('Données réelles 2024');
  });

  it('renderElanFormWithCollectives(200) yields 200 fieldsets with distinct ids', () => {
    const doc = parse(renderElanFormWithCollectives(200));
    const blocks = doc.querySelectorAll('#formDemande\\:collectifs > fieldset');
    expect(blocks).toHaveLength(200);
    expect(blocks[199]!.querySelector('legend')!.textContent).toBe('Collectif 200');
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.querySelectorAll('#formDemande\\:collectifs input').length).toBeGreaterThanOrEqual(
      2000,
    );
  });

  it('every rendered page has unique ids and labels pointing at existing controls', () => {
    for (const html of [
      renderElanForm(fixtures.receivable),
      renderElanSummary(fixtures.receivable),
      renderMcp(fixtures.receivable),
    ]) {
      const doc = parse(html);
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const l of doc.querySelectorAll('label[for]'))
        expect(doc.getElementById(l.getAttribute('for')!)).toBeTruthy();
      for (const e of doc.querySelectorAll('[aria-labelledby]'))
        expect(doc.getElementById(e.getAttribute('aria-labelledby')!)).toBeTruthy();
    }
  });

  it('the static copies the index links to are written, each a whole page with its banner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mock-portals-'));
    const written = await writeStaticPages(dir);
    const index = parse(readFileSync(join(mockDir, 'index.html'), 'utf8'));
    const links = [...index.querySelectorAll('a[href$=".html"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(written.sort()).toEqual(links.sort());
    for (const path of written) {
      const doc = parse(readFileSync(join(dir, path), 'utf8'));
      expect(doc.getElementById('bandeau-maquette')!.textContent).toContain(MOCK_BANNER_TEXT);
      expect(doc.querySelector('h1')!.textContent!.length).toBeGreaterThan(10);
    }
  });
});
