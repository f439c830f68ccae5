import type { Dossier } from '../dossier';
import { all, finding, given, isBlank, verdict, type Check, type CheckContext } from './context';

type Bonus = 'children' | 'parents';

/** A bonus requested (ticked) without its justification: both fields are needed. */
const unjustified = (ctx: CheckContext, bonus: Bonus) => {
  const b = (d: Dossier) => d.bonuses?.[bonus];
  return all(
    given(ctx, `bonuses.${bonus}.requested`, () => b(ctx.dossier)?.requested === true),
    given(ctx, `bonuses.${bonus}.justification`, () => isBlank(b(ctx.dossier)?.justification)),
  );
};

/** §3.1: a bonus needs a project that goes beyond the PS Clas: say how. */
export const bonusChildrenJustification: Check = (ctx) =>
  verdict(unjustified(ctx, 'children'), () =>
    finding(
      'bonus.children.justification',
      'Le bonus « enfants » est demandé sans justification : décrivez le projet culturel ou éducatif qui va au-delà du socle de la PS Clas (intervenants, sorties, matériel…).',
      'bonuses.children.justification',
    ),
  );

export const bonusParentsJustification: Check = (ctx) =>
  verdict(unjustified(ctx, 'parents'), () =>
    finding(
      'bonus.parents.justification',
      'Le bonus « parents » est demandé sans justification : décrivez les actions de soutien à la parentalité qui vont au-delà du socle de la PS Clas.',
      'bonuses.parents.justification',
    ),
  );
