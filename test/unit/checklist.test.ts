import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';

// Requirements of the note with no dossier field are listed, never ticked (point 8 of issue 9).
const items = (d: Partial<Dossier>) =>
  evaluate({ format: 'clas-dossier/1', checkedOn: '2025-07-10', ...d }).checklist;
const find = (d: Partial<Dossier>, words: string) => items(d).filter((c) => c.item.includes(words));
const SELF = '(à vérifier par vous-même : le dossier ne le dit pas)';

describe('checklist items the dossier cannot show done', () => {
  it('sessions outside school time: always listed, never done', () => {
    expect(find({}, 'Organiser les séances hors temps scolaire')).toEqual([
      { item: `Organiser les séances hors temps scolaire ${SELF}`, done: false },
    ]);
  });

  it('the animateurs’ departmental training: only when a CAF bonus is asked (§3.1)', () => {
    const words =
      'participation des animateurs à l’animation départementale parentalité et/ou au plan de formation';
    expect(find({}, words)).toEqual([]);
    expect(find({ bonuses: { tne: { requested: true } } }, words)).toEqual([]);
    expect(find({ bonuses: { children: { requested: true } } }, words)).toHaveLength(1);
    expect(find({ bonuses: { parents: { requested: true } } }, words)[0]?.done).toBe(false);
  });

  it('the document to send to the Pôle partenaires on the MonComptePartenaire route (§4)', () => {
    const words = 'envoyer le document au Pôle partenaires de la Caf';
    expect(find({ portal: 'elan' }, words)).toEqual([]);
    expect(find({ portal: 'mcp' }, words)).toHaveLength(1);
    expect(
      find({ carrier: { situation: 'renewal-unchanged', agreementInForce: true } }, words),
    ).toHaveLength(1);
    expect(
      find({ carrier: { situation: 'renewal-unchanged', agreementInForce: false } }, words),
    ).toEqual([]);
  });

  it('the practical organisation is a description to give, done once written', () => {
    expect(find({}, 'Décrire l’organisation pratique du projet')[0]?.done).toBe(false);
    expect(
      find({ descriptions: { organisation: 'Lundi et jeudi, 16 h 30' } }, 'organisation')[0]?.done,
    ).toBe(true);
  });
});
