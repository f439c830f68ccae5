import { describe, expect, it } from 'vitest';
import { evaluate } from '../../rules/evaluate';
import { formatDateFr } from '../../rules/format-fr';
import { deadlineText } from '../../rules/report-text';

// §4 gives some dates only to the month: « en septembre 2025 », « octobre 2025 ». They stay
// months (`2025-09`), shown « septembre 2025 », due until the month's last day.

const at = (checkedOn: string) =>
  evaluate({ format: 'clas-dossier/1', checkedOn, carrier: { fundedLastYear: true } }).deadlines;

describe('deadlines known only to the month', () => {
  it('are months in the report, with no invented day', () => {
    const list = at('2025-07-10');
    expect(list.map((d) => [d.label, d.date])).toEqual([
      ['Ouverture du dépôt des dossiers Clas 2025-2026', '2025-06-20'],
      ['Clôture du dépôt des dossiers Clas 2025-2026', '2025-07-31'],
      ['Bilan Clas 2024-2025 (MonComptePartenaire)', '2025-07-31'],
      ['Questionnaire Sphinx (lien sur MonComptePartenaire)', '2025-09'],
      ['Comité départemental Clas (pour information)', '2025-10'],
      ['Passage dans les instances décisionnaires (pour information)', '2025-11'],
    ]);
    expect(formatDateFr('2025-09')).toBe('septembre 2025');
    expect(formatDateFr('2025-08-01')).toBe('1er août 2025');
  });

  it('count their days to the month’s last day, and say so in words', () => {
    const sphinx = (day: string) => at(day).find((d) => d.date === '2025-09')!;
    expect(sphinx('2025-07-10').daysLeft).toBe(82); // to 30 September
    expect(deadlineText(sphinx('2025-07-10'))).toBe('le mois commence dans 53 jours');
    expect(deadlineText(sphinx('2025-08-31'))).toBe('le mois commence dans 1 jour');
    expect(deadlineText(sphinx('2025-09-01'))).toBe('ce mois-ci (encore 30 jours)');
    expect(deadlineText(sphinx('2025-09-29'))).toBe('ce mois-ci (encore 2 jours)');
    expect(deadlineText(sphinx('2025-09-30'))).toBe('ce mois-ci (dernier jour)');
    expect(sphinx('2025-10-01').daysLeft).toBe(-1);
    expect(deadlineText(sphinx('2025-10-03'))).toBe('passée (mois terminé depuis 3 jours)');
  });

  it('a day stays a day', () => {
    const close = at('2025-07-10').find((d) => d.date === '2025-07-31')!;
    expect(close.daysLeft).toBe(21);
    expect(deadlineText(close)).toBe('dans 21 jours');
  });

  it('the bilan and Sphinx are left out for a carrier not funded last year', () => {
    const list = evaluate({
      format: 'clas-dossier/1',
      checkedOn: '2025-07-10',
      carrier: { fundedLastYear: false },
    }).deadlines;
    expect(list.map((d) => d.date)).toEqual(['2025-06-20', '2025-07-31', '2025-10', '2025-11']);
  });
});
