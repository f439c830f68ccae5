import { formatDateFr } from '../format-fr';
import { finding, isRenewal, type Check } from './context';

/**
 * §2, §4: the dossier is deposited inside the campaign's window, both days included. Judged on
 * the deposit date when the dossier gives it (an instructor checks in September a dossier
 * deposited in July), else on the reference date.
 */
export const depositWindow: Check = ({ dossier: d, campaign: p, checkedOn }) => {
  const deposited = d.depositedOn;
  const day = deposited ?? checkedOn;
  const field = deposited !== undefined ? 'depositedOn' : 'checkedOn';
  const window = `du ${formatDateFr(p.depositOpens)} au ${formatDateFr(p.depositCloses)}`;
  if (day > p.depositCloses) {
    const when =
      deposited !== undefined
        ? `le dossier a été déposé le ${formatDateFr(deposited)}, après la clôture`
        : `au ${formatDateFr(checkedOn)}, le dépôt est clos`;
    return [
      finding(
        'deposit.window',
        `Le dépôt des dossiers Clas ${p.campaign} était ouvert ${window} : ${when}. Selon la note, une demande déposée hors délai ne sera plus instruite : contactez le Pôle partenaires de la Caf.`,
        field,
        'blocking',
      ),
    ];
  }
  if (day < p.depositOpens) {
    const when =
      deposited !== undefined
        ? `la date de dépôt indiquée (${formatDateFr(deposited)}) précède l’ouverture`
        : `le dépôt n’ouvre que le ${formatDateFr(p.depositOpens)}`;
    return [
      finding(
        'deposit.window',
        `Le dépôt des dossiers Clas ${p.campaign} est ouvert ${window} : ${when}. Préparez le dossier, mais déposez-le dans cette période.`,
        field,
        'warning',
      ),
    ];
  }
  return [];
};

/**
 * §2, §4: first requests and first renewals are deposited on Elan; only carriers already under a
 * multi-year agreement (« porteurs agréés pour 3 ans ») declare on MonComptePartenaire. When the
 * dossier does not say whether an agreement is in force, a renewal's platform cannot be judged.
 */
export const portalChannel: Check = ({ dossier: d, campaign: p }) => {
  const situation = d.carrier?.situation;
  const inForce = d.carrier?.agreementInForce;
  if (d.portal === 'mcp') {
    if (situation === 'first-request') {
      return [
        finding(
          'portal.channel',
          'Une première demande se dépose sur la plateforme Elan, pas sur MonComptePartenaire : complétez le dossier de demande d’agrément sur Elan.',
          'carrier.situation',
        ),
      ];
    }
    if (isRenewal(d) && inForce === false) {
      return [
        finding(
          'portal.channel',
          'Un premier renouvellement, sans agrément pluriannuel en cours, se dépose sur la plateforme Elan : MonComptePartenaire est réservé aux porteurs déjà agréés pour plusieurs années. Déposez le dossier sur Elan.',
          'carrier.agreementInForce',
        ),
      ];
    }
  }
  if (d.portal === 'elan' && situation === 'renewal-unchanged' && inForce === true) {
    return [
      finding(
        'portal.channel',
        `Vous êtes déjà agréé pour plusieurs années et poursuivez le projet sans changement : saisissez les données prévisionnelles ${p.forecastYear} sur MonComptePartenaire, pas sur Elan, et envoyez le document au Pôle partenaires de la Caf.`,
        'carrier.agreementInForce',
      ),
    ];
  }
  return [];
};
