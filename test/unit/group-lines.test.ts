/** A group told in one line (portals/group-lines.ts): what is split, and what is left alone. */
import { describe, expect, it } from 'vitest';
import { groupLineParts } from '../../portals/group-lines';

describe('groupLineParts', () => {
  it('splits « Groupe 1 : nom – N enfants – niveaux – N intervenants » by unit and shape', () => {
    expect(
      groupLineParts('Groupe 1', 'Les Lucioles – 10 enfants – CP, CE1 – 2 intervenants'),
    ).toEqual([
      { label: 'Groupe 1 : nom', text: 'Les Lucioles' },
      { label: 'Groupe 1 : enfants', text: '10' },
      { label: 'Groupe 1 : niveaux', text: 'CP, CE1' },
      { label: 'Groupe 1 : intervenants', text: '2' },
    ]);
  });

  it('reads a name with a digit in it, an amount, and skips what says nothing clear', () => {
    expect(
      groupLineParts('Collectif n°3', 'Passerelle 6e - 8 élèves - le mardi - 4 500 €'),
    ).toEqual([
      { label: 'Collectif n°3 : nom', text: 'Passerelle 6e' },
      { label: 'Collectif n°3 : enfants', text: '8' },
      { label: 'Collectif n°3 : dépenses', text: '4 500 €' },
    ]);
  });

  it('leaves alone a label that is not a numbered group, or a line with one clear part', () => {
    expect(groupLineParts('Total', '5 groupes – 49 enfants – 10 intervenants')).toBeNull();
    expect(groupLineParts('Groupe 2', 'Les Colibris')).toBeNull();
    expect(groupLineParts('Groupe 2', 'Les Colibris – le mardi – salle B')).toBeNull();
    expect(groupLineParts('Groupe', 'Les Colibris – 10 enfants')).toBeNull();
  });
});
