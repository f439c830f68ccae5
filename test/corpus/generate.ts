import { buildBudgetLines, buildCerfa } from './build-budget';
import { buildGroups } from './build-groups';
import { PageBuilder, type PageChoices } from './build-model';
import { buildSection } from './build-sections';
import { fill } from './format';
import { HELD_OUT_LAYOUTS } from './held-out/layouts';
import { heldOutWordings } from './held-out/wordings';
import { DEV_LAYOUTS } from './layouts';
import type { LayoutSet, RenderContext } from './layouts/types';
import type { Block, PageModel } from './model';
import { PROFILES } from './profiles';
import { renderDocument } from './render/document';
import { makeIds } from './render/html';
import { renderBody } from './render/page';
import { createRng, type Rng } from './rng';
import { makeTruth } from './truth';
import type { CorpusPage, CorpusSet, Portal, Role } from './types';
import { devWordings } from './wordings/dev';
import type { Wordings } from './wordings/types';

export type { CorpusPage } from './types';

/** Pages per set: at least 120, a multiple of 12 so every number of groups comes equally. */
export const PAGES_PER_SET = 132;
export const DEFAULT_SEED = 20250710;

const SETS: Record<CorpusSet, { wordings: Wordings; layouts: LayoutSet }> = {
  dev: { wordings: devWordings, layouts: DEV_LAYOUTS },
  'held-out': { wordings: heldOutWordings, layouts: HELD_OUT_LAYOUTS },
};

/**
 * Realistic portal pages and, for each, the dossier a careful person reads on it. The same seed
 * gives the same pages. `dev` may be used to build the reader; `held-out` only to measure it.
 */
export function generateCorpus(
  opts: { seed?: number; set?: CorpusSet | 'all' } = {},
): CorpusPage[] {
  const seed = opts.seed ?? DEFAULT_SEED;
  const sets: CorpusSet[] = !opts.set || opts.set === 'all' ? ['dev', 'held-out'] : [opts.set];
  return sets.flatMap((set) => generateSet(set, seed));
}

function generateSet(set: CorpusSet, seed: number): CorpusPage[] {
  const rng = createRng(`${seed}:${set}`);
  const counts = rng.shuffle(Array.from({ length: PAGES_PER_SET }, (_, i) => 1 + (i % 12)));
  const kinds = rng.shuffle(
    Array.from({ length: PAGES_PER_SET }, (_, i) => ({
      portal: (i % 2 ? 'mcp' : 'elan') as Portal,
      role: (Math.floor(i / 2) % 2 ? 'instructor' : 'carrier') as Role,
    })),
  );
  return kinds.map((kind, i) =>
    generatePage(set, i, kind.portal, kind.role, counts[i]!, rng.fork(`page-${i}`)),
  );
}

/** Numbers the questions of each section (« 2.3 Nombre… ») when the pool's portal does. */
function applyNumbering(blocks: Block[], template: string): void {
  blocks
    .filter((b) => b.kind === 'section')
    .forEach((s, si) =>
      s.fields.forEach((f, fi) => {
        f.label = `${fill(template, { s: si + 1, n: fi + 1 })}${f.label}`;
      }),
    );
}

function generatePage(
  set: CorpusSet,
  index: number,
  portal: Portal,
  role: Role,
  groupCount: number,
  rng: Rng,
): CorpusPage {
  const { wordings: w, layouts } = SETS[set];
  const profile = rng.pick(PROFILES.filter((p) => p.role === role && p.portals.includes(portal)));
  const fieldLayout = rng.pick(layouts.fields.filter((l) => l.role === role));
  const groupLayout = rng.pick(layouts.groups.filter((l) => l.roles.includes(role)));
  const budgetLayout = rng.pick(layouts.budgets.filter((l) => l.roles.includes(role)));
  const sections = [...profile.sections];
  if (role === 'carrier' && rng.chance(0.35)) sections.unshift('meta');
  const choices: PageChoices = {
    rng,
    w,
    portal,
    role,
    truth: makeTruth(rng.fork('truth'), portal, groupCount),
    sections,
    groupStyle: groupLayout.style,
    budgetStyle: rng.chance(0.55) ? 'cerfa' : 'lines',
  };
  const b = new PageBuilder(choices);
  const blocks: Block[] = sections.flatMap((key): Block[] => {
    if (key === 'collectives') return [buildGroups(b, choices.truth, choices)];
    if (key === 'budget') {
      return choices.budgetStyle === 'cerfa'
        ? buildCerfa(b, choices.truth)
        : buildBudgetLines(b, choices.truth);
    }
    return buildSection(key, b, choices.truth, choices);
  });
  if (w.styles.numbering.length && rng.chance(0.4))
    applyNumbering(blocks, rng.pick(w.styles.numbering));

  const model: PageModel = {
    title: rng.pick(role === 'carrier' ? w.pageTitles[portal] : w.pageTitles.instructor),
    intro: role === 'carrier' ? rng.pick(w.help.general) : '',
    steps: role === 'carrier' ? w.steps : [],
    currentStep: profile.step ?? 0,
    blocks,
    buttons: rng.sample(w.words.buttons, role === 'carrier' ? 2 : 1),
  };
  const memo = new Map<string, unknown>();
  const ctx: RenderContext = {
    rng,
    ids: makeIds(portal, rng),
    role,
    label: (f) => f.label,
    variant: <T>(key: string, options: readonly T[]): T => {
      if (!memo.has(key)) memo.set(key, rng.pick(options));
      return memo.get(key) as T;
    },
  };
  const hasCerfa = blocks.some((bl) => bl.kind === 'budget');
  const body = renderBody(
    model,
    { fields: fieldLayout, groups: groupLayout, budget: budgetLayout },
    ctx,
  );
  const budgetName = !sections.includes('budget')
    ? 'no-budget'
    : hasCerfa
      ? budgetLayout.name
      : 'budget-lines';
  const layout = `${fieldLayout.name}/${groupLayout.name}/${budgetName}`;
  const dossierId = rng.int(10000, 99999);
  const url =
    portal === 'elan'
      ? role === 'carrier'
        ? `https://elan.caf.fr/porteur/projets/${dossierId}/etapes/${(profile.step ?? 0) + 1}`
        : `https://elan.caf.fr/instruction/dossiers/${dossierId}/synthese`
      : role === 'carrier'
        ? `https://partenaires.caf.fr/mcp/services/clas/previsionnel/${dossierId}`
        : `https://partenaires.caf.fr/mcp/instruction/clas/${dossierId}/recapitulatif`;
  return {
    id: `${set}-${String(index + 1).padStart(3, '0')}-${portal}-${role}-${fieldLayout.name}`,
    set,
    portal,
    role,
    layout,
    url,
    html: renderDocument({ portal, role, title: model.title, body, rng }),
    expected: b.expected,
    blank: b.blank,
  };
}
