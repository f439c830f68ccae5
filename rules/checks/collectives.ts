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

/** §3.1: groups of 8 to 12 children; any other size is not counted for the PS. */
export const collectiveSize: Check = ({ dossier: d, campaign: p }) =>
  (d.collectives ?? []).flatMap((c, i) => {
    if (c.children === undefined) return [];
    const label = collectiveLabel(d, i);
    const field = `collectives[${i}].children`;
    if (c.children < p.groupMinChildren) {
      return [
        finding(
          'collective.size',
          `Le collectif ${label} compte ${c.children} enfant${c.children > 1 ? 's' : ''} : seuls les groupes de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants sont retenus pour la PS Clas. À partir de ${p.groupMinChildren} enfants, il le serait.`,
          field,
        ),
      ];
    }
    if (c.children > p.groupMaxChildren) {
      return [
        finding(
          'collective.size',
          `Le collectif ${label} compte ${c.children} enfants : au-delà de ${p.groupMaxChildren}, il n’est pas retenu pour la PS Clas (plafond ${formatCents(p.psMaximumCents)} par groupe). Scindez-le en groupes de ${p.groupMinChildren} à ${p.groupMaxChildren} enfants.`,
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

/** National page: each group is supervised by 2 adults, salaried or volunteer. */
export const collectiveStaff: Check = ({ dossier: d, campaign: p }) =>
  (d.collectives ?? []).flatMap((c, i) =>
    c.staff !== undefined && c.staff < p.groupMinStaff
      ? [
          finding(
            'collective.staff',
            `Le collectif ${collectiveLabel(d, i)} est encadré par ${c.staff} adulte${c.staff > 1 ? 's' : ''} : chaque groupe doit l’être par ${p.groupMinStaff} intervenants au moins (salariés ou bénévoles).`,
            `collectives[${i}].staff`,
          ),
        ]
      : [],
  );
