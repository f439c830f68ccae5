// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../rules/parse-dossier';
import { FIELD_KEYS, fieldKeyOf } from '../corpus/fields';
import { formatAmount, formatLevels, type AmountStyle } from '../corpus/format';
import { generateCorpus, PAGES_PER_SET } from '../corpus/generate';
import { HELD_OUT_ONLY } from '../corpus/held-out/layouts';
import { heldOutWordings } from '../corpus/held-out/wordings';
import { DEV_LAYOUTS } from '../corpus/layouts';
import { leaves } from '../corpus/paths';
import { scoreRead } from '../corpus/score';
import type { CorpusDossier, CorpusPage } from '../corpus/types';
import { devWordings } from '../corpus/wordings/dev';

const corpus = generateCorpus();
const sets = {
  dev: corpus.filter((p) => p.set === 'dev'),
  'held-out': corpus.filter((p) => p.set === 'held-out'),
};

describe('corpus generator', () => {
  it('gives the same pages for the same seed, and other pages for another seed', () => {
    const a = generateCorpus({ seed: 7, set: 'dev' });
    const b = generateCorpus({ seed: 7, set: 'dev' });
    expect(b).toEqual(a);
    const c = generateCorpus({ seed: 8, set: 'dev' });
    expect(c.map((p) => p.html)).not.toEqual(a.map((p) => p.html));
  });

  it('makes at least 120 pages per set, with unique ids, and `all` is both sets', () => {
    expect(PAGES_PER_SET).toBeGreaterThanOrEqual(120);
    for (const [set, pages] of Object.entries(sets)) {
      expect(pages.length).toBeGreaterThanOrEqual(120);
      expect(pages.every((p) => p.set === set && p.id.startsWith(`${set}-`))).toBe(true);
    }
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
    expect(generateCorpus({ set: 'held-out' })).toEqual(sets['held-out']);
  });

  it('writes expected dossiers that the schema accepts as they are', () => {
    for (const page of corpus) {
      const result = parseDossier(page.expected);
      expect(result.ok, page.id).toBe(true);
      // Nothing dropped: the schema knows every field the corpus writes.
      if (result.ok) expect(result.dossier, page.id).toEqual(page.expected);
      expect(page.expected.portal).toBe(page.portal);
    }
  });

  it('uses only the contract’s fields, and never lists a field as both shown and blank', () => {
    const known = new Set<string>(FIELD_KEYS);
    for (const page of corpus) {
      const shown = [...leaves(page.expected).keys()];
      for (const path of [...shown, ...page.blank])
        expect(known.has(fieldKeyOf(path)), path).toBe(true);
      expect(
        page.blank.filter((p) => shown.includes(p)),
        page.id,
      ).toEqual([]);
      expect(new Set(page.blank).size, page.id).toBe(page.blank.length);
    }
  });

  it.each(Object.entries(sets))(
    'covers every field, both portals and roles, 1 to 12 groups (%s)',
    (_set, pages) => {
      const shown = new Set(pages.flatMap((p) => [...leaves(p.expected).keys()].map(fieldKeyOf)));
      expect(FIELD_KEYS.filter((k) => !shown.has(k))).toEqual([]);
      const blank = new Set(pages.flatMap((p) => p.blank.map(fieldKeyOf)));
      expect(blank.size).toBeGreaterThan(25);
      const kinds = new Set(pages.map((p) => `${p.portal}/${p.role}`));
      expect([...kinds].sort()).toEqual([
        'elan/carrier',
        'elan/instructor',
        'mcp/carrier',
        'mcp/instructor',
      ]);
      const groups = new Set(pages.map((p) => p.expected.collectives?.length));
      expect([...groups].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    },
  );

  it('uses every dev layout in both sets, and the held-out-only layouts only in held-out', () => {
    const used = (pages: CorpusPage[]) => new Set(pages.flatMap((p) => p.layout.split('/')));
    const dev = used(sets.dev);
    const heldOut = used(sets['held-out']);
    const devNames = [...DEV_LAYOUTS.fields, ...DEV_LAYOUTS.groups, ...DEV_LAYOUTS.budgets].map(
      (l) => l.name,
    );
    const onlyNames = [
      ...HELD_OUT_ONLY.fields,
      ...HELD_OUT_ONLY.groups,
      ...HELD_OUT_ONLY.budgets,
    ].map((l) => l.name);
    for (const name of devNames) expect(dev.has(name), name).toBe(true);
    for (const name of onlyNames) {
      expect(heldOut.has(name), name).toBe(true);
      expect(dev.has(name), name).toBe(false);
    }
    expect(dev.has('budget-lines') && heldOut.has('budget-lines')).toBe(true);
  });

  it('serves each page at its portal’s address, as a full UTF-8 document', () => {
    for (const p of corpus) {
      const host = new URL(p.url).host;
      expect(host).toBe(p.portal === 'elan' ? 'elan.caf.fr' : 'partenaires.caf.fr');
      expect(p.html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(p.html).toContain('<meta charset="utf-8">');
    }
  });
});

/** What a person sees: text, plus the values held in form controls' attributes. */
function visible(doc: Document): string {
  const values = [...doc.querySelectorAll('input[value]')].map(
    (i) => i.getAttribute('value') ?? '',
  );
  return `${doc.body.textContent ?? ''} ${values.join(' ')}`.replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
const STYLES: AmountStyle[] = [
  'space',
  'space-euro',
  'nbsp-cents-euro',
  'nnbsp-cents-euro',
  'plain',
  'dot',
];

describe('corpus pages', () => {
  it('show every expected text and amount, and point every label at an element that exists', () => {
    const parser = new DOMParser();
    for (const page of corpus) {
      const doc = parser.parseFromString(page.html, 'text/html');
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      expect(new Set(ids).size, `${page.id}: duplicate ids`).toBe(ids.length);
      const idSet = new Set(ids);
      for (const l of doc.querySelectorAll('label[for]')) {
        expect(idSet.has(l.getAttribute('for')!), `${page.id}: label for`).toBe(true);
      }
      for (const e of doc.querySelectorAll('[aria-labelledby]')) {
        expect(idSet.has(e.getAttribute('aria-labelledby')!), `${page.id}: aria-labelledby`).toBe(
          true,
        );
      }
      const text = squash(visible(doc));
      const amounts = new Set<string>();
      for (const [path, value] of leaves(page.expected)) {
        if (
          typeof value === 'string' &&
          /name|descriptions|justification|actions|addedValue/.test(path)
        ) {
          expect(text.includes(squash(value)), `${page.id}: ${path} not on the page`).toBe(true);
        }
        if (typeof value === 'number' && /budget|expenses/.test(path)) {
          const cents = Math.round(value * 100);
          const found = STYLES.some((s) => text.includes(squash(formatAmount(cents, s))));
          // The CAF amount may be shown as two lines that add up (prestation + bonus).
          if (!found) amounts.add(path);
        }
      }
      expect(
        [...amounts].filter((p) => p !== 'budget.cafRequested'),
        page.id,
      ).toEqual([]);
    }
  }, 60_000);
});

describe('wording pools', () => {
  /** Case, accents, apostrophes and punctuation do not make two wordings different. */
  const normalise = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  function strings(value: unknown, skip = new Set(['styles'])): string[] {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap((v) => strings(v, skip));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : strings(v, skip)));
    }
    return [];
  }

  it('normalises away case, accents and punctuation, and nothing else', () => {
    expect(normalise('Nombre d’enfants (€) :')).toBe(normalise("NOMBRE D'ENFANTS"));
    expect(normalise('Dépenses')).toBe(normalise('depenses'));
    expect(normalise('Nb d’enfants')).not.toBe(normalise('Nombre d’enfants'));
  });

  it('never share a wording between the dev and the held-out pool', () => {
    const dev = new Set(strings(devWordings).map(normalise).filter(Boolean));
    const shared = strings(heldOutWordings)
      .filter((s) => dev.has(normalise(s)) && normalise(s) !== '')
      .sort();
    expect(shared).toEqual([]);
  });

  it('give at least one wording for every concept in both pools', () => {
    const empty = (w: unknown, path = ''): string[] => {
      if (Array.isArray(w)) return w.length === 0 && !path.endsWith('numbering') ? [path] : [];
      if (w && typeof w === 'object')
        return Object.entries(w).flatMap(([k, v]) => empty(v, `${path}.${k}`));
      return [];
    };
    expect(empty(devWordings)).toEqual([]);
    expect(empty(heldOutWordings)).toEqual([]);
    expect(Object.keys(heldOutWordings.labels).sort()).toEqual(
      Object.keys(devWordings.labels).sort(),
    );
  });
});

