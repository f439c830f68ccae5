import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierIdentity } from '../../portals/dossier-identity';
import { createStepKeeper, type SendSteps } from '../../session/step-keeper';
import { mergeSteps, type StepPage } from '../../session/steps';
import {
  createStepsRouter,
  createStepsStore,
  MAX_RECORDS,
  STEPS_KEY,
  type SessionArea,
} from '../../session/steps-store';

const FORM = 'https://elan.caf.fr/elan/demande/2025-00412';
const page = (n: number, dossier: object, found: string[], readAt = n): StepPage => ({
  address: `${FORM}/etape-${n}`,
  step: { number: n },
  dossier: { format: 'clas-dossier/1', ...dossier },
  found,
  readAt,
});

const step1 = page(1, { portal: 'elan', carrier: { name: 'La Passerelle' } }, [
  'portal',
  'carrier.name',
]);
const step2 = page(2, { portal: 'elan', axes: { children: true } }, [
  'portal',
  'axes.children',
  'axes.parents',
]);
const step3 = page(3, { portal: 'elan', collectives: [{ name: 'CP', children: 10 }] }, [
  'portal',
  'collectives',
  'collectives[0].name',
  'collectives[0].children',
]);

describe('merging a dossier’s pages', () => {
  it('gives every page’s fields, marked with the step they were read at', () => {
    const m = mergeSteps(step3, [step2, step1]);
    expect(m.dossier).toEqual({
      format: 'clas-dossier/1',
      portal: 'elan',
      carrier: { name: 'La Passerelle' },
      axes: { children: true },
      collectives: [{ name: 'CP', children: 10 }],
    });
    expect(m.found.sort()).toEqual(
      [
        'portal',
        'carrier.name',
        'axes.children',
        'axes.parents',
        'collectives',
        'collectives[0].name',
        'collectives[0].children',
      ].sort(),
    );
    expect(m.from['carrier.name']).toEqual({ number: 1 });
    expect(m.from['axes.parents']).toEqual({ number: 2 });
    expect(m.from['collectives[0].children']).toBeUndefined(); // this page's
    expect(m.from.portal).toBeUndefined();
    expect(m.pages.map((p) => [p.step.number, p.current])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('lets the current page win, an empty field included', () => {
    const again = page(2, { portal: 'elan', axes: {} }, ['portal', 'axes.children'], 9);
    const m = mergeSteps({ ...again, address: step2.address }, [step1, step2]);
    expect(m.dossier.axes).toEqual({});
    expect(m.found).toContain('axes.children');
    expect(m.from['axes.children']).toBeUndefined();
    // The same address read again is the same page: its earlier reading is replaced.
    expect(m.found).not.toContain('axes.parents');
  });

  it('takes the collectives as one block, from the latest page that read them', () => {
    const later = page(5, { portal: 'elan', collectives: [{ name: 'A' }, { name: 'B' }] }, [
      'collectives',
      'collectives[0].name',
      'collectives[1].name',
    ]);
    const m = mergeSteps(step1, [step3, later]);
    expect(m.dossier.collectives).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(m.found).not.toContain('collectives[0].children');
    expect(m.from['collectives[1].name']).toEqual({ number: 5 });
  });
});

function memoryArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

const ELAN = 'https://elan.caf.fr';
const numbered: DossierIdentity = { portal: 'elan', number: '2025-00412' };

describe('the session’s memory of dossiers', () => {
  it('gives a page the other pages of its dossier, and only them', async () => {
    const store = createStepsStore(memoryArea());
    expect(await store.put(ELAN, { ...numbered, carrier: 'La Passerelle' }, step1)).toEqual([]);
    expect(await store.put(ELAN, numbered, step2)).toEqual([step1]);
    expect(await store.put(ELAN, { portal: 'elan', number: '2025-00999' }, step3)).toEqual([]);
    expect(await store.put(ELAN, { portal: 'elan', carrier: 'la passerelle' }, step3)).toEqual([
      step1,
      step2,
    ]);
    // Another origin never sees them, even naming the same dossier.
    expect(await store.put('https://evil.example', numbered, step3)).toEqual([]);
  });

  it('forgets a dossier, and keeps the most recent ones when there are many', async () => {
    const area = memoryArea();
    let clock = 0;
    const store = createStepsStore(area, () => ++clock);
    await store.put(ELAN, numbered, step1);
    await store.forget(ELAN, numbered);
    expect(await store.put(ELAN, numbered, step2)).toEqual([]);
    for (let i = 0; i < MAX_RECORDS + 5; i++)
      await store.put(ELAN, { portal: 'elan', number: `N-${1000 + i}` }, step1);
    expect((area.data[STEPS_KEY] as unknown[]).length).toBe(MAX_RECORDS);
  });

  it('renames the record of a page whose name is being typed', async () => {
    const area = memoryArea();
    const store = createStepsStore(area);
    await store.put(ELAN, { portal: 'elan', carrier: 'La Pass' }, step1);
    await store.put(ELAN, { portal: 'elan', carrier: 'La Passerelle' }, step1, {
      portal: 'elan',
      carrier: 'La Pass',
    });
    const records = area.data[STEPS_KEY] as { identity: DossierIdentity }[];
    expect(records.map((r) => r.identity.carrier)).toEqual(['La Passerelle']);
  });

  it('answers only a portal page, with a valid page', async () => {
    const handle = createStepsRouter(createStepsStore(memoryArea()));
    const put = { type: 'clas:steps-put', identity: numbered, page: step1 };
    expect(await handle(put, `${FORM}/etape-1`)).toEqual({ ok: true, pages: [] });
    expect(await handle(put, 'chrome-extension://abc/panel.html')).toMatchObject({ ok: false });
    expect(await handle(put, undefined)).toMatchObject({ ok: false });
    expect(
      await handle({ ...put, page: { ...step1, dossier: { format: 'autre' } } }, FORM),
    ).toMatchObject({ ok: false });
    expect(await handle({ ...put, identity: { portal: 'elan' } }, FORM)).toMatchObject({
      ok: false,
    });
    expect(
      await handle({ type: 'clas:steps-forget', identity: numbered }, `${FORM}/etape-1`),
    ).toEqual({ ok: true });
  });
});

describe('the content script’s keeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at once for a new dossier, then at most once per interval, the last reading last', async () => {
    const sent: unknown[] = [];
    const others: StepPage[][] = [];
    const send: SendSteps = async (r) => {
      sent.push(r);
      return { ok: true, pages: [step1] };
    };
    const keeper = createStepKeeper(send, (p) => others.push(p), 500);
    keeper.keep(numbered, step2);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(others.at(-1)).toEqual([step1]);
    for (let i = 0; i < 5; i++) keeper.keep(numbered, { ...step2, readAt: 10 + i });
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect((sent[1] as { page: StepPage }).page.readAt).toBe(14);
    keeper.keep(numbered, { ...step2, readAt: 20 });
    keeper.flush();
    expect(sent).toHaveLength(3);
  });

  it('keeps nothing for a page of no known dossier, and forgets on request', async () => {
    const sent: { type: string }[] = [];
    const others: StepPage[][] = [];
    const keeper = createStepKeeper(
      async (r) => (sent.push(r), { ok: true, pages: [] }),
      (p) => others.push(p),
    );
    keeper.keep(undefined, step1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    keeper.keep(numbered, step1);
    await vi.advanceTimersByTimeAsync(0);
    await keeper.forget();
    expect(sent.map((r) => r.type)).toEqual(['clas:steps-put', 'clas:steps-forget']);
    expect(others.at(-1)).toEqual([]);
  });
});
