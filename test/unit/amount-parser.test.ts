import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseCount } from '../../rules/amount-parser';
import { formatCents } from '../../rules/format-fr';

describe('parseAmount reads amounts as people type them', () => {
  it.each([
    ['8487', 848700],
    ['8 487,00', 848700],
    ['8.487,00 €', 848700],
    ['8487.5', 848750],
    ['2 758,28 €', 275828],
    ['2\u00a0758,28\u00a0€', 275828],
    ['2\u202f758,28\u202f€', 275828],
    ['2\u2009758,28 €', 275828],
    ['  101,00 ', 10100],
    ['0,5', 50],
    ['1.234.567', 123456700],
    ['€ 100', 10000],
    ['100 EUR', 10000],
    ['8487.01', 848701],
  ])('%j → %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['12abc', 'caractère inattendu « a »'],
    ['1,2,3', 'plusieurs virgules'],
    ['--5', 'négatif'],
    ['-5', 'négatif'],
    ['8.487', 'ambigu'],
    ['8,487.00', 'point après la virgule'],
    ['8.48.7', 'points mal placés'],
    ['12 34', 'groupes de trois chiffres'],
    ['1,234', 'deux chiffres au plus'],
    [',5', 'chiffres manquants'],
    ['1 2.000,00', 'mélangés'],
  ])('refuses %j with a reason (%s)', (text, reason) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.empty).toBe(false);
      expect(r.reason).toContain(reason);
    }
  });

  it('says an empty field is empty, not unreadable', () => {
    expect(parseAmount('  ')).toMatchObject({ ok: false, empty: true });
    expect(parseAmount('€')).toMatchObject({ ok: false, empty: true });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const r = parseAmount(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what formatCents writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(parseAmount(formatCents(cents))).toEqual({ ok: true, cents });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12],
    [' 8 ', 8],
    ['0', 0],
  ])('%j → %i', (text, value) => expect(parseCount(text)).toEqual({ ok: true, value }));
  it.each(['12abc', '3.5', '-2', 'douze', '1,5'])('refuses %j', (text) => {
    expect(parseCount(text)).toMatchObject({ ok: false, empty: false });
  });
  it('says empty is empty', () => expect(parseCount('')).toMatchObject({ ok: false, empty: true }));
});
