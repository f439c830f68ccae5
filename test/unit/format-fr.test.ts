import { describe, expect, it } from 'vitest';
import { formatCents, formatDateFr, NBSP } from '../../rules/format-fr';

const plain = (s: string) => s.replaceAll(NBSP, ' ');

describe('French formatting', () => {
  it.each([
    [275828, '2 758,28 €'],
    [3283, '32,83 €'],
    [0, '0,00 €'],
    [5, '0,05 €'],
    [100000, '1 000,00 €'],
    [123456789, '1 234 567,89 €'],
    [-195000, '−1 950,00 €'],
  ])('%i cents → %s', (cents, text) => expect(plain(formatCents(cents))).toBe(text));

  it('keeps amounts on one line with no-break spaces', () => {
    expect(formatCents(275828)).toBe(`2${NBSP}758,28${NBSP}€`);
  });

  it.each([
    ['2025-07-31', '31 juillet 2025'],
    ['2025-08-01', '1er août 2025'],
    ['2025-06-20', '20 juin 2025'],
    ['2026-02-14', '14 février 2026'],
    ['2025-12-25', '25 décembre 2025'],
  ])('%s → %s', (iso, text) => expect(formatDateFr(iso)).toBe(text));
});
