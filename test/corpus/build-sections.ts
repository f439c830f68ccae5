import type { PageBuilder, PageChoices } from './build-model';
import { formatAmount, formatDate } from './format';
import type { Block, Field } from './model';
import type { Truth } from './truth';
import type { SectionKey } from './wordings/types';
import { AXES } from '../../rules/dossier';

/**
 * The fields of each section of a page, with their traps. Each field is shown with a given
 * probability, so that pages show realistic subsets; noise sits among the fields.
 */

type SectionBuilder = (b: PageBuilder, t: Truth, c: PageChoices) => Field[];

const maybe = (b: PageBuilder, p: number, make: () => Field): Field[] =>
  b.rng.chance(p) ? [make()] : [];

function insertNoise(b: PageBuilder, fields: Field[], noise: Field[]): Field[] {
  const out = [...fields];
  for (const n of noise) out.splice(b.rng.int(0, out.length), 0, n);
  return out;
}

const meta: SectionBuilder = (b, t, c) => {
  const fields: Field[] = [];
  if (c.role === 'instructor') {
    fields.push(...maybe(b, 0.8, () => b.noise('fileNumber', t.noise.fileNumber)));
  }
  fields.push(
    ...maybe(b, 0.6, () =>
      b.code('campaign', b.label('campaign'), b.rng.pick(b.w.styles.campaign), '2025-2026'),
    ),
  );
  fields.push(
    ...maybe(b, 0.5, () =>
      b.code('department', b.label('department'), b.rng.pick(b.w.styles.department), '88'),
    ),
  );
  if (c.role === 'instructor') {
    fields.push(
      ...maybe(b, 0.9, () => b.date('depositedOn', b.label('depositedOn'), t.depositedOn)),
    );
    fields.push(...maybe(b, 0.6, () => b.noise('status', b.memo('status', b.w.words.status))));
    fields.push(...maybe(b, 0.5, () => b.noise('instructor', t.noise.instructor)));
    fields.push(
      ...maybe(b, 0.5, () => {
        const f = b.date('noise:lastUpdate', b.noiseLabel('lastUpdate'), t.noise.lastUpdate);
        return f;
      }),
    );
    fields.push(
      ...maybe(b, 0.4, () =>
        b.noise('proposedAmount', formatAmount(t.noise.proposedCents, b.amountStyle), false),
      ),
    );
  }
  return fields;
};

const carrier: SectionBuilder = (b, t, c) => {
  const fields: Field[] = [
    ...maybe(b, 0.95, () => b.text('carrier.name', b.label('carrier.name'), t.carrierName)),
    ...maybe(b, 0.8, () =>
      b.situation('carrier.situation', b.label('carrier.situation'), t.situation),
    ),
    ...maybe(b, 0.6, () =>
      b.bool('carrier.fundedLastYear', b.label('carrier.fundedLastYear'), t.fundedLastYear),
    ),
    ...maybe(b, 0.65, () =>
      b.bool('carrier.pluriannual', b.label('carrier.pluriannual'), t.pluriannual, true),
    ),
    ...maybe(b, c.portal === 'mcp' ? 0.75 : 0.45, () =>
      b.bool('carrier.agreementInForce', b.label('carrier.agreementInForce'), t.agreementInForce),
    ),
  ];
  const n = t.noise;
  const noise: Field[] = [
    ...maybe(b, 0.6, () => b.noise('address', n.street)),
    ...maybe(b, 0.6, () => b.noise('postcode', t.town.postcode)),
    ...maybe(b, 0.5, () => b.noise('town', t.town.name)),
    ...maybe(b, 0.5, () => b.noise('siret', n.siret)),
    ...maybe(b, 0.5, () => b.noise('phone', n.phone)),
    ...maybe(b, 0.3, () => b.noise('email', n.email)),
    ...maybe(b, 0.5, () => b.noise('contact', n.contact)),
    ...maybe(b, 0.45, () => b.noise('childrenLastYear', String(n.childrenLastYear))),
    ...maybe(b, 0.45, () => b.noise('families', String(n.families))),
    ...maybe(b, 0.3, () => b.noise('volunteers', String(n.volunteers))),
    ...maybe(b, 0.25, () => b.noise('employees', n.employees)),
    ...maybe(b, 0.3, () => b.noise('hoursPerWeek', String(n.hoursPerWeek))),
    ...maybe(b, 0.3, () => b.noise('collectivesCount', String(t.collectives.length), false)),
    ...maybe(b, 0.3, () =>
      b.noise('totalChildren', String(t.collectives.reduce((s, g) => s + g.children, 0)), false),
    ),
    ...maybe(b, 0.2, () =>
      b.noise(
        'creationDate',
        formatDate(n.creationDate, b.memo('dateStyle', b.w.styles.dates) as 'slash', b.rng),
      ),
    ),
  ];
  return [...fields.slice(0, 1), ...insertNoise(b, fields.slice(1), noise)];
};

