import type { Campaign } from './campaigns/campaign';
import { daysBetween, lastDayOf } from './dates';
import type { Dossier } from './dossier';
import type { Deadline } from './report';

/**
 * §4's calendar, with the days left from the reference date (negative once past). A date the
 * note gives only to the month (« en septembre 2025 ») keeps its month precision, `2025-09`, and
 * its days left run to the month's last day: it is due until the month is over, and never shown
 * with an invented day (docs/report-format.md).
 */
export function deadlinesFor(d: Dossier, p: Campaign, checkedOn: string): Deadline[] {
  const entry = (label: string, date: string): Deadline => ({
    label,
    date,
    daysLeft: daysBetween(checkedOn, lastDayOf(date)),
  });
  const list = [
    entry(`Ouverture du dépôt des dossiers Clas ${p.campaign}`, p.depositOpens),
    entry(`Clôture du dépôt des dossiers Clas ${p.campaign}`, p.depositCloses),
  ];
  if (d.carrier?.fundedLastYear !== false) {
    list.push(entry(`Bilan Clas ${p.previousCampaign} (MonComptePartenaire)`, p.bilanDue));
    list.push(entry('Questionnaire Sphinx (lien sur MonComptePartenaire)', p.sphinxDue));
  }
  list.push(entry('Comité départemental Clas (pour information)', p.committeeDate));
  list.push(entry('Passage dans les instances décisionnaires (pour information)', p.decisionDate));
  return list;
}
