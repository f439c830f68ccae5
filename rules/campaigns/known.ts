/**
 * The campaigns the engine has a parameter file for (`department/campaign`), apart from the files
 * themselves: the page reader needs only their years (which campaign a page is about), not their
 * parameters, and stays small. registry.ts holds one file per entry (the compiler checks it).
 */
export const KNOWN_CAMPAIGNS = ['88/2025-2026'] as const;

export type KnownCampaign = (typeof KNOWN_CAMPAIGNS)[number];
