import { render } from 'preact';
import '../../styles/page.css';
import './sheet.css';
import { sendToBackground } from '../../messages/protocol';
import { openSnapshotStore } from '../../snapshots/store';
import { PrintPage, type LoadResult } from './PrintPage';

/** The history first (this page is in the extension's origin); else the background's copy. */
async function load(id: string): Promise<LoadResult> {
  try {
    const store = openSnapshotStore();
    const snapshot = await store.get(id);
    store.close();
    if (snapshot) return { ok: true, snapshot };
  } catch {
    // the history cannot be opened: ask the background
  }
  const answer = await sendToBackground({ type: 'clas:snapshot-get', id });
  return answer ?? { ok: false, message: 'Instantané introuvable.' };
}

render(
  <PrintPage id={new URLSearchParams(location.search).get('id')} load={load} />,
  document.getElementById('app')!,
);
