import type { Campaign } from './campaigns/campaign';
import { daysBetween } from './dates';
import type { Dossier } from './dossier';
import type { Deadline } from './report';

/** §4's calendar, as dates with the days left from the reference date (negative once past). */
export function deadlinesFor(d: Dossier, p: Campaign, checkedOn: string): Deadline[] {
  const entry = (label: string, date: string): Deadline => ({
    label,
    date,
    daysLeft: daysBetween(checkedOn, date),
  });
  const list = [
    entry(`Ouverture du dépôt des dossiers Clas ${p.campaign}`, p.depositOpens),
    entry(`Clôture du dépôt des dossiers Clas ${p.campaign}`, p.depositCloses),
  ];
  if (d.carrier?.fundedLastYear !== false) {
    list.push(entry(`Bilan Clas ${p.previousCampaign} (MonComptePartenaire)`, p.bilanDue));
    list.push(entry('Questionnaire Sphinx (lien sur MonComptePartenaire)', p.sphinxDue));
  }
  return list;
}
