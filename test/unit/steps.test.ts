import { describe, expect, it } from 'vitest';
import { mergeSteps, type StepPage } from '../../session/steps';

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
