/**
 * Page → dossier: the public API of the portal reader.
 *
 * - `detectPortal(location)`: 'elan' | 'mcp' from the address;
 * - `readPage(document, portal, overrides?)`: one read of the page (dossier, sources, found /
 *   notFound, `field.unreadable` findings);
 * - `watchPage(document, portal, onRead, overrides?)`: live reading, at most once per frame.
 *
 * The page is only read, never written to. Field maps are data: portals/maps/.
 */
export type { PortalId, FieldEntry, FieldKind, FieldScope, PortalMap } from './types';
export type { FieldSource, ReadResult } from './reader';
export { readPage, fieldSources } from './reader';
export { detectPortal } from './detect';
export { watchPage, OWN_ATTRIBUTE } from './watch';
export { PORTAL_MAPS } from './maps/index';
export { normalizeLabel } from './normalize';
