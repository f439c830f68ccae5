import type { Campaign } from './campaigns/campaign';
import { AXIS_LABELS, DESCRIPTION_LABELS } from './checks/project';
import { collectiveLabel, isBlank, isRenewal } from './checks/context';
import { formatDueFr } from './format-fr';
import type { Dossier } from './dossier';
import { AXES, DESCRIPTIONS } from './dossier-fields';
import type { ChecklistItem, Funding } from './report';

/**
 * What is still to provide or fill: one French item each, done or not. Items appear when they
 * apply to this dossier (the bilan only for a carrier funded last year, and so on).
 *
 * Some requirements of the note have no field in the dossier (the sessions held outside school
 * time, the animateurs' training when a bonus is asked, the document sent to the CAF on the
 * MonComptePartenaire route): they are listed here so nobody forgets them, never ticked, since
 * nothing in the dossier can show they are done. No rule fires for them.
 */
/** Said of an item nothing in the dossier can show done: the person confirms it. */
const SELF_CHECK = ' (à vérifier par vous-même : le dossier ne le dit pas)';

export function checklistFor(d: Dossier, p: Campaign, funding: Funding): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (item: string, done: boolean) => items.push({ item, done });
  const carrier = d.carrier;
  const renewal = isRenewal(d);

  add('Indiquer le nom de la structure porteuse', !isBlank(carrier?.name));
  add(
    'Préciser la situation : première demande ou renouvellement',
    carrier?.situation !== undefined,
  );
  add(
    `Indiquer si la structure a été financée en ${p.previousCampaign}`,
    carrier?.fundedLastYear !== undefined,
  );
  if (renewal)
    add(
      `Opter pour la pluriannualité (campagnes ${p.pluriannualCampaigns.join(', ')})`,
      carrier?.pluriannual === true,
    );

  for (const axis of AXES) add(`Prévoir des actions ${AXIS_LABELS[axis]}`, d.axes?.[axis] === true);
  for (const key of DESCRIPTIONS)
    add(`Décrire ${DESCRIPTION_LABELS[key]}`, !isBlank(d.descriptions?.[key]));

  // National CLAS page, and the note's Introduction: « hors temps scolaire ».
  add(`Organiser les séances hors temps scolaire${SELF_CHECK}`, false);

  const collectives = d.collectives ?? [];
  add(
    `Déclarer au moins un collectif de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants`,
    funding.eligibleCollectives > 0,
  );
  collectives.forEach((c, i) => {
    const missing = [
      c.children === undefined ? 'le nombre d’enfants' : '',
      (c.levels ?? []).length === 0 ? 'les niveaux scolaires' : '',
      c.staff === undefined ? 'le nombre d’encadrants' : '',
      funding.collectives[i]?.expensesCents === undefined ? 'les dépenses de fonctionnement' : '',
    ].filter(Boolean);
    add(
      missing.length === 0
        ? `Collectif ${collectiveLabel(d, i)} : effectif, niveaux, encadrants et dépenses renseignés`
        : `Collectif ${collectiveLabel(d, i)} : indiquer ${missing.join(', ')}`,
      missing.length === 0,
    );
  });

  const b = d.budget;
  add('Renseigner le total des charges du budget prévisionnel', b?.chargesTotal !== undefined);
  add('Renseigner le total des produits du budget prévisionnel', b?.productsTotal !== undefined);
  add(
    'Inscrire le montant demandé à la Caf (prestation de service Clas)',
    b?.cafRequested !== undefined,
  );

  if (d.bonuses?.children?.requested === true)
    add('Justifier le bonus « enfants »', !isBlank(d.bonuses.children.justification));
  if (d.bonuses?.parents?.requested === true)
    add('Justifier le bonus « parents »', !isBlank(d.bonuses.parents.justification));
  // §3.1: with a bonus, the animateurs take part in the departmental animation.
  if (d.bonuses?.children?.requested === true || d.bonuses?.parents?.requested === true)
    add(
      `Bonus demandé : prévoir la participation des animateurs à l’animation départementale parentalité et/ou au plan de formation proposé${SELF_CHECK}`,
      false,
    );

  const tne = d.bonuses?.tne;
  if (tne?.requested === true) {
    add('Décrire les actions du bonus parents TNE', !isBlank(tne.actions));
    add(
      'Inscrire un montant sur la ligne « Conseil départemental » du budget',
      b?.departmentalCouncil !== undefined && b.departmentalCouncil > 0,
    );
    add(
      'Joindre la fiche récapitulative du Conseil départemental',
      d.attachments?.cdRecapSheet === true,
    );
    add(
      'Indiquer si les actions TNE sont déjà financées par le Conseil départemental',
      tne.fundedByCdElsewhere !== undefined,
    );
  }
  if (d.msa?.requested === true)
    add('Préciser si le territoire est rural ou fragile (MSA)', d.msa.ruralTerritory !== undefined);
  if (d.cityContract?.requested === true)
    add(
      'Préciser la plus-value du cofinancement politique de la ville',
      !isBlank(d.cityContract.addedValue),
    );
  if (d.cityContract?.obtainedLastYear === true)
    add(
      'Inscrire le cofinancement politique de la ville au budget prévisionnel',
      b?.cityContract !== undefined && b.cityContract > 0,
    );

  if (carrier?.fundedLastYear === true) {
    add(
      `Compléter le « ${p.bilanDocument} » et l’envoyer au Pôle partenaires de la Caf`,
      d.attachments?.previousBilan === true,
    );
    add(
      `Compléter le questionnaire Sphinx ${formatDueFr(p.sphinxDue)}`,
      d.sphinxCompleted === true,
    );
  }
  if (carrier?.situation === 'renewal-changed')
    add(
      `Compléter le document « ${p.adjustmentDocument} » et le renvoyer au Pôle partenaires de la Caf`,
      d.attachments?.adjustmentDocument === true,
    );
  // §4: on the MonComptePartenaire route, « envoi du document au Pôle Partenaires de la Caf ».
  if (d.portal === 'mcp' || (renewal && carrier?.agreementInForce === true))
    add(
      `Dépôt sur MonComptePartenaire : envoyer le document au Pôle partenaires de la Caf${SELF_CHECK}`,
      false,
    );
  return items;
}
