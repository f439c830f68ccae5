/**
 * What every mock portal page shares: escaping, how amounts and dates are written, the page
 * shell with the « maquette » banner, and the pages' own files (CSS, scripts, labels), read
 * from assets/ and put inline: a page is one self-contained document (no network, no
 * external resource), whether a test routes it to a fake address or a person opens a copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AmountStyle = 'spaces' | 'plain' | 'euro';

export const MOCK_BANNER_TEXT = 'Page de démonstration — maquette, pas le vrai portail';

/**
 * A page's file in assets/ (its CSS, script or labels), as text. Not beside the page's module:
 * `./elan-form` must resolve to elan-form.ts, not to the page's elan-form.js.
 */
export function asset(name: string): string {
  return readFileSync(join(import.meta.dirname, 'assets', name), 'utf8');
}

/* ------------------------------------------------------------------------------------------ */
/* Text helpers                                                                                */
/* ------------------------------------------------------------------------------------------ */

const NNBSP = '\u202f'; // narrow no-break space (what Intl.NumberFormat('fr-FR') writes)
const NBSP = '\u00a0';

/** Escapes text for HTML content and double-quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** French amount as a person would type it. Undefined gives ''. */
export function formatAmount(value: number | undefined, style: AmountStyle = 'spaces'): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const cents = Math.round(value * 100);
  const neg = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const dec = String(abs % 100).padStart(2, '0');
  const group = (sep: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case 'plain':
      return neg + String(euros) + (abs % 100 === 0 ? '' : ',' + dec);
    case 'euro':
      return `${neg}${group(NNBSP)},${dec}${NBSP}€`;
    case 'spaces':
    default:
      return `${neg}${group(' ')},${dec}`;
  }
}

/** Amount for read-only pages, as Intl.NumberFormat('fr-FR', currency EUR) writes it. */
export function displayAmount(value: number | undefined): string {
  return value === undefined ? '—' : formatAmount(value, 'euro');
}

export function ouiNon(v: boolean | undefined): string {
  return v === undefined ? 'Non renseigné' : v ? 'Oui' : 'Non';
}

export function frDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function checked(v: boolean | undefined): string {
  return v ? ' checked' : '';
}

export function intText(v: number | undefined): string {
  return v === undefined ? '' : String(v);
}

/** Deterministic small hash: gives plausible SIRET/address for a carrier name. */
export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Shared page shell                                                                           */
/* ------------------------------------------------------------------------------------------ */

function banner(): string {
  return `<div role="note" class="mk-banner" id="bandeau-maquette">
  <strong>${esc(MOCK_BANNER_TEXT)}</strong> — données fictives, aucune information n’est transmise.
</div>`;
}

/**
 * A whole page: its title, its CSS file (after base.css), its body and its script file.
 * base.css keeps the right ~380px free for the extension panel (content left-aligned, max
 * 940px).
 */
export function page(title: string, cssFile: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
${asset('base.css')}
${asset(cssFile)}
</style>
</head>
<body>
${banner()}
${body}
${script ? `<script>\n${script}\n</script>` : ''}
</body>
</html>
`;
}
