/**
 * Which dossier a page is about: its portal, its number when the address or the page gives one,
 * and the carrier's name as read. The panel names the dossier with it, keeps the instructor's
 * marks under it and follows one dossier across the form's steps. Never the bare address: two
 * dossiers shown at the same address (an instructor's summary page) must not mix. Reads only.
 */
import { hintedTexts } from './page-text';
import type { PortalId } from './types';

export interface DossierIdentity {
  portal: PortalId;
  /** As the page or the address writes it (« ELAN-88-2025-01234 »). */
  number?: string;
  /** The carrier's name as read on the page. */
  carrier?: string;
}

/** Words that introduce a dossier's number on a page (matched without case or accents). */
const NUMBER_LABELS = [
  'n° de dossier',
  'n° du dossier',
  'numero de dossier',
  'numéro de dossier',
  'dossier n°',
  'dossier no',
  'dossier numero',
  'dossier numéro',
  'n° de demande',
  'numéro de demande',
  'demande n°',
  'référence du dossier',
  'référence de la demande',
  'référence',
];

/** A number: letters, digits and separators, with at least three digits. */
const NUMBER = /^[A-Za-z0-9][A-Za-z0-9\-_/.]{1,48}$/;
const hasDigits = (s: string) => (s.match(/\d/g) ?? []).length >= 3;
/** « 2025-2026 », « 2025/2026 »: a campaign, not a dossier. */
const CAMPAIGN = /^\d{4}[-/]\d{4}$/;
const YEAR = /^(?:19|20)\d{2}$/;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');

const LABELS = NUMBER_LABELS.map(fold).sort((a, b) => b.length - a.length);

function asNumber(raw: string): string | undefined {
  const value = raw.trim().replace(/[.;,)]+$/, '');
  return NUMBER.test(value) && hasDigits(value) && !CAMPAIGN.test(value) ? value : undefined;
}

/**
 * The number written after one of the labels in `text` (« Dossier n° ELAN-88-2025-01234 »,
 * « N° de dossier : 4521 »), or undefined.
 */
export function numberInText(text: string): string | undefined {
  const folded = fold(text);
  for (const label of LABELS) {
    let at = folded.indexOf(label);
    while (at >= 0) {
      // Same length after folding but for whitespace runs: map back through the folded text.
      const after = folded.slice(at + label.length).replace(/^\s*[:：]?\s*/, '');
      const word = after.split(' ')[0] ?? '';
      const original = text.replace(/\s+/g, ' ');
      const start = original.length - after.length;
      const candidate = asNumber(original.slice(start, start + word.length));
      if (candidate) return candidate;
      at = folded.indexOf(label, at + 1);
    }
  }
  return undefined;
}

/** Query parameters that carry a dossier's number. */
const NUMBER_PARAMS = [
  'dossier',
  'numdossier',
  'iddossier',
  'numero',
  'demande',
  'reference',
  'ref',
  'id',
];
/** Path segments after which the next segment is the dossier's number. */
const NUMBER_SEGMENTS = ['dossier', 'dossiers', 'demande', 'demandes', 'instruction'];

/**
 * The number in an address: `?dossier=4521`, `/dossier-4521`, `/demande/2025-00412/etape-2`.
 * A step (`etape-2`) or a campaign (`2025-2026`) is not a number.
 */
export function numberInAddress(address: { pathname: string; search: string }): string | undefined {
  const params = new URLSearchParams(address.search);
  for (const [key, value] of params) {
    if (NUMBER_PARAMS.includes(key.toLowerCase())) {
      const n = asNumber(value);
      if (n) return n;
    }
  }
  const segments = address.pathname.split('/').filter(Boolean).map(decodeURIComponentSafe);
  const own = (seg: string) => /^(?:dossier|demande)[-_](.+)$/i.exec(seg)?.[1];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const prefixed = own(seg);
    const n = prefixed && asNumber(prefixed);
    if (n) return n;
    const next = segments[i + 1];
    // A bare year in an address (`/demande/2025/…`) is a campaign's, not a dossier's.
    if (next === undefined || !NUMBER_SEGMENTS.includes(seg.toLowerCase()) || YEAR.test(next))
      continue;
    const after = own(next) ?? next;
    const m = asNumber(after);
    if (m) return m;
  }
  return undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The dossier's number as the page shows it (« Dossier n° … », « N° de dossier » beside its
 * value); the extension's own elements (`skip`) are ignored.
 */
export function numberOnPage(doc: Document, skip?: (el: Element) => boolean): string | undefined {
  for (const line of hintedTexts(doc, /n°|num[ée]ro|r[ée]f[ée]rence|\bno\b/i, skip)) {
    const found = numberInText(line);
    if (found) return found;
  }
  return undefined;
}

/** Upper case, no spaces: « elan-88-2025-01234 » and « ELAN-88-2025-01234 » are one number. */
function normalizeNumber(n: string): string {
  return n.replace(/\s+/g, '').toUpperCase();
}

/** Lower case, no accents, single spaces: how two readings of one carrier's name compare. */
function normalizeCarrier(name: string): string {
  return fold(name)
    .replace(/[\u2019']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The identity of the dossier on this page: page number first, else the address's. */
export function identityOf(
  portal: PortalId,
  carrierName: string | undefined,
  number: string | undefined,
): DossierIdentity {
  const id: DossierIdentity = { portal };
  if (number) id.number = number;
  const carrier = carrierName?.trim();
  if (carrier) id.carrier = carrier;
  return id;
}

/**
 * The key the dossier's marks and steps are kept under: the portal and the number when there is
 * one, else the portal and the carrier's name; undefined when the page gives neither (then
 * nothing is kept: a page of no known dossier cannot be told from another).
 */
export function identityKey(id: DossierIdentity): string | undefined {
  if (id.number) return `${id.portal}|n:${normalizeNumber(id.number)}`;
  if (id.carrier) return `${id.portal}|c:${normalizeCarrier(id.carrier)}`;
  return undefined;
}

/**
 * Whether two readings are of the same dossier: same portal, and the numbers agree when both
 * have one, else the carriers' names when both have one. A page that shows only the number (a
 * later step of the form) joins the dossier read with that number; two numbers that differ are
 * two dossiers, whatever the names.
 */
export function sameDossier(a: DossierIdentity, b: DossierIdentity): boolean {
  if (a.portal !== b.portal) return false;
  if (a.number && b.number) return normalizeNumber(a.number) === normalizeNumber(b.number);
  if (a.carrier && b.carrier) return normalizeCarrier(a.carrier) === normalizeCarrier(b.carrier);
  return false;
}
