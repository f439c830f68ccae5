import type { PageBuilder, PageChoices } from './build-model';
import { fill } from './format';
import type { Field, Groups } from './model';
import type { Truth } from './truth';

/**
 * The groups of children: one row per group (a table whose name column comes first) or repeated
 * blocks. A repeated block shows its name either as a field (its title then says only « Groupe
 * 2 ») or in its title (« Collectif n°3 — Les lecteurs », or the bare name) — never both, so the
 * name a careful reader finds is never in doubt.
 */

type Part = 'children' | 'levels' | 'staff' | 'expenses';
type NoisePart = 'place' | 'schedule' | 'sessions' | 'volunteersAmong' | 'groupLastYear';

export function buildGroups(b: PageBuilder, t: Truth, c: PageChoices): Groups {
  const rng = b.rng;
  const table = c.groupStyle === 'table';
  const parts: Part[] = (
    [
      ['children', 0.97],
      ['levels', 0.85],
      ['staff', 0.8],
      ['expenses', 0.45],
    ] as const
  )
    .filter(([, p]) => rng.chance(p))
    .map(([k]) => k);
  const noiseParts: NoisePart[] = (
    [
      ['place', 0.4],
      ['schedule', table ? 0.2 : 0.35],
      ['sessions', 0.3],
      ['volunteersAmong', parts.includes('staff') ? 0.3 : 0],
      ['groupLastYear', 0.25],
    ] as const
  )
    .filter(([, p]) => rng.chance(p))
    .map(([k]) => k);
  const nameInTitle = !table && rng.chance(0.45);
  const titleTemplate = nameInTitle
    ? b.memo('groupTitle:named', b.w.groupTitles.named)
    : b.memo('groupTitle:numbered', b.w.groupTitles.numbered);

  const header = (part: Part | NoisePart | 'name'): string => {
    if (table) {
      if (part === 'name') return b.memo('col:first', b.w.columns.first);
      if (part in b.w.columns) return b.memo(`col:${part}`, b.w.columns[part as Part]);
    }
    if (part === 'name') return b.label('collectives[].name');
    if (part === 'children' || part === 'levels' || part === 'staff' || part === 'expenses') {
      return b.label(`collectives[].${part}`);
    }
    return b.noiseLabel(part);
  };

  const order: (Part | NoisePart)[] = [...parts];
  for (const n of noiseParts) {
    // « dont bénévoles » follows the number of adults it qualifies.
    const at = n === 'volunteersAmong' ? order.indexOf('staff') + 1 : rng.int(0, order.length);
    order.splice(at, 0, n);
  }
  const columns = [...(nameInTitle ? [] : ['name' as const]), ...order];

  const groups = t.collectives.map((g, i) => {
    const p = (k: string) => `collectives[${i}].${k}`;
    const noise = t.noise.perCollective[i]!;
    const fields: Field[] = columns.map((part) => {
      const label = header(part);
      switch (part) {
        case 'name':
          return b.text(p('name'), label, g.name);
        case 'children':
          return b.count(p('children'), label, g.children, b.w.words.childrenUnit);
        case 'levels':
          return b.levels(p('levels'), label, g.levels, table);
        case 'staff':
          return b.count(p('staff'), label, g.staff, b.w.words.staffUnit);
        case 'expenses':
          return b.amount(p('expenses'), label, Math.round(g.expenses * 100), { mayBlank: true });
        case 'place':
          return { ...b.noise('place', noise.place), label };
        case 'schedule':
          return { ...b.noise('schedule', noise.schedule), label };
        case 'sessions':
          return { ...b.noise('sessions', String(noise.sessions)), label };
        case 'volunteersAmong':
          return { ...b.noise('volunteersAmong', String(noise.volunteersAmong)), label };
        case 'groupLastYear':
          return { ...b.noise('groupLastYear', String(noise.lastYear), false), label };
      }
    });
    if (nameInTitle) b.recordValue(p('name'), g.name);
    if (!table && i === 0) {
      const children = fields.find((f) => f.key === p('children'));
      if (children && rng.chance(0.4)) children.help = b.memo('help:children', b.w.help.children);
      const staff = fields.find((f) => f.key === p('staff'));
      if (staff && rng.chance(0.3)) staff.help = b.memo('help:staff', b.w.help.staff);
    }
    return { title: fill(titleTemplate, { n: i + 1, name: g.name }), fields };
  });
  // A page shows every group, even one whose fields are all blank.
  const expected = b.expected;
  expected.collectives ??= [];
  while (expected.collectives.length < t.collectives.length) expected.collectives.push({});

  let footer: Groups['footer'];
  if (table && t.collectives.length > 1 && rng.chance(0.35)) {
    // The total of the numbers the table shows (a blank cell adds nothing).
    const shown = expected.collectives.reduce((s, g) => s + (g.children ?? 0), 0);
    const cells = columns.map((part) => (part === 'children' ? String(shown) : ''));
    footer = { label: b.memo('groups:total', b.w.columns.total), cells: cells.slice(1) };
  }
  return {
    kind: 'groups',
    title: b.memo('section:collectives', b.w.sections.collectives),
    intro: table && rng.chance(0.4) ? b.memo('help:children', b.w.help.children) : undefined,
    columns: columns.map(header),
    groups,
    footer,
  };
}
