import { findingKeys } from '../display/finding-keys';
import { PORTALS } from '../portals/hosts';
import type { Dossier } from '../rules/dossier';
import { localDay } from '../rules/dates';
import { stripAccents } from '../rules/text';
import type { Report } from '../rules/report';
import type { Marks, Role } from '../settings/schema';
import { SNAPSHOT_FORMAT } from './constants';
import type { Snapshot, SnapshotMark, SnapshotPortal } from './format';

/** Builds `clas-snapshot/1` objects. Pure: the caller passes the time, id and version. */

export interface SnapshotInput {
  dossier: Dossier;
  report: Report;
  /** The panel's marks, keyed by `findingKeys(report.findings)`. */
  marks: Readonly<Marks>;
  url: string;
  title: string;
  role: Role;
  extensionVersion: string;
  /** Default: now. */
  createdAt?: Date;
  /** Default: a random UUID. */
  id?: string;
}

/** Lower case, no accents, single spaces: « Centre  Social Épinal » → `centre social epinal`. */
export function normalizeText(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[\u2019']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a carrier name, for the history search: `La Passerelle – Épinal` → la, passerelle, epinal. */
export function searchWords(s: string): string[] {
  return [
    ...new Set(
      normalizeText(s)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0),
    ),
  ];
}

export function portalOf(url: string, dossierPortal?: SnapshotPortal): SnapshotPortal {
  if (dossierPortal) return dossierPortal;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return 'other';
  }
  return PORTALS.find((p) => p.host === host)?.id ?? 'other';
}

/**
 * Groups the snapshots of one dossier: normalised carrier name, portal, host and path of the
 * page (no query, no hash, no trailing slash). `centre social la passerelle epinal|elan|elan.caf.fr/demande`.
 */
export function dossierKeyOf(
  carrierName: string | undefined,
  portal: SnapshotPortal,
  url: string,
): string {
  let place = url;
  try {
    const u = new URL(url);
    place = `${u.hostname}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    // not a URL: keep the text as given
  }
  return `${normalizeText(carrierName ?? '')}|${portal}|${place.toLowerCase()}`;
}

/** Marks aligned with the findings (one per finding, unmarked ones `checked: false, note: ''`). */
function marksList(report: Report, marks: Readonly<Marks>): SnapshotMark[] {
  const keys = findingKeys(report.findings);
  return report.findings.map((f, i) => {
    const key = keys[i] ?? `${f.rule}|${f.field ?? ''}|0`;
    const m = marks[key];
    return {
      key,
      rule: f.rule,
      ...(f.field !== undefined && { field: f.field }),
      checked: m?.checked ?? false,
      note: m?.note ?? '',
    };
  });
}

/**
 * Back to the panel's keyed marks, for the findings of `report` (the snapshot's own report by
 * default): a mark re-attaches to the finding with the same key, else to the next finding with
 * the same rule and field. Unmarked entries are left out.
 */
export function marksByKey(marks: readonly SnapshotMark[], report?: Report): Marks {
  const out: Marks = {};
  const useful = marks.filter((m) => m.checked || m.note !== '');
  if (!report) {
    for (const m of useful) out[m.key] = { checked: m.checked, note: m.note };
    return out;
  }
  const keys = findingKeys(report.findings);
  const free = new Set(keys);
  const pending: SnapshotMark[] = [];
  for (const m of useful) {
    if (free.has(m.key)) {
      out[m.key] = { checked: m.checked, note: m.note };
      free.delete(m.key);
    } else pending.push(m);
  }
  for (const m of pending) {
    const i = report.findings.findIndex(
      (f, j) => f.rule === m.rule && (f.field ?? '') === (m.field ?? '') && free.has(keys[j]!),
    );
    if (i < 0) continue;
    const key = keys[i]!;
    out[key] = { checked: m.checked, note: m.note };
    free.delete(key);
  }
  return out;
}

function randomId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { report } = input;
  // The dossier as it was evaluated: `clas-check` on the file gives the same report.
  const dossier: Dossier = { ...input.dossier, checkedOn: report.checkedOn };
  const portal = portalOf(input.url, input.dossier.portal);
  return {
    format: SNAPSHOT_FORMAT,
    id: input.id ?? randomId(),
    dossierKey: dossierKeyOf(dossier.carrier?.name, portal, input.url),
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    extensionVersion: input.extensionVersion,
    role: input.role,
    portal,
    url: input.url,
    title: input.title,
    dossier,
    report,
    marks: marksList(report, input.marks),
  };
}

export function carrierName(s: Pick<Snapshot, 'dossier'>): string {
  return s.dossier.carrier?.name?.trim() || 'Porteur non renseigné';
}

/** « Dossier CLAS — Centre social… »: the title of the text export and the printable page. */
export function snapshotTitle(s: Pick<Snapshot, 'dossier'>): string {
  return `Dossier CLAS — ${carrierName(s)}`;
}

/** `clas-snapshot-centre-social-la-passerelle-2025-07-10.json`. */
export function exportFileName(
  s: Pick<Snapshot, 'dossier' | 'createdAt'>,
  ext: 'json' | 'csv',
): string {
  // Whole words, up to about 48 characters: the name stays readable in a downloads list.
  let slug = '';
  for (const word of normalizeText(s.dossier.carrier?.name ?? '').split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 48) {
      slug ||= word.slice(0, 48);
      break;
    }
    slug = next;
  }
  return `clas-snapshot-${slug || 'dossier'}-${localDay(new Date(s.createdAt))}.${ext}`;
}
