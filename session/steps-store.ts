import { dossierSchema } from '../rules/dossier';
import { sameDossier, type DossierIdentity } from '../portals/dossier-identity';
import type { StepPage, StepsRecord } from './steps';

/**
 * The background's memory of the dossiers read in this browser session, page by page, in the
 * extension's session storage (`storage.session`: in memory, cleared when the browser closes;
 * never in the portal's origin). Content scripts reach it by message (messages/protocol.ts);
 * each sees only the records of its own portal's origin, and only the dossier it names.
 */

/** The part of `browser.storage.session` used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const STEPS_KEY = 'clas:steps';
/** A browser session follows a few dossiers, each a few pages: older ones make room. */
export const MAX_RECORDS = 30;
const MAX_PAGES = 30;
const MAX_FOUND = 10_000;
const MAX_TEXT = 2_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shortText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;

/** An identity from a message: a portal and at least a number or a name. */
function parseIdentity(v: unknown): DossierIdentity | undefined {
  if (!isObject(v) || (v.portal !== 'elan' && v.portal !== 'mcp')) return undefined;
  const id: DossierIdentity = { portal: v.portal };
  if (shortText(v.number) && v.number.trim()) id.number = v.number.trim();
  if (shortText(v.carrier) && v.carrier.trim()) id.carrier = v.carrier.trim();
  return id.number || id.carrier ? id : undefined;
}

/** A page from a message, checked: its dossier against the schema, its lists bounded. */
function parseStepPage(v: unknown): StepPage | undefined {
  if (!isObject(v) || !shortText(v.address) || typeof v.readAt !== 'number') return undefined;
  if (!Array.isArray(v.found) || v.found.length > MAX_FOUND || !v.found.every(shortText))
    return undefined;
  const dossier = dossierSchema.safeParse(v.dossier);
  if (!dossier.success || !isObject(v.step)) return undefined;
  const step: StepPage['step'] = {};
  if (Number.isInteger(v.step.number) && (v.step.number as number) > 0)
    step.number = v.step.number as number;
  if (shortText(v.step.title)) step.title = v.step.title;
  return {
    address: v.address,
    step,
    dossier: dossier.data,
    found: v.found as string[],
    readAt: v.readAt,
  };
}

function recordsOf(stored: unknown): StepsRecord[] {
  return Array.isArray(stored) ? (stored as StepsRecord[]) : [];
}

export interface StepsStore {
  /**
   * Keeps the page under its dossier (found by `sameDossier` among the origin's records, else
   * new) and gives the dossier's other pages. A reading that adds a number or a name to the
   * dossier's identity completes it. `previous`: the identity this same page had a moment ago
   * (a name being typed on the first step): its record, when it holds only this page and the
   * new identity has none, is renamed rather than left behind.
   */
  put(
    origin: string,
    identity: DossierIdentity,
    page: StepPage,
    previous?: DossierIdentity,
  ): Promise<StepPage[]>;
  /** « Oublier ce dossier »: its pages are dropped. */
  forget(origin: string, identity: DossierIdentity): Promise<void>;
}

export function createStepsStore(area: SessionArea, now: () => number = Date.now): StepsStore {
  // One change at a time: two tabs' readings must not overwrite each other's.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const load = async () => recordsOf((await area.get(STEPS_KEY))[STEPS_KEY]);
  const save = (records: StepsRecord[]) => area.set({ [STEPS_KEY]: records });
  const find = (records: StepsRecord[], origin: string, identity: DossierIdentity) =>
    records.find((r) => r.origin === origin && sameDossier(r.identity, identity));

  return {
    put: (origin, identity, page, previous) =>
      serial(async () => {
        const records = await load();
        let record = find(records, origin, identity);
        const renamed = !record && previous && find(records, origin, previous);
        if (renamed && renamed.pages.every((p) => p.address === page.address)) {
          renamed.identity = identity;
          record = renamed;
        }
        if (!record) {
          record = { identity, origin, pages: [], updatedAt: 0 };
          records.push(record);
        }
        record.identity = { ...record.identity, ...identity };
        record.pages = [...record.pages.filter((p) => p.address !== page.address), page]
          .sort((a, b) => a.readAt - b.readAt)
          .slice(-MAX_PAGES);
        record.updatedAt = now();
        records.sort((a, b) => a.updatedAt - b.updatedAt);
        await save(records.slice(-MAX_RECORDS));
        return record.pages.filter((p) => p.address !== page.address);
      }),
    forget: (origin, identity) =>
      serial(async () => {
        const records = await load();
        const kept = records.filter(
          (r) => !(r.origin === origin && sameDossier(r.identity, identity)),
        );
        if (kept.length !== records.length) await save(kept);
      }),
  };
}

export type StepsAnswer = { ok: true; pages: StepPage[] } | { ok: false; message: string };

const REFUSED = 'Demande refusée : seules les pages des portails gardent leurs étapes.';
const INVALID = 'Lecture de la page non conservée : données invalides.';

/** The portal page's origin, from the sender's address; undefined for anything else. */
function pageOrigin(senderUrl: string | undefined): string | undefined {
  if (!senderUrl) return undefined;
  try {
    const url = new URL(senderUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers `clas:steps-put` and `clas:steps-forget` (messages/protocol.ts) for a content script
 * of a portal page (`senderUrl`: its address). Everything in the message is checked: a portal's
 * renderer may be hostile, and may ask only about its own origin's dossiers.
 */
export function createStepsRouter(store: StepsStore) {
  return async function handle(
    request: { type: string; identity?: unknown; page?: unknown; previous?: unknown },
    senderUrl: string | undefined,
  ): Promise<StepsAnswer | { ok: true } | { ok: false; message: string }> {
    const origin = pageOrigin(senderUrl);
    if (!origin) return { ok: false, message: REFUSED };
    const identity = parseIdentity(request.identity);
    if (!identity) return { ok: false, message: INVALID };
    try {
      if (request.type === 'clas:steps-forget') {
        await store.forget(origin, identity);
        return { ok: true };
      }
      const page = parseStepPage(request.page);
      if (!page) return { ok: false, message: INVALID };
      const previous = parseIdentity(request.previous);
      return { ok: true, pages: await store.put(origin, identity, page, previous) };
    } catch {
      return { ok: false, message: 'Les étapes lues n’ont pas pu être conservées.' };
    }
  };
}
