import { browser } from 'wxt/browser';
import type { ExportKind } from '../../components/ExportMenu';
import type { Dossier } from '../../rules/dossier';
import type { Report } from '../../rules/report';
import { buildSnapshot } from '../../snapshots/build';
import { snapshotText } from '../../snapshots/csv';
import { downloadSnapshot } from '../../snapshots/download';
import type { Snapshot } from '../../snapshots/format';
import { sendToBackground, type Answers, type BackgroundRequest } from '../../messages/protocol';
import type { Marks, Role } from '../../settings/schema';
import { pageAddress } from '../../snapshots/page-address';

export { pageAddress };

/**
 * What the panel's frame does for each export. The snapshot is built here, in the extension's
 * origin (the marks and notes never pass through the portal's renderer), then: JSON / CSV are
 * downloaded from a Blob through an `<a download>` in the frame; « Imprimer / PDF » goes to the
 * background, which stores it and opens print.html; the text goes to the clipboard, from the
 * frame (a `copy` event there is out of the page's reach). Every export is also kept in the
 * history, by a message to the background, which holds it.
 */

export interface ExportState {
  report: Report;
  read: { dossier: Dossier };
  marks: Marks;
}

export interface ExportEnv {
  /** Where temporary elements (link, textarea, toast) go: the frame's own document. */
  root: HTMLElement;
  send(message: BackgroundRequest): Promise<unknown>;
  role(): Promise<Role>;
  version: string;
  location: { href: string };
  title: string;
  writeClipboard?(text: string): Promise<void>;
  now?(): Date;
}

/** The frame's environment: the page's address and title come with the panel's model. */
export function frameEnv(
  root: HTMLElement,
  page: () => { url: string; title: string },
  role: () => Role,
): ExportEnv {
  return {
    root,
    send: sendToBackground,
    role: async () => role(),
    version: browser.runtime.getManifest().version,
    location: {
      get href() {
        return page().url;
      },
    },
    get title() {
      return page().title;
    },
    writeClipboard: navigator.clipboard?.writeText
      ? (text) => navigator.clipboard.writeText(text)
      : undefined,
  };
}

/** The extension was updated or reloaded under this page: messages can no longer reach it. */
function isContextGone(e: unknown): boolean {
  return /context invalidated|receiving end does not exist/i.test(
    String((e as Error)?.message ?? e),
  );
}

const RELOAD =
  'L’extension a été mise à jour : rechargez la page pour enregistrer dans l’historique.';

async function send<R extends BackgroundRequest>(
  env: ExportEnv,
  m: R,
): Promise<Answers[R['type']]> {
  type T = Answers[R['type']];
  try {
    const answer = (await env.send(m)) as T | undefined;
    return answer ?? ({ ok: false, message: 'L’historique n’a pas répondu.' } as T);
  } catch (e) {
    return {
      ok: false,
      message: isContextGone(e) ? RELOAD : `L’historique n’a pas répondu (${String(e)}).`,
    } as T;
  }
}

/** Copies through a hidden textarea in the frame (when the Clipboard API refuses). */
function copyWithTextarea(root: HTMLElement, text: string): boolean {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.setAttribute('aria-hidden', 'true');
  ta.className = 'ac-offscreen';
  root.append(ta);
  const active = (root.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
  try {
    ta.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    ta.remove();
    active?.focus?.();
  }
}

async function copyText(env: ExportEnv, text: string): Promise<boolean> {
  if (env.writeClipboard) {
    try {
      await env.writeClipboard(text);
      return true;
    } catch {
      // not focused, or refused: fall back
    }
  }
  return copyWithTextarea(env.root, text);
}

const saved = (a: { ok: boolean; message?: string }) =>
  a.ok
    ? ' et enregistré dans l’historique.'
    : `, mais pas enregistré dans l’historique. ${a.message ?? ''}`.trimEnd();

/**
 * Runs one export and says how it went, in French (for the toast). Never throws.
 */
export async function runExport(
  kind: ExportKind,
  state: ExportState,
  env: ExportEnv,
): Promise<string> {
  let snapshot: Snapshot;
  let role: Role = 'carrier';
  try {
    role = await env.role();
  } catch {
    // settings unreadable: the default role
  }
  try {
    snapshot = buildSnapshot({
      dossier: state.read.dossier,
      report: state.report,
      marks: state.marks,
      url: pageAddress(env.location.href),
      title: env.title,
      role,
      extensionVersion: env.version,
      createdAt: env.now?.() ?? new Date(),
    });
  } catch (e) {
    return `Export impossible : ${String((e as Error)?.message ?? e)}`;
  }

  switch (kind) {
    case 'json':
    case 'csv': {
      let name: string;
      try {
        name = downloadSnapshot(env.root, snapshot, kind);
      } catch (e) {
        return `Le fichier ${kind.toUpperCase()} n’a pas pu être créé (${String(e)}).`;
      }
      const a = await send(env, { type: 'clas:snapshot-save', snapshot });
      return `Fichier ${name} téléchargé${saved(a)}`;
    }
    case 'print': {
      const a = await send(env, { type: 'clas:snapshot-print', snapshot });
      if (!a.ok) return `La page imprimable n’a pas pu s’ouvrir. ${a.message}`;
      return a.saved
        ? 'Page imprimable ouverte dans un nouvel onglet et enregistrée dans l’historique.'
        : `Page imprimable ouverte dans un nouvel onglet, mais pas enregistrée dans l’historique. ${a.message ?? ''}`.trimEnd();
    }
    case 'text': {
      const copied = await copyText(env, snapshotText(snapshot));
      const a = await send(env, { type: 'clas:snapshot-save', snapshot });
      if (!copied)
        return `Le texte n’a pas pu être copié : le navigateur refuse l’accès au presse-papiers. Utilisez l’export JSON ou l’impression.${a.ok ? ' L’instantané est enregistré dans l’historique.' : ''}`;
      return `Texte copié dans le presse-papiers${saved(a)}`;
    }
  }
}

/** A short message in the frame (`role="status"`), gone after a few seconds. */
export function showToast(root: HTMLElement, message: string, ms = 6000): HTMLElement {
  root.querySelector('[data-ac-toast]')?.remove();
  const toast = document.createElement('div');
  toast.setAttribute('data-ac-toast', '');
  toast.setAttribute('role', 'status');
  toast.setAttribute('aria-live', 'polite');
  toast.className = 'ac-toast';
  toast.textContent = message;
  root.append(toast);
  setTimeout(() => toast.remove(), ms);
  return toast;
}

/** The panel's `onExport`: runs the export, shows its outcome, and returns it. */
export function createExporter(root: HTMLElement, env: ExportEnv) {
  return async (kind: ExportKind, state: ExportState): Promise<string> => {
    const message = await runExport(kind, state, env);
    showToast(root, message);
    return message;
  };
}