describe('value formats', () => {
  it('writes amounts as people do, with the spaces French typography uses', () => {
    expect(formatAmount(900000, 'space')).toBe('9 000');
    expect(formatAmount(900050, 'dot')).toBe('9000.50');
    expect(formatAmount(900000, 'nbsp-cents-euro')).toBe('9\u00a0000,00\u00a0€');
    expect(formatAmount(275828, 'nnbsp-cents-euro')).toBe('2\u202f758,28\u00a0€');
    expect(formatAmount(12345678, 'plain')).toBe('123456,78');
  });

  it('writes a hyphen or a slash only between classes that follow each other', () => {
    expect(formatLevels(['CM1', 'CM2'], { sep: ' - ' })).toBe('CM1 - CM2');
    expect(formatLevels(['CP', 'CE2'], { sep: ' - ' })).toBe('CP, CE2');
    expect(formatLevels(['6e', '5e'], { sep: '/' })).toBe('6e/5e');
    expect(formatLevels(['CP', 'CE1', 'CE2'], { sep: ', ', range: 'du {from} au {to}' })).toBe(
      'du CP au CE2',
    );
    expect(formatLevels(['CP', 'CE2'], { sep: ', ', range: 'du {from} au {to}' })).toBe('CP, CE2');
  });
});

describe('scoreRead', () => {
  const expected: CorpusDossier = {
    format: 'clas-dossier/1',
    portal: 'elan',
    carrier: { name: 'Association  Lire\u00a0et Grandir ', pluriannual: true },
    collectives: [
      { name: 'Les lecteurs', children: 10, levels: ['CP', 'CE1'] },
      { children: 12, expenses: 8487 },
    ],
    budget: { cafRequested: 2758.28 },
  };

  it('finds every field right when the read is the page', () => {
    const s = scoreRead(expected, structuredClone(expected));
    expect(s.wrong).toEqual([]);
    expect(s.notRead).toEqual([]);
    expect(s.right.sort()).toEqual(
      [
        'portal',
        'carrier.name',
        'carrier.pluriannual',
        'collectives[0].name',
        'collectives[0].children',
        'collectives[0].levels',
        'collectives[1].children',
        'collectives[1].expenses',
        'budget.cafRequested',
      ].sort(),
    );
  });

  it('compares levels as sets, amounts to the cent, texts with white space collapsed', () => {
    const s = scoreRead(expected, {
      format: 'clas-dossier/1',
      portal: 'elan',
      carrier: { name: 'Association Lire et Grandir', pluriannual: true },
      collectives: [
        { name: ' Les lecteurs', children: 10, levels: ['CE1', 'CP'] },
        { children: 12, expenses: 8487.001 },
      ],
      budget: { cafRequested: 2758.28 },
    });
    expect(s.wrong).toEqual([]);
    expect(s.right).toHaveLength(9);
  });

  it('counts a different value as wrong: a cent, a class, a word, a boolean, a count', () => {
    const s = scoreRead(expected, {
      format: 'clas-dossier/1',
      portal: 'elan',
      carrier: { name: 'Association Lire et Grandir 88', pluriannual: false },
      collectives: [
        { name: 'Les lecteurs', children: 11, levels: ['CP'] },
        { children: 12, expenses: 8487.01 },
      ],
      budget: { cafRequested: '2758.28' as unknown as number },
    });
    expect(s.wrong.map((w) => w.path).sort()).toEqual(
      [
        'carrier.name',
        'carrier.pluriannual',
        'collectives[0].children',
        'collectives[0].levels',
        'collectives[1].expenses',
        'budget.cafRequested',
      ].sort(),
    );
    expect(s.wrong.find((w) => w.path === 'collectives[1].expenses')).toEqual({
      path: 'collectives[1].expenses',
      expected: 8487,
      got: 8487.01,
    });
  });

  it('counts a missing or empty value as not read', () => {
    const s = scoreRead(expected, {
      format: 'clas-dossier/1',
      carrier: { name: '  ' },
      collectives: [{ levels: [] }],
    });
    expect(s.right).toEqual([]);
    expect(s.wrong).toEqual([]);
    expect(s.notRead).toHaveLength(9);
  });

  it('counts a value read where the page shows none as wrong, and ignores the format', () => {
    const s = scoreRead(expected, {
      ...structuredClone(expected),
      format: 'autre' as 'clas-dossier/1',
      budget: { cafRequested: 2758.28, msa: 1000 },
      collectives: [...structuredClone(expected.collectives)!, { children: 9 }],
    });
    expect(s.wrong).toHaveLength(2);
    expect(s.wrong).toContainEqual({ path: 'budget.msa', expected: undefined, got: 1000 });
    expect(s.wrong).toContainEqual({
      path: 'collectives[2].children',
      expected: undefined,
      got: 9,
    });
    expect(s.notRead).toEqual([]);
  });

  it('scores every corpus page right against its own expected dossier', () => {
    for (const page of corpus) {
      const s = scoreRead(page.expected, page.expected);
      expect(s.wrong.length + s.notRead.length, page.id).toBe(0);
      expect(s.right.length).toBe(leaves(page.expected).size);
    }
  });
});
