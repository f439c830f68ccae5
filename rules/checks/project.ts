import { AXES, DESCRIPTIONS, type Axis, type DescriptionKey } from '../dossier-fields';
import { combine, finding, given, isBlank, verdict, type Check } from './context';

export const AXIS_LABELS: Record<Axis, string> = {
  children: 'auprès des enfants et des jeunes',
  parents: 'auprès et avec les parents',
  school: 'de concertation et de coordination avec l’école',
  territory: 'de concertation et de coordination avec les acteurs du territoire',
};

export const DESCRIPTION_LABELS: Record<DescriptionKey, string> = {
  childrenActions: 'les actions conduites avec les enfants',
  parentActions: 'les actions projetées avec et pour les parents',
  schoolRelations: 'les relations avec les établissements scolaires',
  localResources: 'la mobilisation des ressources du proche environnement',
  organisation: 'l’organisation pratique du projet',
  evaluation: 'les critères d’évaluation',
};

/** §3.1: actions on the four axes, cumulatively; one finding per missing axis. */
export const axesFour: Check = (ctx) =>
  combine(
    AXES.map((axis) =>
      verdict(
        given(ctx, `axes.${axis}`, () => ctx.dossier.axes?.[axis] !== true),
        () =>
          finding(
            'axes.four',
            `L’axe d’intervention ${AXIS_LABELS[axis]} n’est pas prévu : les quatre axes sont obligatoires pour la PS Clas. Prévoyez des actions sur cet axe.`,
            `axes.${axis}`,
          ),
      ),
    ),
  );

/** §2: the dossier describes the four kinds of actions, its practical organisation and evaluation. */
export const descriptionMissing: Check = (ctx) =>
  combine(
    DESCRIPTIONS.map((key) =>
      verdict(
        given(ctx, `descriptions.${key}`, () => isBlank(ctx.dossier.descriptions?.[key])),
        () =>
          finding(
            'description.missing',
            `Décrivez ${DESCRIPTION_LABELS[key]} : cette description est vide.`,
            `descriptions.${key}`,
          ),
      ),
    ),
  );
