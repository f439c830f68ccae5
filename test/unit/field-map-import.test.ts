// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fieldLabel } from '../../display/field-names';
import { DOSSIER_LEAF_PATHS, isKnownOverridePath } from '../../settings/dossier-paths';
import {
  domSelectorCheck,
  fieldMapFileOf,
  MAX_FIELD_MAP_BYTES,
  parseFieldMapFile,
  type FieldMapFile,
} from '../../settings/field-map-file';
import { importFieldMap } from '../../settings/import-field-map';
import { getSite, sitesOf } from '../../settings/store';

const anySelector = () => true;
const file = (sites: unknown) => JSON.stringify({ format: 'clas-field-map/1', sites });
const parse = (text: string) => parseFieldMapFile(text, anySelector);
const message = (r: ReturnType<typeof parse>) => (r.ok ? '' : r.message);

describe('known override paths', () => {
  it('are the dossier schema’s leaves', () => {
    for (const p of ['budget.msa', 'carrier.name', 'collectives[].children', 'sphinxCompleted'])
      expect(DOSSIER_LEAF_PATHS.has(p)).toBe(true);
    for (const p of ['format', 'budget', 'collectives', 'collectives[]', 'bonuses.tne'])
      expect(DOSSIER_LEAF_PATHS.has(p)).toBe(false);
  });

  it.each([
    ['collectives[0].children', true],
    ['collectives[199].expenses', true],
    ['collectives[200].children', false],
    ['collectives[1000000].children', false],
    ['collectives[007].children', false],
    ['collectives[-1].children', false],
    ['collectives[1].unknown', false],
    ['budget[1].msa', false],
    ['constructor', false],
    ['__proto__', false],
    ['', false],
  ])('%s → %s', (path, known) => {
    expect(isKnownOverridePath(path)).toBe(known);
  });
});

describe('field-map file import', () => {
  it('reads back what the options export: the sites with taught fields only', () => {
    const sites = {
      'elan.caf.fr': { overrides: { 'budget.msa': '#msa', 'collectives[].children': '.c input' } },
      'partenaires.caf.fr': { overrides: {} },
    };
    const exported = JSON.stringify(fieldMapFileOf(sites), null, 2);
    expect(parse(exported)).toEqual({
      ok: true,
      file: {
        format: 'clas-field-map/1',
        sites: { 'elan.caf.fr': sites['elan.caf.fr'].overrides },
      },
    });
  });

  it('accepts a map of known paths and valid selectors, with or without a BOM', () => {
    const text = file({
      'elan.caf.fr': { 'collectives[].children': '#x > fieldset > input', 'budget.msa': '#msa' },
    });
    for (const t of [text, `\uFEFF${text}`]) {
      const r = parse(t);
      expect(r.ok).toBe(true);
      expect(r.ok && r.file.sites['elan.caf.fr']).toEqual({
        'collectives[].children': '#x > fieldset > input',
        'budget.msa': '#msa',
      });
    }
  });

  it('refuses collectives[1000000].children, saying where, in French', () => {
    const r = parse(file({ 'elan.caf.fr': { 'collectives[1000000].children': '#a' } }));
    expect(r.ok).toBe(false);
    expect(message(r)).toMatch(/^Ce fichier n’est pas une correspondance de champs/);
    expect(message(r)).toContain('rien n’a été importé');
    expect(message(r)).toContain(
      'sites › elan.caf.fr › collectives[1000000].children : champ du dossier inconnu, ou collectif au-delà du 200e',
    );
  });

  it('refuses an unknown path, a bad host, an empty or too long selector', () => {
    expect(message(parse(file({ 'elan.caf.fr': { 'budget.autre': '#a' } })))).toContain(
      'budget.autre : champ du dossier inconnu',
    );
    expect(message(parse(file({ 'pas une adresse': {} })))).toContain(
      'sites › pas une adresse : adresse de site invalide',
    );
    expect(message(parse(file({ 'elan.caf.fr': { 'budget.msa': '' } })))).toContain(
      'budget.msa : sélecteur vide',
    );
    expect(
      message(parse(file({ 'elan.caf.fr': { 'budget.msa': `#${'a'.repeat(1000)}` } }))),
    ).toContain('sélecteur de plus de 1000 caractères');
    expect(message(parse(file({ 'elan.caf.fr': { 'budget.msa': 42 } })))).toContain('budget.msa');
  });

  it('refuses a selector the browser cannot parse (querySelector in a try)', () => {
    const check = domSelectorCheck(document);
    expect(check('#x > fieldset > input')).toBe(true);
    expect(check('div[')).toBe(false);
    // (Another invalid selector: happy-dom remembers one it has seen fail and accepts it later.)
    const r = parseFieldMapFile(file({ 'elan.caf.fr': { 'budget.msa': 'input:not(' } }), check);
    expect(message(r)).toContain('budget.msa : sélecteur CSS invalide');
  });

  it('refuses what is not JSON, another format, and lists at most five problems', () => {
    expect(message(parse('{'))).toBe('Ce fichier n’est pas du JSON valide ; rien n’a été importé.');
    expect(message(parse('{"format":"autre"}'))).toContain('format : « clas-field-map/1 » attendu');
    expect(message(parse('42'))).toContain('le fichier');
    const many = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`collectives[${300 + i}].name`, '#a']),
    );
    const m = message(parse(file({ 'elan.caf.fr': many })));
    expect(m.match(/collectif au-delà/g)).toHaveLength(5);
    expect(m).toContain('(et 3 autres)');
  });

  it('refuses a file over 1 MB before parsing it, and accepts one just under', () => {
    const pad = (n: number) => file({ 'elan.caf.fr': {} }).replace('{', `{"x":"${'a'.repeat(n)}",`);
    const base = pad(0).length;
    const under = pad(MAX_FIELD_MAP_BYTES - base - 10);
    const over = pad(MAX_FIELD_MAP_BYTES - base + 10);
    expect(parse(under).ok).toBe(true);
    expect(message(parse(over))).toMatch(/^Fichier trop volumineux \(plus de 1 Mo\)/);
    // Multi-byte characters count as their UTF-8 size.
    const accents = pad(0).replace('"x":""', `"x":"${'é'.repeat(MAX_FIELD_MAP_BYTES / 2)}"`);
    expect(accents.length).toBeLessThan(MAX_FIELD_MAP_BYTES);
    expect(message(parse(accents))).toMatch(/^Fichier trop volumineux/);
  });

  it('fuzzed: any text gives a file or a French message, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parse(text);
        if (!r.ok) expect(r.message).toMatch(/rien n’a été importé/);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a `__proto__` key, which the schema alone would drop without a word', () => {
    expect(message(parse(file({ 'elan.caf.fr': JSON.parse('{"__proto__":"#a"}') })))).toBe(
      'Ce fichier n’est pas une correspondance de champs « clas-field-map/1 » valide ; rien n’a été importé. sites › elan.caf.fr › __proto__ : champ du dossier inconnu, ou collectif au-delà du 200e.',
    );
  });

  it('fuzzed: a map is accepted exactly when every path is known', () => {
    const known = fc.constantFrom(...DOSSIER_LEAF_PATHS);
    const indexed = fc
      .tuple(fc.integer({ min: 0, max: 2000 }), fc.constantFrom('children', 'name', 'staff'))
      .map(([i, f]) => `collectives[${i}].${f}`);
    const path = fc.oneof(known, indexed, fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.dictionary(path, fc.constant('#a'), { maxKeys: 6 }), (overrides) => {
        const r = parse(file({ 'elan.caf.fr': overrides }));
        expect(r.ok).toBe(Object.keys(overrides).every(isKnownOverridePath));
        if (r.ok) expect(r.file.sites['elan.caf.fr']).toEqual(overrides);
      }),
      { numRuns: 1000 },
    );
  });
});

