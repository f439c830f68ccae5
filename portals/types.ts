/** The portals the reader knows (their hosts: hosts.ts). */
export type PortalId = 'elan' | 'mcp';
