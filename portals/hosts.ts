import type { PortalId } from './types';

/**
 * The two CAF partner portals: where the shipped extension runs, and their names. Tests serve
 * the mock pages at these same addresses through Playwright's routing.
 */
export const PORTALS: ReadonlyArray<{ id: PortalId; host: string; name: string }> = [
  { id: 'elan', host: 'elan.caf.fr', name: 'Elan' },
  { id: 'mcp', host: 'partenaires.caf.fr', name: 'MonComptePartenaire' },
];

export const PORTAL_MATCHES = PORTALS.map((p) => `https://${p.host}/*`);

/** The portal's name as the interface says it; `other` is a page of another site (a snapshot). */
export const PORTAL_NAMES: Record<PortalId | 'other', string> = {
  elan: 'Elan',
  mcp: 'MonComptePartenaire',
  other: 'autre site',
};
