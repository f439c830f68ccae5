import { formatDateFr } from '../format-fr';
import { finding, type Check } from './context';

/** §2, §4: the dossier is deposited between 20 June and 31 July 2025, both included. */
export const depositWindow: Check = ({ campaign: p, checkedOn }) => {
  const window = `du ${formatDateFr(p.depositOpens)} au ${formatDateFr(p.depositCloses)}`;
  if (checkedOn > p.depositCloses) {
    return [
      finding(
        'deposit.window',
        `Le dépôt des dossiers Clas ${p.campaign} était ouvert ${window} : au ${formatDateFr(checkedOn)}, une demande déposée hors délai n’est plus recevable. Contactez le Pôle partenaires de la Caf.`,
        'checkedOn',
        'blocking',
      ),
    ];
  }
  if (checkedOn < p.depositOpens) {
    return [
      finding(
        'deposit.window',
        `Le dépôt n’ouvre que le ${formatDateFr(p.depositOpens)} (période ${window}) : préparez le dossier, mais déposez-le dans cette période.`,
        'checkedOn',
        'warning',
      ),
    ];
  }
  return [];
};

/** §2, §4: first requests go on Elan; unchanged renewals are declared on MonComptePartenaire. */
export const portalChannel: Check = ({ dossier: d }) => {
  const situation = d.carrier?.situation;
  if (situation === 'renewal-unchanged' && d.portal === 'elan') {
    return [
      finding(
        'portal.channel',
        'Un renouvellement sans changement se déclare sur MonComptePartenaire (données prévisionnelles 2025), pas sur Elan : vérifiez la plateforme utilisée.',
        'carrier.situation',
      ),
    ];
  }
  if (situation === 'first-request' && d.portal === 'mcp') {
    return [
      finding(
        'portal.channel',
        'Une première demande se dépose sur la plateforme Elan, pas sur MonComptePartenaire : déposez le dossier de demande d’agrément sur Elan.',
        'carrier.situation',
      ),
    ];
  }
  return [];
};
