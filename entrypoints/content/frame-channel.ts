import { browser } from 'wxt/browser';
import {
  isFromFrame,
  PANEL_PORT,
  PIPE_MESSAGE,
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
 * The content script's end of the panel's channel, in two parts:
 * - the frame opens an extension port to its own tab (`tabs.connect`); it is taken only from
 *   this extension's own page, with the name the frame was given (its address's random
 *   fragment); the frame's actions come this way, and a secret goes back;
 * - the models, sent after every reading, go through a `MessageChannel` handed to the frame's
 *   window with the extension's origin as target, and with that secret: from one renderer to
 *   the other, without the extension messaging's relay, as a JSON string (at 200 collectives,
 *   cloning the model's objects took 5 ms, the string under 1 ms). The frame
 *   takes the one port that comes with the secret, so a page posting its own ports to the frame
 *   is ignored, and the page cannot listen to a port it never had.
 * The newest extension port wins (the frame reconnects after a reload of its own).
 */
export function openFrameChannel(
  nonce: string,
  frameWindow: () => Window | null,
  onAction: (a: FromFrame) => void,
): FrameChannel {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  let port: Port | null = null;
  let pipe: MessagePort | null = null;
  /** The last model, as JSON: a string crosses faster than a structured clone of the object. */
  let latest: string | null = null;

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
    if (s?.id !== browser.runtime.id || !s.url?.startsWith(`${extensionOrigin}/`))
      return p.disconnect();
    port?.disconnect();
    pipe?.close();
    port = p;
    p.onMessage.addListener((m) => {
      if (port === p && isFromFrame(m)) onAction(m);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = null;
      pipe?.close();
      pipe = null;
    });
    const channel = new MessageChannel();
    const secret = randomHex();
    pipe = channel.port1;
    post({ type: 'pipe', secret });
    frameWindow()?.postMessage({ type: PIPE_MESSAGE, secret }, extensionOrigin, [channel.port2]);
    if (latest) pipe.postMessage(latest);
  };
  browser.runtime.onConnect.addListener(onConnect as never);
  return {
    send(model) {
      latest = JSON.stringify(model);
      pipe?.postMessage(latest);
    },
    stop() {
      browser.runtime.onConnect.removeListener(onConnect as never);
      port?.disconnect();
      pipe?.close();
      port = null;
      pipe = null;
    },
  };
}

export function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