const axes: SectionBuilder = (b, t, c) => {
  const asGroup = b.rng.chance(0.5);
  if (!asGroup) {
    return AXES.map((axis) => b.bool(`axes.${axis}`, b.label(`axes.${axis}`), t.axes[axis]));
  }
  const options = AXES.map((a) => b.memo(`axis:${a}`, b.w.axisOptions[a]));
  const label = b.memo('axesGroup', b.w.axesGroup);
  const key = 'axes';
  for (const a of AXES) b.recordAxis(a, t.axes[a]);
  if (c.role === 'instructor') {
    const listed = AXES.map((a, i) => (t.axes[a] ? options[i] : null)).filter(Boolean);
    return [{ key, label, control: { type: 'static', value: listed.join(', ') } }];
  }
  return [
    {
      key,
      label,
      control: { type: 'multi', options, chosen: AXES.map((a) => t.axes[a]), style: 'checkboxes' },
    },
  ];
};

const descriptions: SectionBuilder = (b, t) =>
  (
    [
      'childrenActions',
      'parentActions',
      'schoolRelations',
      'localResources',
      'organisation',
      'evaluation',
    ] as const
  ).flatMap((d) =>
    maybe(b, 0.8, () =>
      b.text(`descriptions.${d}`, b.label(`descriptions.${d}`), t.descriptions[d], true),
    ),
  );

const bonuses: SectionBuilder = (b, t) => {
  const { children, parents, tne } = t.bonuses;
  return [
    ...maybe(b, 0.85, () =>
      b.bool(
        'bonuses.children.requested',
        b.label('bonuses.children.requested'),
        children.requested,
        true,
      ),
    ),
    ...maybe(b, 0.7, () =>
      b.text(
        'bonuses.children.justification',
        b.label('bonuses.children.justification'),
        children.justification,
        true,
      ),
    ),
    ...maybe(b, 0.85, () =>
      b.bool(
        'bonuses.parents.requested',
        b.label('bonuses.parents.requested'),
        parents.requested,
        true,
      ),
    ),
    ...maybe(b, 0.7, () =>
      b.text(
        'bonuses.parents.justification',
        b.label('bonuses.parents.justification'),
        parents.justification,
        true,
      ),
    ),
    ...maybe(b, 0.8, () =>
      b.bool('bonuses.tne.requested', b.label('bonuses.tne.requested'), tne.requested, true),
    ),
    ...maybe(b, 0.6, () =>
      b.count('bonuses.tne.collectives', b.label('bonuses.tne.collectives'), tne.collectives),
    ),
    ...maybe(b, 0.6, () =>
      b.text('bonuses.tne.actions', b.label('bonuses.tne.actions'), tne.actions, true),
    ),
    ...maybe(b, 0.6, () =>
      b.bool(
        'bonuses.tne.fundedByCdElsewhere',
        b.label('bonuses.tne.fundedByCdElsewhere'),
        tne.fundedByCdElsewhere,
      ),
    ),
  ];
};

const msa: SectionBuilder = (b, t) => [
  b.bool('msa.requested', b.label('msa.requested'), t.msa.requested, true),
  ...maybe(b, 0.75, () =>
    b.bool('msa.ruralTerritory', b.label('msa.ruralTerritory'), t.msa.ruralTerritory),
  ),
];

const city: SectionBuilder = (b, t) => [
  b.bool(
    'cityContract.requested',
    b.label('cityContract.requested'),
    t.cityContract.requested,
    true,
  ),
  ...maybe(b, 0.75, () =>
    b.text(
      'cityContract.addedValue',
      b.label('cityContract.addedValue'),
      t.cityContract.addedValue,
      true,
    ),
  ),
  ...maybe(b, 0.7, () =>
    b.bool(
      'cityContract.obtainedLastYear',
      b.label('cityContract.obtainedLastYear'),
      t.cityContract.obtainedLastYear,
    ),
  ),
];

const attachments: SectionBuilder = (b, t) =>
  (['previousBilan', 'cdRecapSheet', 'adjustmentDocument'] as const).flatMap((a) =>
    maybe(b, 0.8, () => {
      const f = b.attachment(`attachments.${a}`, b.label(`attachments.${a}`), t.attachments[a], a);
      if (b.role === 'carrier' && b.rng.chance(0.3)) f.help = b.memo('help:files', b.w.help.files);
      return f;
    }),
  );

const followUp: SectionBuilder = (b, t) =>
  insertNoise(
    b,
    [b.bool('sphinxCompleted', b.label('sphinxCompleted'), t.sphinxCompleted)],
    [
      ...maybe(b, 0.5, () => b.noise('childrenLastYear', String(t.noise.childrenLastYear))),
      ...maybe(b, 0.4, () => b.noise('hoursPerWeek', String(t.noise.hoursPerWeek))),
    ],
  );

export const SECTION_BUILDERS: Partial<Record<SectionKey, SectionBuilder>> = {
  meta,
  carrier,
  axes,
  descriptions,
  bonuses,
  msa,
  city,
  attachments,
  followUp,
};

export function buildSection(key: SectionKey, b: PageBuilder, t: Truth, c: PageChoices): Block[] {
  const make = SECTION_BUILDERS[key];
  if (!make) throw new Error(`no builder for section ${key}`);
  const fields = make(b, t, c);
  if (fields.length === 0) return [];
  return [{ kind: 'section', key, title: b.memo(`section:${key}`, b.w.sections[key]), fields }];
}
