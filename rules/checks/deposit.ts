import { formatDateFr } from '../format-fr';
import { all, finding, given, renewal, verdict, type Check, type CheckContext } from './context';

/**
 * §2, §4: the dossier is deposited inside the campaign's window, both days included. Judged on
 * the deposit date when the dossier gives it (an instructor checks in September a dossier
 * deposited in July), else on the reference date.
 */
export const depositWindow: Check = (ctx) => ({ findings: depositFindings(ctx), waits: [] });

/** Never waiting: without a deposit date, the reference date is the day judged. */
function depositFindings({ dossier: d, campaign: p, checkedOn }: CheckContext) {
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
}

/**
 * §2, §4: first requests and first renewals are deposited on Elan; only carriers already under a
 * multi-year agreement (« porteurs agréés pour 3 ans ») declare on MonComptePartenaire. When the
 * dossier does not say whether an agreement is in force, a renewal's platform cannot be judged;
 * on a page that has not shown it yet, the rule waits for it when it would decide.
 */
export const portalChannel: Check = (ctx) => {
  const d = ctx.dossier;
  const situation = (is: string) =>
    given(ctx, 'carrier.situation', () => d.carrier?.situation === is);
  const inForce = (is: boolean) =>
    given(ctx, 'carrier.agreementInForce', () => d.carrier?.agreementInForce === is);
  if (d.portal === 'mcp') {
    const first = situation('first-request');
    if (first === true)
      return verdict(true, () =>
        finding(
          'portal.channel',
          'Une première demande se dépose sur la plateforme Elan, pas sur MonComptePartenaire : complétez le dossier de demande d’agrément sur Elan.',
          'carrier.situation',
        ),
      );
    const firstRenewal = all(renewal(ctx), inForce(false));
    // While the situation is unknown, the rule waits for it even if the other wording would
    // fire: a first request has its own message, on its own field.
    if (first !== false) {
      const waits = [
        ...first.waits,
        ...(typeof firstRenewal === 'object' ? firstRenewal.waits : []),
      ];
      return verdict({ waits }, () => []);
    }
    return verdict(firstRenewal, () =>
      finding(
        'portal.channel',
        'Un premier renouvellement, sans agrément pluriannuel en cours, se dépose sur la plateforme Elan : MonComptePartenaire est réservé aux porteurs déjà agréés pour plusieurs années. Déposez le dossier sur Elan.',
        'carrier.agreementInForce',
      ),
    );
  }
  if (d.portal === 'elan')
    return verdict(all(situation('renewal-unchanged'), inForce(true)), () =>
      finding(
        'portal.channel',
        `Vous êtes déjà agréé pour plusieurs années et poursuivez le projet sans changement : saisissez les données prévisionnelles ${ctx.campaign.forecastYear} sur MonComptePartenaire, pas sur Elan, et envoyez le document au Pôle partenaires de la Caf.`,
        'carrier.agreementInForce',
      ),
    );
  // Another site: no channel to judge, once the portal is known.
  return verdict(
    given(ctx, 'portal', () => false),
    () => [],
  );
};
