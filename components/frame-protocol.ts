import type { FieldPlace } from '../display/panel-drawing';
import type { Tone } from '../display/report-words';
import type { Judging } from '../session/step-reading';

/**
 * What the content script and the panel's frame (entrypoints/panel-frame/) say to each other.
 * The frame is an extension page: the portal's scripts cannot read it, type into it or listen
 * to it. The frame opens an extension port to its own tab's content script (`tabs.connect`):
 * actions go that way, and a secret comes back. The models go through a `MessageChannel` port
 * the content script posts to the frame's window (target: the extension's origin) with that
 * secret; the frame takes no other (entrypoints/content/frame-channel.ts).
 */

/** The port's name; the content script accepts it only from this extension's own pages. */
export const PANEL_PORT = 'assistant-clas:panel';

export type { FieldPlace };

/** The panel's edge of the screen. */
export type Side = 'right' | 'left';

/**
 * Everything the frame draws that comes from the page: sent again after every reading. The
 * frame judges it (the rules, session/dossier-reading.ts) and works out the rest (impacts,
 * keys, counts: display/panel-drawing.ts), so that the content script carries no rule.
 */
export interface PanelModel {
  /** The dossier as read (this page with the dossier's other pages), to be judged. */
  judging: Judging;
  portalName: string;
  /** The portal's host name: the site's settings (collapsed, side) are stored under it. */
  host: string;
  /** The fields the reader found on this page: on screen, or on another step of the form. */
  fields: Record<string, FieldPlace>;
  /** Dossier path → the page's label it was read from (« lu dans « … » »). */
  evidence: Record<string, string>;
  /** Labels that could name several fields: not read. */
  ambiguous: { label: string; paths: string[] }[];
  /** The dossier path being taught (« Indiquer le champ »), while the page waits for a click. */
  teaching: string | null;
  /**
   * The instructor's marks are stored under this key: the dossier's identity (portal, number or
   * carrier's name, portals/dossier-identity.ts), never the page's address. Undefined when the
   * page shows neither: marks are then not kept.
   */
  dossierKey: string | undefined;
  /** For the exports: the page's address without query or fragment, and its title. */
  page: { url: string; title: string };
}

/** On the extension port: the secret that comes with the models' port. */
export type ToFrame = { type: 'pipe'; secret: string };

/** The `type` of the window message that hands the frame the models' port. */
export const PIPE_MESSAGE = 'assistant-clas:pipe';

/** The person's actions in the frame that act on the page. */
export type FromFrame =
  | { type: 'show-field'; path: string }
  | { type: 'teach'; path: string }
  | { type: 'cancel-teach' }
  /** « Oublier ce dossier »: drop what the dossier's other pages gave. */
  | { type: 'forget-dossier' }
  /** The frame's size follows the panel: a tab on the edge, or the open panel. */
  | { type: 'layout'; collapsed: boolean; side: Side; width: number; height: number }
  /** What the popup shows of this tab: the panel's status, tone and estimate. */
  | { type: 'summary'; status: string; tone: Tone; funding: string };

const FROM_FRAME_TYPES = new Set([
  'show-field',
  'teach',
  'cancel-teach',
  'forget-dossier',
  'layout',
  'summary',
]);

export function isFromFrame(m: unknown): m is FromFrame {
  return FROM_FRAME_TYPES.has((m as { type?: unknown } | null)?.type as string);
}
