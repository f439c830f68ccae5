/**
 * Page → dossier: the public API of the portal reader.
 *
 * - `detectPortal(location)`: 'elan' | 'mcp' from the address;
 * - `readPage(document, portal, overrides?)`: one read of the page (dossier, sources, evidence,
 *   found / notFound, ambiguous labels, `field.unreadable` findings);
 * - `watchPage(document, portal, onRead, overrides?)`: live reading, at most once per frame.
 *
 * Fields are recognised by meaning (concepts.ts), not by exact wordings. The page is only read,
 * never written to.
 */
export type { PortalId } from './types';
export type { ReadResult } from './reader';
export { readPage } from './reader';
export { detectPortal } from './detect';
export { watchPage } from './watch';
