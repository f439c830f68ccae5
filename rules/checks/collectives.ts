import { formatCents } from '../format-fr';
import { isEligible } from '../funding';
import {
  all,
  any,
  collectiveLabel,
  finding,
  given,
  givenCollective,
  not,
  perCollective,
  verdict,
  type Check,
} from './context';

/** §3.1: the PS Clas is computed per group of children; a dossier needs at least one. */
export const collectivesNone: Check = (ctx) =>
  verdict(
    given(ctx, 'collectives', () => (ctx.dossier.collectives ?? []).length === 0),
    () =>
      finding(
        'collectives.none',
        `Aucun collectif n’est déclaré : ajoutez au moins un groupe de ${ctx.campaign.groupMinChildren} à ${ctx.campaign.groupMaxChildren} enfants.`,
        'collectives',
      ),
  );

/** No collective retained: every collective's number of children must be known to say so. */
export const collectivesNoneEligible: Check = (ctx) => {
  const list = ctx.dossier.collectives ?? [];
  const someEligible = any(
    ...list.map((c, i) => givenCollective(ctx, i, 'children', () => isEligible(c, ctx.campaign))),
  );
  return verdict(
    all(
      given(ctx, 'collectives', () => list.length > 0),
      not(someEligible),
    ),
    () =>
      finding(
        'collectives.none-eligible',
        `Aucun collectif ne compte entre ${ctx.campaign.groupMinChildren} et ${ctx.campaign.groupMaxChildren} enfants : le projet ne peut pas recevoir la PS Clas. Ajustez l’effectif d’au moins un groupe.`,
        'collectives',
      ),
  );
};

/**
 * Whether `children` can be shared into groups of `min` to `max`: some number of groups k with
 * k × min ≤ children ≤ k × max. With 8 to 12, 13 to 15 children cannot (two groups need 16).
 */
export function canSplit(children: number, min: number, max: number): boolean {
  if (max <= 0) return false;
  const groups = Math.ceil(children / max);
  return groups >= 2 && groups * min <= children;
}

/** §3.1: groups of 8 to 12 children; any other size is not counted for the PS. */
export const collectiveSize: Check = (ctx) =>
  perCollective(ctx, (i) => {
    const { dossier: d, campaign: p } = ctx;
    const children = d.collectives?.[i]?.children;
    const { groupMinChildren: min, groupMaxChildren: max } = p;
    return verdict(
      givenCollective(
        ctx,
        i,
        'children',
        () => children !== undefined && (children < min || children > max),
      ),
      () => {
        const n = children!;
        const label = collectiveLabel(d, i);
        const field = `collectives[${i}].children`;
        if (n < min)
          return finding(
            'collective.size',
            `Le collectif ${label} compte ${n} enfant${n > 1 ? 's' : ''} : seuls les groupes de ${min} à ${max} enfants sont retenus pour la PS Clas. À partir de ${min} enfants, il le serait.`,
            field,
          );
        const fix = canSplit(n, min, max)
          ? `Ramenez l’effectif à ${max} enfants, ou répartissez-les en plusieurs groupes de ${min} à ${max} enfants, chacun compté à part.`
          : `Ramenez l’effectif à ${max} enfants : avec ${n} enfants, il n’est pas possible de former deux groupes d’au moins ${min}.`;
        return finding(
          'collective.size',
          `Le collectif ${label} compte ${n} enfants : au-delà de ${max}, il n’est pas retenu pour la PS Clas (valeur maximale de la PS Clas : ${formatCents(p.psMaximumCents)} par groupe retenu). ${fix}`,
          field,
        );
      },
    );
  });

/** Introduction (national page): children from CP to Terminale. */
export const collectiveLevels: Check = (ctx) =>
  perCollective(ctx, (i) => {
    const { dossier: d, campaign: p } = ctx;
    const outside = (d.collectives?.[i]?.levels ?? []).filter((l) => !p.schoolLevels.includes(l));
    return verdict(
      givenCollective(ctx, i, 'levels', () => outside.length > 0),
      () =>
        finding(
          'collective.levels',
          `Le collectif ${collectiveLabel(d, i)} indique ${outside.map((l) => `« ${l} »`).join(', ')} : le Clas s’adresse aux enfants du CP à la Terminale (${p.schoolLevels.join(', ')}).`,
          `collectives[${i}].levels`,
        ),
    );
  });

/** National page: each group is supervised by 2 people, professionals and/or volunteers. */
export const collectiveStaff: Check = (ctx) =>
  perCollective(ctx, (i) => {
    const { dossier: d, campaign: p } = ctx;
    const staff = d.collectives?.[i]?.staff;
    return verdict(
      givenCollective(ctx, i, 'staff', () => staff !== undefined && staff < p.groupMinStaff),
      () =>
        finding(
          'collective.staff',
          `Le collectif ${collectiveLabel(d, i)} est encadré par ${staff} intervenant${staff! > 1 ? 's' : ''} : chaque groupe d’enfants doit être encadré par au moins ${p.groupMinStaff} intervenants professionnels et/ou bénévoles.`,
          `collectives[${i}].staff`,
        ),
    );
  });
