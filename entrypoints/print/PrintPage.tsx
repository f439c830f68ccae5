import { useEffect, useState } from 'preact/hooks';
import { HISTORY_TITLE } from '../../display/pages';
import { snapshotTitle } from '../../snapshots/build';
import type { Snapshot } from '../../snapshots/format';
import { SnapshotSheet } from './SnapshotSheet';

export type LoadResult = { ok: true; snapshot: Snapshot } | { ok: false; message: string };

/** print.html?id=…: the printable checklist of one snapshot, with « Imprimer / PDF ». */
export function PrintPage({
  id,
  load,
}: {
  id: string | null;
  load(id: string): Promise<LoadResult>;
}) {
  const [state, setState] = useState<LoadResult | null>(null);
  useEffect(() => {
    if (!id) {
      setState({ ok: false, message: 'Aucun instantané demandé (adresse sans « id »).' });
      return;
    }
    let live = true;
    load(id).then(
      (r) => live && setState(r),
      () => live && setState({ ok: false, message: 'Instantané illisible.' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(() => {
    if (state?.ok) document.title = `${snapshotTitle(state.snapshot)} — Assistant Clas`;
  }, [state]);

  return (
    <main>
      <div class="toolbar no-print">
        <button type="button" onClick={() => window.print()} disabled={!state?.ok}>
          Imprimer / PDF
        </button>
        <a href="/history.html">{HISTORY_TITLE}</a>
      </div>
      {state === null && <p role="status">Chargement de l’instantané…</p>}
      {state && !state.ok && (
        <>
          <h1>Instantané indisponible</h1>
          <p role="alert" class="message error">
            {state.message}
          </p>
        </>
      )}
      {state?.ok && <SnapshotSheet snapshot={state.snapshot} />}
    </main>
  );
}
