import { render } from 'preact';
import { PAGE_CSS } from '../../components/page-styles';
import { downloadSnapshot } from '../../snapshots/download';
import { openSnapshotStore } from '../../snapshots/store';
import { HISTORY_CSS, HistoryApp } from './HistoryApp';

const style = document.createElement('style');
style.textContent = PAGE_CSS + HISTORY_CSS;
document.head.append(style);

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
