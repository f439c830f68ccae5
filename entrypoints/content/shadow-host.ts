import { OWN_ATTRIBUTE } from '../../portals/read-page';

export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** Keys and form events typed in the panel must not reach the portal's own handlers. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change'];

/**
 * The panel's home on the page: an `<assistant-clas>` element at the end of the body with an
 * open shadow root (Playwright and assistive technology reach into it; its content is the
 * page's own data, nothing secret). `:host { all: initial }` stops the page's inheritable
 * styles; the panel's CSS uses px, never rem, so the page's font size does not reach it either.
 * Written here rather than with WXT's createShadowRootUi, which with its dependencies added
 * 4 kB gzip to the content script for features the panel does not use.
 */
export function mountShadowHost(css: string): ShadowHost {
  const host = document.createElement('assistant-clas');
  host.setAttribute(OWN_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  (document.body ?? document.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
