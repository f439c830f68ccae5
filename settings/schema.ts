import * as z from 'zod/mini';
import { isValidIsoDate } from '../rules/dossier';

/**
 * What the extension remembers, in its own storage (`browser.storage.local`, the extension's
 * origin, never the portal's). Read back through these schemas: a corrupted or older value
 * falls back to the default instead of breaking the panel.
 */

export const roleSchema = z.enum(['carrier', 'instructor']);
export type Role = z.infer<typeof roleSchema>;

export const portalKindSchema = z.enum(['elan', 'mcp']);

/** A host name as the person types it in the options: `nouveau-portail.caf.fr`. */
export const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const extraHostSchema = z.object({
  host: z.string().check(z.regex(HOST_PATTERN)),
  portal: portalKindSchema,
});
export type ExtraHost = z.infer<typeof extraHostSchema>;

export const settingsSchema = z.object({
  role: z._default(roleSchema, 'carrier'),
  /** Reference date for deadlines; absent means today. */
  referenceDate: z.optional(z.string().check(z.refine(isValidIsoDate))),
  /** Hosts the person added in the options (besides the two portals), with the map to read them. */
  extraHosts: z._default(z.array(extraHostSchema), []),
});
export type Settings = z.infer<typeof settingsSchema>;

export const siteSchema = z.object({
  enabled: z._default(z.boolean(), true),
  collapsed: z._default(z.boolean(), false),
  side: z._default(z.enum(['right', 'left']), 'right'),
  /** Dossier path → CSS selector the person taught for this site. */
  overrides: z._default(z.record(z.string(), z.string()), {}),
});
export type SiteSettings = z.infer<typeof siteSchema>;

export const marksSchema = z.record(
  z.string(),
  z.object({ checked: z.boolean(), note: z.string() }),
);
export type Marks = z.infer<typeof marksSchema>;

/** A shareable field map: the overrides of one or more sites, exported and imported as JSON. */
export const fieldMapFileSchema = z.object({
  format: z.literal('clas-field-map/1'),
  sites: z.record(z.string().check(z.regex(HOST_PATTERN)), z.record(z.string(), z.string())),
});
export type FieldMapFile = z.infer<typeof fieldMapFileSchema>;
