/**
 * The page's address as exports keep it: without query string or fragment, which may carry a
 * session token or a form's state; the origin and path are enough to find the dossier again.
 */
export function pageAddress(href: string): string {
  try {
    const u = new URL(href);
    return `${u.origin}${u.pathname}`;
  } catch {
    return href.replace(/[?#].*$/s, '');
  }
}
