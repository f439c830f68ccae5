import { formatCents } from '../format-fr';
import { collectiveLabel, finding, type Check } from './context';

/** §3.1: the PS Clas is computed per group of children; a dossier needs at least one. */
export const collectivesNone: Check = ({ dossier: d, campaign: p }) =>
  (d.collectives ?? []).length === 0
    ? [
        finding(
          'collectives.none',
          `Aucun collectif n’est déclaré : ajoutez au moins un groupe de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants.`,
          'collectives',
        ),
      ]
    : [];

export const collectivesNoneEligible: Check = ({ dossier: d, campaign: p, funding }) =>
  (d.collectives ?? []).length > 0 && funding.eligibleCollectives === 0
    ? [
        finding(
          'collectives.none-eligible',
          `Aucun collectif ne compte entre ${p.groupMinChildren} et ${p.groupMaxChildren} enfants : le projet ne peut pas recevoir la PS Clas. Ajustez l’effectif d’au moins un groupe.`,
          'collectives',
        ),
      ]
    : [];

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
export const collectiveSize: Check = ({ dossier: d, campaign: p }) =>
  (d.collectives ?? []).flatMap((c, i) => {
    if (c.children === undefined) return [];
    const label = collectiveLabel(d, i);
    const field = `collectives[${i}].children`;
    const { groupMinChildren: min, groupMaxChildren: max } = p;
    if (c.children < min) {
      return [
        finding(
          'collective.size',
          `Le collectif ${label} compte ${c.children} enfant${c.children > 1 ? 's' : ''} : seuls les groupes de ${min} à ${max} enfants sont retenus pour la PS Clas. À partir de ${min} enfants, il le serait.`,
          field,
        ),
      ];
    }
    if (c.children > max) {
      const fix = canSplit(c.children, min, max)
        ? `Ramenez l’effectif à ${max} enfants, ou répartissez-les en plusieurs groupes de ${min} à ${max} enfants, chacun compté à part.`
        : `Ramenez l’effectif à ${max} enfants : avec ${c.children} enfants, il n’est pas possible de former deux groupes d’au moins ${min}.`;
      return [
        finding(
          'collective.size',
          `Le collectif ${label} compte ${c.children} enfants : au-delà de ${max}, il n’est pas retenu pour la PS Clas (valeur maximale de la PS Clas : ${formatCents(p.psMaximumCents)} par groupe retenu). ${fix}`,
          field,
        ),
      ];
    }
    return [];
  });

/** Introduction (national page): children from CP to Terminale. */
export const collectiveLevels: Check = ({ dossier: d, campaign: p }) =>
  (d.collectives ?? []).flatMap((c, i) => {
    const outside = (c.levels ?? []).filter((l) => !p.schoolLevels.includes(l));
    if (outside.length === 0) return [];
    return [
      finding(
        'collective.levels',
        `Le collectif ${collectiveLabel(d, i)} indique ${outside.map((l) => `« ${l} »`).join(', ')} : le Clas s’adresse aux enfants du CP à la Terminale (${p.schoolLevels.join(', ')}).`,
        `collectives[${i}].levels`,
      ),
    ];
  });

/** National page: each group is supervised by 2 people, professionals and/or volunteers. */
export const collectiveStaff: Check = ({ dossier: d, campaign: p }) =>
  (d.collectives ?? []).flatMap((c, i) =>
    c.staff !== undefined && c.staff < p.groupMinStaff
      ? [
          finding(
            'collective.staff',
            `Le collectif ${collectiveLabel(d, i)} est encadré par ${c.staff} intervenant${c.staff > 1 ? 's' : ''} : chaque groupe d’enfants doit être encadré par au moins ${p.groupMinStaff} intervenants professionnels et/ou bénévoles.`,
            `collectives[${i}].staff`,
          ),
        ]
      : [],
  );
