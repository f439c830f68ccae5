import type { Snapshot } from './format';
import { exportFileName } from './build';
import { snapshotCsv } from './csv';

/**
 * Saves a file without the `downloads` permission: a Blob URL on a temporary `<a download>`
 * placed in `parent` (the panel's frame, an extension page, so nothing lands in the
 * page's own DOM), clicked, removed, and its URL revoked once the download has started.
 */
export function downloadBlob(parent: ParentNode, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  parent.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking at once can cancel the download in some browsers: wait a little.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

function snapshotJson(s: Snapshot): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** Downloads a snapshot as JSON or CSV; returns the file name. */
export function downloadSnapshot(parent: ParentNode, s: Snapshot, kind: 'json' | 'csv'): string {
  const name = exportFileName(s, kind);
  const blob =
    kind === 'json'
      ? new Blob([snapshotJson(s)], { type: 'application/json;charset=utf-8' })
      : new Blob([snapshotCsv(s)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(parent, name, blob);
  return name;
}
