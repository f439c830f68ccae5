import { isValidIsoDate } from '../rules/dates';

/**
 * What the extension remembers, in its own storage (`browser.storage.local`, the extension's
 * origin, never the portal's). Stored values are read back through these guards: a corrupted or
 * older value falls back to its default instead of breaking the panel. Written by hand rather
 * than with zod: the content script reads settings, and zod would add 9 kB gzip to it.
 */

/** Who uses the extension: the carrier filing the dossier, or the CAF instructor reviewing it. */
export const ROLES = ['carrier', 'instructor'] as const;
export type Role = (typeof ROLES)[number];
export type PortalKind = 'elan' | 'mcp';

/** A host name as the person types it in the options: `nouveau-portail.caf.fr`. */
export const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

interface ExtraHost {
  host: string;
  portal: PortalKind;
}

export interface Settings {
  role: Role;
  /** Reference date for deadlines; absent means today. */
  referenceDate?: string | undefined;
  /** Hosts the person added in the options (besides the two portals), with the map to read them. */
  extraHosts: ExtraHost[];
}

export interface SiteSettings {
  enabled: boolean;
  collapsed: boolean;
  side: 'right' | 'left';
  /** Dossier path → CSS selector the person taught for this site. */
  overrides: Record<string, string>;
}

/** The instructor's mark on one finding: « Vérifié » and a note. */
export interface Mark {
  checked: boolean;
  note: string;
}

/** A dossier's marks, keyed by finding (display/finding-keys.ts `findingKeys`). */
export type Marks = Record<string, Mark>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const stringRecord = (v: unknown): Record<string, string> =>
  isObject(v)
    ? Object.fromEntries(
        Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
      )
    : {};

export function parseSettings(v: unknown): Settings {
  const o = isObject(v) ? v : {};
  const settings: Settings = {
    role: o.role === 'instructor' ? 'instructor' : 'carrier',
    extraHosts: Array.isArray(o.extraHosts) ? o.extraHosts.filter(isExtraHost) : [],
  };
  if (typeof o.referenceDate === 'string' && isValidIsoDate(o.referenceDate))
    settings.referenceDate = o.referenceDate;
  return settings;
}

function isExtraHost(v: unknown): v is ExtraHost {
  return (
    isObject(v) &&
    typeof v.host === 'string' &&
    HOST_PATTERN.test(v.host) &&
    (v.portal === 'elan' || v.portal === 'mcp')
  );
}

export function parseSite(v: unknown): SiteSettings {
  const o = isObject(v) ? v : {};
  return {
    enabled: o.enabled !== false,
    collapsed: o.collapsed === true,
    side: o.side === 'left' ? 'left' : 'right',
    overrides: stringRecord(o.overrides),
  };
}

export function parseMarks(v: unknown): Marks {
  if (!isObject(v)) return {};
  const marks: Marks = {};
  for (const [key, m] of Object.entries(v)) {
    if (isObject(m) && typeof m.checked === 'boolean' && typeof m.note === 'string')
      marks[key] = { checked: m.checked, note: m.note };
  }
  return marks;
}
