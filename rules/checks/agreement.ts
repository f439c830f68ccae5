import { formatDateFr } from '../format-fr';
import { finding, type Check } from './context';

const isRenewal = (d: Parameters<Check>[0]['dossier']): boolean =>
  d.carrier?.situation === 'renewal-unchanged' ||
  d.carrier?.situation === 'renewal-changed' ||
  d.carrier?.fundedLastYear === true;

/** §2: a carrier who already runs a Clas must opt for the pluriannual agreement. */
export const pluriannualRequired: Check = ({ dossier: d, campaign: p }) =>
  isRenewal(d) && d.carrier?.pluriannual !== true
    ? [
        finding(
          'pluriannual.required',
          `Vous portez déjà un Clas : vous devez opter pour la pluriannualité (campagnes ${p.campaign} et suivante). Cochez le choix pluriannuel.`,
          'carrier.pluriannual',
        ),
      ]
    : [];

/** §2: a first request is agreed for one year only. */
export const pluriannualFirstRequest: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.situation === 'first-request' && d.carrier.pluriannual === true
    ? [
        finding(
          'pluriannual.first-request',
          `Une première demande n’est conventionnée que pour une année (${p.campaign}) : la pluriannualité ne s’applique pas. Décochez le choix pluriannuel.`,
          'carrier.pluriannual',
        ),
      ]
    : [];

/** §2 « Important »: funded last year means a bilan, or the request is not considered. */
export const bilanRequired: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.fundedLastYear === true && d.attachments?.previousBilan !== true
    ? [
        finding(
          'bilan.required',
          `Vous avez été financé en ${p.previousCampaign} : joignez le bilan Clas ${p.previousCampaign}. Sans ce bilan, la demande ne sera pas prise en compte.`,
          'attachments.previousBilan',
        ),
      ]
    : [];

/** §2: a renewal with changes comes with the « Ajustement » document. */
export const adjustmentDocument: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.situation === 'renewal-changed' && d.attachments?.adjustmentDocument !== true
    ? [
        finding(
          'adjustment.document',
          `Votre projet change par rapport à ${p.previousCampaign} : complétez le document « Projet ${p.campaign} – Ajustement du projet ${p.previousCampaign} » et joignez-le.`,
          'attachments.adjustmentDocument',
        ),
      ]
    : [];

/** §1, §4: funded carriers fill in the Sphinx questionnaire in September. */
export const sphinxRequired: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.fundedLastYear === true && d.sphinxCompleted !== true
    ? [
        finding(
          'sphinx.required',
          `Le questionnaire Sphinx (lien sur MonComptePartenaire) est obligatoire : à compléter au plus tard le ${formatDateFr(p.sphinxDue)}.`,
          'sphinxCompleted',
        ),
      ]
    : [];
