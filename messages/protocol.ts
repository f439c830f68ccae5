import { browser } from 'wxt/browser';
import type { DossierIdentity } from '../portals/dossier-identity';
import type { PortalId } from '../portals/types';
import type { StepPage } from '../session/steps';
import type { Tone } from '../display/report-words';
import type { Snapshot } from '../snapshots/format';

/**
 * Every message the extension's parts send each other, with its answer: one prefix (`clas:`),
 * one list. The background answers the first five (snapshots/messages.ts); the content script
 * answers `clas:tab-state` (the popup's question). Send through `sendToBackground` and
 * `askTab`, which type the answer by the request.
 */

/** What the background answers. Every answer is `{ ok: true, … }` or `{ ok: false, message }`. */
export type BackgroundRequest =
  /** Keep a snapshot in the history. */
  | { type: 'clas:snapshot-save'; snapshot: Snapshot }
  /** Keep it and open the printable page on it in a new tab. */
  | { type: 'clas:snapshot-print'; snapshot: Snapshot }
  /** A snapshot by id: from the history, or one the print page was opened on but not stored. */
  | { type: 'clas:snapshot-get'; id: string }
  /** Open the history page. */
  | { type: 'clas:history-open' }
  /** Empty the history (the options page's « Effacer toutes les données »). */
  | { type: 'clas:history-clear' };

export const BACKGROUND_MESSAGE_TYPES = [
  'clas:snapshot-save',
  'clas:snapshot-print',
  'clas:snapshot-get',
  'clas:history-open',
  'clas:history-clear',
] as const satisfies readonly BackgroundRequest['type'][];

export function isBackgroundRequest(m: unknown): m is BackgroundRequest {
  const type = (m as { type?: unknown } | null)?.type;
  return (BACKGROUND_MESSAGE_TYPES as readonly unknown[]).includes(type);
}

/**
 * One dossier across the form's steps (session/steps-store.ts): a content script keeps each page
 * it reads under the dossier's identity and gets the dossier's other pages back; « Oublier ce
 * dossier » drops them. The background answers content scripts only, each for its own origin.
 */
export type StepsRequest =
  | {
      type: 'clas:steps-put';
      identity: DossierIdentity;
      page: StepPage;
      /** This page's identity a moment ago, when it changed (a name being typed). */
      previous?: DossierIdentity;
    }
  | { type: 'clas:steps-forget'; identity: DossierIdentity };

const STEPS_MESSAGE_TYPES = [
  'clas:steps-put',
  'clas:steps-forget',
] as const satisfies readonly StepsRequest['type'][];

export function isStepsRequest(m: unknown): m is StepsRequest {
  const type = (m as { type?: unknown } | null)?.type;
  return (STEPS_MESSAGE_TYPES as readonly unknown[]).includes(type);
}

type Failure = { ok: false; message: string };
export type SaveAnswer = { ok: true; id: string } | Failure;
export type PrintAnswer = { ok: true; id: string; saved: boolean; message?: string } | Failure;
export type GetAnswer = { ok: true; snapshot: Snapshot } | Failure;
type DoneAnswer = { ok: true } | Failure;

/** The answer to each request, by its type. */
export interface Answers {
  'clas:snapshot-save': SaveAnswer;
  'clas:snapshot-print': PrintAnswer;
  'clas:snapshot-get': GetAnswer;
  'clas:history-open': DoneAnswer;
  'clas:history-clear': DoneAnswer;
  'clas:tab-state': TabState | null;
  'clas:steps-put': { ok: true; pages: StepPage[] } | Failure;
  'clas:steps-forget': DoneAnswer;
}

/** The popup asks the active tab's content script what it shows. */
export interface TabStateRequest {
  type: 'clas:tab-state';
}

/** What the popup shows about a tab: the portal and the panel's status line. */
export interface TabState {
  portal: PortalId;
  host: string;
  enabled: boolean;
  status?: string;
  tone?: Tone;
  funding?: string;
}

const TAB_STATE: TabStateRequest['type'] = 'clas:tab-state';

export function isTabStateRequest(m: unknown): m is TabStateRequest {
  return (m as { type?: unknown } | null)?.type === TAB_STATE;
}

/** A request to the background; undefined when no listener answered. */
export function sendToBackground<R extends BackgroundRequest | StepsRequest>(
  request: R,
): Promise<Answers[R['type']] | undefined> {
  return browser.runtime.sendMessage(request);
}

/** What a tab's panel shows; null when the tab has no content script (not a portal page). */
export async function askTab(tabId: number): Promise<TabState | null> {
  const request: TabStateRequest = { type: TAB_STATE };
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as TabState | null) ?? null;
  } catch {
    return null;
  }
}
