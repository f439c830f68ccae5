/** The field maps by portal. */
import type { PortalId, PortalMap } from '../types';
import { ELAN_MAP } from './elan';
import { MCP_MAP } from './mcp';

export const PORTAL_MAPS: Readonly<Record<PortalId, PortalMap>> = {
  elan: ELAN_MAP,
  mcp: MCP_MAP,
};
