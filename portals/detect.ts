/** Which portal a page belongs to, from its address. */
import { PORTALS } from './hosts';
import type { PortalId } from './types';

/**
 * `elan.caf.fr` → 'elan', `partenaires.caf.fr` → 'mcp' (and their sub-domains). On a local
 * address (the mock portals served by test/mock-portals/serve.ts) the first path segment
 * decides: `/elan/…` or `/mcp/…`.
 */
export function detectPortal(location: {
  hostname: string;
  pathname: string;
}): PortalId | undefined {
  const host = location.hostname.toLowerCase().replace(/\.$/, '');
  for (const p of PORTALS) if (host === p.host || host.endsWith(`.${p.host}`)) return p.id;
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') {
    const seg = location.pathname.split('/')[1]?.toLowerCase();
    if (seg === 'elan' || seg === 'mcp') return seg;
  }
  return undefined;
}
