import { finding, isBlank, type Check } from './context';

/** §3.1: a bonus needs a project that goes beyond the PS Clas: say how. */
export const bonusChildrenJustification: Check = ({ dossier: d }) =>
  d.bonuses?.children?.requested === true && isBlank(d.bonuses.children.justification)
    ? [
        finding(
          'bonus.children.justification',
          'Le bonus « enfants » est demandé sans justification : décrivez le projet culturel ou éducatif qui va au-delà du socle de la PS Clas (intervenants, sorties, matériel…).',
          'bonuses.children.justification',
        ),
      ]
    : [];

export const bonusParentsJustification: Check = ({ dossier: d }) =>
  d.bonuses?.parents?.requested === true && isBlank(d.bonuses.parents.justification)
    ? [
        finding(
          'bonus.parents.justification',
          'Le bonus « parents » est demandé sans justification : décrivez les actions de soutien à la parentalité qui vont au-delà du socle de la PS Clas.',
          'bonuses.parents.justification',
        ),
      ]
    : [];
