import { render } from 'preact';
import '../../styles/page.css';
import './history.css';
import { downloadSnapshot } from '../../snapshots/download';
import { openSnapshotStore } from '../../snapshots/store';
import { HistoryApp } from './HistoryApp';

// This page is in the extension's origin: it opens the history itself.
render(
  <HistoryApp
    store={openSnapshotStore()}
    download={(s, kind) => downloadSnapshot(document.body, s, kind)}
    confirm={(q) => window.confirm(q)}
    printUrl={(id) => `/print.html?id=${encodeURIComponent(id)}`}
  />,
  document.getElementById('app')!,
);
