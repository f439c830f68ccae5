import { fixtures } from '../mock-portals/fixtures';
import { renderElanForm } from '../mock-portals/elan-form';

/**
 * The Elan form's collectives step where the children and staff fields carry labels that mean
 * nothing (« Champ A », « Champ B »): the reader cannot know them, so the person teaches them.
 * (« Effectif accueilli » or « Intervenants mobilisés » are read by meaning.)
 */
export function formWithMeaninglessLabels(): string {
  return renderElanForm(fixtures.receivable, { step: 3, unknownLabels: true })
    .replaceAll('Effectif accueilli', 'Champ A')
    .replaceAll('Intervenants mobilisés', 'Champ B');
}
