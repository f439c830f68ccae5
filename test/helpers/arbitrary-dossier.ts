import fc from 'fast-check';
import type { Dossier } from '../../rules/dossier';

/** Euros with at most two decimals, as the contract allows (built from cents, so exact). */
const euros = fc.integer({ min: 0, max: 5_000_000 }).map((c) => c / 100);
const level = fc.constantFrom('CP', 'CE1', 'CM2', '6e', '3e', '2nde', '1re', 'Tle', 'GS', 'L1', '');
const text = fc.constantFrom('', '  ', 'Texte', 'Café des parents');
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) =>
  fc.record(model, { requiredKeys: [] });

const collectiveArb = partial({
  name: fc.string({ maxLength: 12 }),
  children: fc.integer({ min: 0, max: 30 }),
  levels: fc.array(level, { maxLength: 4 }),
  staff: fc.integer({ min: 0, max: 5 }),
  expenses: euros,
});

/** Any schema-valid partial dossier of the known campaign. */
export const dossierArb: fc.Arbitrary<Dossier> = fc
  .record(
    {
      campaign: fc.constant('2025-2026'),
      department: fc.constant('88'),
      checkedOn: fc
        .date({
          min: new Date('2025-05-01T00:00:00Z'),
          max: new Date('2025-10-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      portal: fc.constantFrom('elan', 'mcp', 'other'),
      carrier: partial({
        name: fc.string({ maxLength: 10 }),
        situation: fc.constantFrom('first-request', 'renewal-unchanged', 'renewal-changed'),
        fundedLastYear: fc.boolean(),
        pluriannual: fc.boolean(),
      }),
      collectives: fc.array(collectiveArb, { maxLength: 8 }),
      axes: partial({
        children: fc.boolean(),
        parents: fc.boolean(),
        school: fc.boolean(),
        territory: fc.boolean(),
      }),
      descriptions: partial({
        childrenActions: text,
        parentActions: text,
        schoolRelations: text,
        localResources: text,
        evaluation: text,
      }),
      budget: partial({
        operatingExpenses: euros,
        chargesTotal: euros,
        productsTotal: euros,
        cafRequested: euros,
        departmentalCouncil: euros,
        msa: euros,
        cityContract: euros,
      }),
      bonuses: partial({
        children: partial({ requested: fc.boolean(), justification: text }),
        parents: partial({ requested: fc.boolean(), justification: text }),
        tne: partial({
          requested: fc.boolean(),
          collectives: fc.integer({ min: 0, max: 10 }),
          actions: text,
          fundedByCdElsewhere: fc.boolean(),
        }),
      }),
      msa: partial({ requested: fc.boolean(), ruralTerritory: fc.boolean() }),
      cityContract: partial({
        requested: fc.boolean(),
        addedValue: text,
        obtainedLastYear: fc.boolean(),
      }),
      attachments: partial({
        previousBilan: fc.boolean(),
        cdRecapSheet: fc.boolean(),
        adjustmentDocument: fc.boolean(),
      }),
      sphinxCompleted: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((d) => ({ format: 'clas-dossier/1', ...d }) as Dossier);
