import type { DossierIdentity } from '../portals/dossier-identity';
import type { FormStep } from '../portals/form-step';
import type { Dossier } from '../rules/dossier';
import { CONTEXT_FIELDS } from '../rules/dossier-fields';
import { valueAt } from '../rules/read-state';

/**
 * One dossier across the steps of its form: each page read is kept (by its address) with what it
 * gave, and the pages are merged into one dossier, the current page last so that it wins. A
 * field another page gave is marked with that page's step (« lu à l'étape 2 »). Pure: the
 * background keeps the pages (session/steps-store.ts), the content script merges.
 */

/** What one page of the dossier gave. */
export interface StepPage {
  /** The page's address without its fragment: one entry per page of the form. */
  address: string;
  step: FormStep;
  /** The values read there (`clas-dossier/1`, only what the page gave). */
  dossier: Dossier;
  /** The paths read there, with a value or empty (the reader's `found`, unreadable ones out). */
  found: string[];
  /** When it was read (ms since 1970): the later of two pages wins. */
  readAt: number;
}

/** The pages of one dossier, as the background keeps them for the browser's session. */
export interface StepsRecord {
  identity: DossierIdentity;
  /** The portal's origin (`https://elan.caf.fr`): only its pages see the record. */
  origin: string;
  pages: StepPage[];
  updatedAt: number;
}

export interface MergedReading {
  dossier: Dossier;
  /** Every path read on some page. */
  found: string[];
  /** Path → the step of the other page its value (or emptiness) comes from. */
  from: Record<string, FormStep>;
  /**
   * The pages merged, oldest first, the current one last, with the dossier fields each gives
   * (the portal, campaign and the like not counted): « Étape 1 — 6 champs ».
   */
  pages: { address: string; step: FormStep; fields: number; current: boolean }[];
}

const CONTEXT = new Set<string>(CONTEXT_FIELDS);
const isCollectivePath = (p: string) => p === 'collectives' || p.startsWith('collectives[');

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof at[k] !== 'object' || at[k] === null) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/**
 * Merges the other pages of the dossier with the current one. Field by field, the latest page
 * that read a field gives it, the current page last: a field it read empty stays empty, whatever
 * an earlier step said. The collectives go as one block, from the latest page that read them.
 */
export function mergeSteps(current: StepPage, others: readonly StepPage[]): MergedReading {
  const pages = [...others.filter((p) => p.address !== current.address)].sort(
    (a, b) => a.readAt - b.readAt,
  );
  pages.push(current);
  const dossier: Record<string, unknown> = { format: 'clas-dossier/1' };
  const origin = new Map<string, StepPage>();
  let block: StepPage | undefined;
  for (const page of pages) {
    for (const path of page.found) {
      if (isCollectivePath(path)) continue;
      setAt(dossier, path, structuredClone(valueAt(page.dossier, path)));
      origin.set(path, page);
    }
    if (page.found.includes('collectives')) block = page;
  }
  if (block) {
    if (block.dossier.collectives !== undefined)
      dossier.collectives = structuredClone(block.dossier.collectives);
    for (const path of block.found) if (isCollectivePath(path)) origin.set(path, block);
  }
  const from: Record<string, FormStep> = {};
  for (const [path, page] of origin) if (page !== current) from[path] = page.step;
  return {
    dossier: dossier as Dossier,
    found: [...origin.keys()],
    from,
    pages: pages.map((p) => ({
      address: p.address,
      step: p.step,
      fields: [...origin].filter(([path, o]) => o === p && !CONTEXT.has(path)).length,
      current: p === current,
    })),
  };
}
