import { browser } from 'wxt/browser';
import {
  isFromFrame,
  PANEL_PORT,
  type FromFrame,
  type PanelModel,
  type ToFrame,
} from '../../components/frame-protocol';

export interface FrameChannel {
  send(model: PanelModel): void;
  stop(): void;
}

interface Port {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(m: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (m: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

/**
 * The content script's end of the panel's channel. The frame opens it (`tabs.connect` to its own
 * tab); a port is taken only from this extension's own page and with the name the frame was
 * given (its address's random fragment, in the closed shadow root): a page cannot open one,
 * and another copy of the frame the page might load has no name to give. The newest port wins
 * (the frame reconnects after a reload of its own). The model is sent again on each connection.
 */
export function openFrameChannel(nonce: string, onAction: (a: FromFrame) => void): FrameChannel {
  const origin = browser.runtime.getURL('/');
  let port: Port | null = null;
  let latest: PanelModel | null = null;
  const post = (m: ToFrame) => {
    try {
      port?.postMessage(m);
    } catch {
      port = null; // the frame went away (removed by the page, or reloading)
    }
  };
  const onConnect = (p: Port) => {
    if (p.name !== `${PANEL_PORT}:${nonce}`) return;
    const s = p.sender;
    if (s?.id !== browser.runtime.id || !s.url?.startsWith(origin)) return p.disconnect();
    port?.disconnect();
    port = p;
    p.onMessage.addListener((m) => {
      if (port === p && isFromFrame(m)) onAction(m);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    if (latest) post({ type: 'model', model: latest });
  };
  browser.runtime.onConnect.addListener(onConnect as never);
  return {
    send(model) {
      latest = model;
      post({ type: 'model', model });
    },
    stop() {
      browser.runtime.onConnect.removeListener(onConnect as never);
      port?.disconnect();
      port = null;
    },
  };
}