/** `browser.storage.local` as the extension sees it (WXT's fake browser, emptied per test). */
const local = () => fakeBrowser.storage.local;

describe('writing an imported map', () => {
  const map: FieldMapFile = {
    format: 'clas-field-map/1',
    sites: {
      'elan.caf.fr': { 'budget.msa': '#msa' },
      'nouveau-portail.caf.fr': { 'collectives[].children': '.c input' },
    },
  };
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('adds to each site’s taught fields and keeps its other settings', async () => {
    await local().set({
      'site:elan.caf.fr': {
        enabled: false,
        collapsed: true,
        side: 'left',
        overrides: { 'budget.msa': '#old', 'carrier.name': '#nom' },
      },
    });
    expect(await importFieldMap(map)).toEqual({ ok: true, count: 2 });
    const data = await local().get(null);
    expect(data['site:elan.caf.fr']).toEqual({
      enabled: false,
      collapsed: true,
      side: 'left',
      overrides: { 'budget.msa': '#msa', 'carrier.name': '#nom' },
    });
    expect(data['site:nouveau-portail.caf.fr']).toMatchObject({
      enabled: true,
      overrides: { 'collectives[].children': '.c input' },
    });
    expect(await getSite('nouveau-portail.caf.fr')).toMatchObject({
      overrides: { 'collectives[].children': '.c input' },
    });
  });

  it('writes every site in one call, and nothing when the storage is full, and says so', async () => {
    await local().set({ 'site:elan.caf.fr': { overrides: { 'budget.msa': '#old' } } });
    const before = await local().get(null);
    const set = vi.spyOn(local(), 'set');
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const r = await importFieldMap(map);
    expect(r).toEqual({
      ok: false,
      message:
        'Stockage de l’extension plein : rien n’a été importé. Retirez des correspondances inutiles, puis réessayez.',
    });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object)).toEqual([
      'site:elan.caf.fr',
      'site:nouveau-portail.caf.fr',
    ]);
    expect(await local().get(null)).toEqual(before);
    set.mockRejectedValueOnce(new Error('IO error'));
    expect(await importFieldMap(map)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^L’import n’a pas pu être enregistré \(IO error\) : rien/),
    });
  });

  it('a damaged site record (null, a string) reads as the defaults instead of crashing', () => {
    const sites = sitesOf({
      'site:a.fr': null,
      'site:b.fr': 'x',
      'site:c.fr': { overrides: { 'budget.msa': 3, 'carrier.name': '#n' } },
      settings: {},
    });
    expect(Object.keys(sites)).toEqual(['a.fr', 'b.fr', 'c.fr']);
    expect(sites['a.fr']).toEqual({
      enabled: true,
      collapsed: false,
      side: 'right',
      overrides: {},
    });
    expect(sites['c.fr']!.overrides).toEqual({ 'carrier.name': '#n' });
  });

  it('fieldLabel names own fields only (constructor is not Object)', () => {
    expect(fieldLabel('constructor')).toBe('constructor');
    expect(fieldLabel('__proto__')).toBe('__proto__');
    expect(fieldLabel('collectives[0].constructor')).toBe('collectives[0].constructor');
    expect(fieldLabel('budget.msa')).toBe('Ligne MSA du budget');
    expect(fieldLabel('collectives[2].children')).toBe('Collectif 3 : nombre d’enfants');
  });
});
