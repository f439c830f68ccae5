import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PANEL_PORT, type ToFrame } from '../../components/frame-protocol';
import { PANEL_CSS } from '../../components/Panel';
import { FrameApp, type ModelLink } from './FrameApp';
import { dropUntrustedEvents } from './trusted-events';

/**
 * The panel's frame (panel-frame.html), which the content script puts on the portal's page.
 * It is an extension page: the portal's scripts cannot read it or reach its events. It talks to
 * the content script of its own tab over an extension port, named with the random fragment of
 * its address, which only the content script knows.
 */
dropUntrustedEvents(window);

const style = document.createElement('style');
style.textContent = `:root { color-scheme: light; } html, body { margin: 0; background: transparent; }\n${PANEL_CSS}`;
document.head.append(style);

async function start(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  const nonce = location.hash.slice(1);
  // Opened in a tab of its own, or without the content script's name: nothing to show.
  if (tab?.id === undefined || !/^[0-9a-f]{32}$/.test(nonce)) return;
  const port = browser.tabs.connect(tab.id, { frameId: 0, name: `${PANEL_PORT}:${nonce}` });
  // The content script answers the connection with the model at once: listen before rendering.
  const link: ModelLink = { latest: null, listener: null, send: (m) => port.postMessage(m) };
  port.onMessage.addListener((m: unknown) => {
    if ((m as ToFrame | null)?.type !== 'model') return;
    link.latest = (m as ToFrame).model;
    link.listener?.(link.latest);
  });
  render(<FrameApp link={link} />, document.getElementById('app')!);
}

void start();
