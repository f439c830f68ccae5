import type { FromFrame } from '../../components/frame-protocol';
import { randomHex } from './frame-channel';

type Layout = Extract<FromFrame, { type: 'layout' }>;

export interface FrameHost {
  /** The one element the extension adds to the page (for the reader and the picker to skip). */
  host: HTMLElement;
  /** Where the content script draws over the page (the field outline). */
  container: HTMLElement;
  /** The random part of the frame's address: the frame names its port with it. */
  nonce: string;
  /** The frame's window, to hand it the models' port. */
  frameWindow(): Window | null;
  /** Sizes and places the frame as the panel asks: a tab on the edge, or the open panel. */
  layout(l: Layout): void;
  remove(): void;
}

/** The panel's width when open (components/panel.css `.ac-root`). */
const OPEN_WIDTH = 360;

/** The frame's box, before the panel says how it is drawn: open, on the right, not shown. */
const FRAME_STYLE: Record<string, string> = {
  display: 'block',
  position: 'fixed',
  'z-index': '2147483000',
  top: '0',
  right: '0',
  left: 'auto',
  bottom: 'auto',
  transform: 'none',
  width: `min(${OPEN_WIDTH}px, 100vw)`,
  height: '100vh',
  border: '0',
  margin: '0',
  padding: '0',
  background: 'transparent',
  'color-scheme': 'light',
  'box-shadow': 'none',
  'max-width': 'none',
  'max-height': 'none',
  'min-width': '0',
  'min-height': '0',
  opacity: '1',
  filter: 'none',
  'clip-path': 'none',
  zoom: '1',
  'pointer-events': 'auto',
  visibility: 'hidden',
};

/**
 * The panel's home on the page: an `<assistant-clas>` element at the end of the body holding an
 * iframe of the extension's own page (panel-frame.html) and the field outline. The panel itself
 * lives in the frame, in the extension's origin: the portal's scripts cannot read its notes,
 * click its buttons or hear the keys typed in it; they can only see that the frame is there
 * (and remove it). No shadow root: nothing is left in the page's document to read. Every box is
 * set in a style attribute with `!important`, which the page's style sheets cannot override.
 */
export function mountFrameHost(frameUrl: string): FrameHost {
  const host = document.createElement('assistant-clas');
  // No box of its own: the page's styles on it (transform, filter, opacity) have nothing to act on.
  host.style.setProperty('display', 'contents', 'important');
  const container = document.createElement('div');
  container.style.setProperty('display', 'contents', 'important');

  const nonce = randomHex();
  const frame = document.createElement('iframe');
  frame.title = 'Assistant Clas';
  // « Copier le texte » writes the clipboard from the frame.
  frame.allow = 'clipboard-write';
  const set = (styles: Record<string, string>) => {
    for (const [k, v] of Object.entries(styles)) frame.style.setProperty(k, v, 'important');
  };
  set(FRAME_STYLE);
  frame.src = `${frameUrl}#${nonce}`;
  host.append(frame, container);
  (document.body ?? document.documentElement).append(host);

  const layout = (l: Layout) => {
    const left = l.side === 'left';
    const px = (n: number) => `${Math.max(1, Math.min(Math.ceil(n), 4000))}px`;
    set({
      visibility: 'visible',
      left: left ? '0' : 'auto',
      right: left ? 'auto' : '0',
      top: l.collapsed ? '50%' : '0',
      transform: l.collapsed ? 'translateY(-50%)' : 'none',
      width: l.collapsed ? px(l.width) : FRAME_STYLE.width!,
      height: l.collapsed ? px(l.height) : '100vh',
      'box-shadow': l.collapsed ? 'none' : `${left ? 4 : -4}px 0 16px rgba(0, 0, 0, 0.16)`,
    });
  };
  return {
    host,
    container,
    nonce,
    frameWindow: () => frame.contentWindow,
    layout,
    remove: () => host.remove(),
  };
}
