import { render } from 'preact';
import { browser } from 'wxt/browser';
import {
  PANEL_PORT,
  PIPE_MESSAGE,
  type PanelModel,
  type ToFrame,
} from '../../components/frame-protocol';
import '../../styles/colors.css';
import '../../components/panel.css';
import './frame.css';
import { FrameApp, type ModelLink } from './FrameApp';
import { dropUntrustedEvents } from './trusted-events';

/**
 * The panel's frame (panel-frame.html), which the content script puts on the portal's page.
 * It is an extension page: the portal's scripts cannot read it or reach its events. It opens an
 * extension port to the content script of its own tab, named with the random fragment of its
 * address, and receives the models on the port that comes with the secret sent back
 * (components/frame-protocol.ts).
 */
dropUntrustedEvents(window);

async function start(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  const nonce = location.hash.slice(1);
  // Opened in a tab of its own, or without the content script's name: nothing to show.
  if (tab?.id === undefined || !/^[0-9a-f]{32}$/.test(nonce)) return;
  const link: ModelLink = { latest: null, listener: null, send: () => {} };
  const onModel = (model: PanelModel) => {
    link.latest = model;
    link.listener?.(model);
  };
  // The models' port arrives by the window, where the page may post ports too: only the one
  // that comes with the secret the content script sent over the extension port is taken.
  let secret: string | null = null;
  let offered: { secret: unknown; port: MessagePort }[] = [];
  const adopt = () => {
    const chosen = secret === null ? undefined : offered.find((o) => o.secret === secret);
    if (!chosen) return;
    for (const o of offered) if (o !== chosen) o.port.close();
    offered = [];
    chosen.port.onmessage = (e) => {
      if (typeof e.data === 'string') onModel(JSON.parse(e.data) as PanelModel);
    };
    window.removeEventListener('message', onWindowMessage);
  };
  const onWindowMessage = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; secret?: unknown } | null;
    if (e.source !== window.parent || data?.type !== PIPE_MESSAGE || !e.ports[0]) return;
    offered.push({ secret: data.secret, port: e.ports[0] });
    // A page flooding the frame with ports does not make it hold them all.
    while (offered.length > 8) offered.shift()!.port.close();
    adopt();
  };
  window.addEventListener('message', onWindowMessage);

  const port = browser.tabs.connect(tab.id, { frameId: 0, name: `${PANEL_PORT}:${nonce}` });
  link.send = (m) => port.postMessage(m);
  port.onMessage.addListener((m: unknown) => {
    if ((m as ToFrame | null)?.type !== 'pipe' || secret !== null) return;
    secret = String((m as ToFrame).secret);
    adopt();
  });
  render(<FrameApp link={link} />, document.getElementById('app')!);
}

void start();
