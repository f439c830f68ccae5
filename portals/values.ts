/**
 * A place's value as a dossier value of the concept's kind, and whether a place can hold a value
 * of that kind at all (a radio pair « Oui / Non » cannot be an amount; « Caf des Vosges » is not
 * a number). Never writes to the page; never throws on page content: a value typed wrong comes
 * back as `unreadable` with a French reason.
 */
import { parseAmount, parseCount } from '../rules/amount-parser';
import type { ValueKind } from './concepts';
import {
  areLevels,
  isBlankText,
  levelCode,
  parseAttachment,
  parseAxes,
  parseCampaign,
  parseDate,
  parseDepartment,
  parseLevels,
  parseSituation,
  parseYesNo,
} from './parse-text';
import type { Place } from './places';
import { isControl, textWithout } from './dom';

export type Outcome =
  | { status: 'value'; value: unknown }
  | { status: 'empty' }
  | { status: 'unreadable'; text: string; reason: string };

const EMPTY: Outcome = { status: 'empty' };
const value = (v: unknown): Outcome => ({ status: 'value', value: v });
const unreadable = (text: string, reason: string): Outcome => ({
  status: 'unreadable',
  text: text.trim(),
  reason,
});

function selectedTexts(select: HTMLSelectElement): string[] {
  return [...select.options].filter((o) => o.selected && o.value !== '').map((o) => o.text.trim());
}

/** The text a place shows now: an input's value, a select's choice, a cell's text. */
function placeText(p: Place): string {
  switch (p.shape) {
    case 'input':
    case 'textarea':
      return (p.el as HTMLInputElement).value;
    case 'select':
    case 'multiselect':
      return selectedTexts(p.el as HTMLSelectElement).join(', ');
    case 'static':
      return p.text ?? '';
    case 'radios':
      return p.options?.find((o) => o.control.checked)?.label ?? '';
    case 'checkbox':
      return isChecked(p.el) ? 'Oui' : 'Non';
    case 'checkboxes':
      return (p.options ?? [])
        .filter((o) => o.control.checked)
        .map((o) => o.label)
        .join(', ');
    case 'file':
      return [...((p.el as HTMLInputElement).files ?? [])].map((f) => f.name).join(', ');
  }
}

/** A box's state: an input's, or a script-drawn switch's `aria-checked`. */
function isChecked(el: Element): boolean {
  return el.tagName === 'INPUT'
    ? (el as HTMLInputElement).checked
    : el.getAttribute('aria-checked') === 'true';
}

function optionTexts(p: Place): string[] {
  if (p.options) return p.options.map((o) => o.label);
  if (p.shape === 'select' || p.shape === 'multiselect') {
    return [...(p.el as HTMLSelectElement).options]
      .filter((o) => o.value !== '' && !isBlankText(o.text))
      .map((o) => o.text);
  }
  return [];
}

/** Options all of one kind: every option parses (ignoring a prompt). */
function optionsAre(p: Place, parse: (t: string) => unknown): boolean {
  const opts = optionTexts(p);
  return opts.length >= 2 && opts.every((o) => parse(o) !== undefined);
}

function staticFits(p: Place, parse: (t: string) => unknown): boolean {
  const t = placeText(p);
  return isBlankText(t) || parse(t) !== undefined;
}

const amountOk = (t: string) => (parseAmount(t).ok ? true : undefined);
/** « 9 », « 9 enfants », « 3 adultes »: a count and its unit. */
function countOf(text: string): ReturnType<typeof parseCount> {
  const unit =
    /^\s*(\d+)\s+(?!h\b|heures?\b|ans?\b|mois\b|jours?\b|semaines?\b|euros?\b)\p{L}+\.?\s*$/u.exec(
      text,
    );
  return parseCount(unit ? unit[1]! : text);
}
const countOk = (t: string) => (countOf(t).ok ? true : undefined);

const ANSWERS = new Set<ValueKind>(['amount', 'count', 'boolean', 'situation', 'levels', 'date']);

/** An input whose current text does not parse as `kind` (a name typed where a count goes). */
function typedOtherwise(kind: ValueKind, p: Place): boolean {
  if (p.shape !== 'input') return false;
  const t = placeText(p);
  if (isBlankText(t)) return false;
  switch (kind) {
    case 'amount':
      return !amountOk(t);
    case 'count':
      return !countOk(t);
    case 'date':
      return parseDate(t) === undefined;
    case 'text':
    case 'longText':
      return !/\p{L}{2}/u.test(t);
    default:
      return false;
  }
}

/**
 * How well `p` can hold a value of `kind`: `yes`; `weak` when its shape can but what is typed in
 * it now does not parse (it may be a typing error, or another field); `no`.
 */
export function fitOf(kind: ValueKind, p: Place): 'yes' | 'weak' | 'no' {
  if (!fits(kind, p)) {
    // A short read-only value written wrong (« 12abc », « Peut-être ») under a clear label is
    // reported as unreadable rather than skipped; prose never is.
    const short = p.shape === 'static' && (p.text ?? '').length <= 40;
    return short && ANSWERS.has(kind) ? 'weak' : 'no';
  }
  return typedOtherwise(kind, p) ? 'weak' : 'yes';
}

/** Whether `p` can hold a value of `kind`. */
function fits(kind: ValueKind, p: Place): boolean {
  const s = p.shape;
  switch (kind) {
    case 'amount':
      return s === 'input' || (s === 'static' && staticFits(p, amountOk));
    case 'count':
      return s === 'input' || (s === 'static' && staticFits(p, countOk));
    case 'text': {
      if (s === 'input') return true;
      const t = p.text ?? '';
      return (
        s === 'static' &&
        t.length <= 200 &&
        (isBlankText(t) || (parseYesNo(t) === undefined && /\p{L}/u.test(t)))
      );
    }
    case 'longText': {
      if (s === 'textarea' || s === 'input') return true;
      if (s !== 'static') return false;
      const t = p.text ?? '';
      const answer = t.length < 40 && /^\s*(oui|non)\b/i.test(t); // « Oui, demandé »
      return (
        isBlankText(t) ||
        (parseYesNo(t) === undefined && !answer && !amountOk(t) && /\p{L}{3}/u.test(t))
      );
    }
    case 'boolean':
      if (s === 'checkbox') return true;
      if (s === 'radios' || s === 'select') return optionsAre(p, parseYesNo);
      return s === 'static' && staticFits(p, parseYesNo);
    case 'situation':
      if (s === 'radios' || s === 'select') return optionsAre(p, parseSituation);
      return (s === 'static' || s === 'input') && staticFits(p, parseSituation);
    case 'levels':
      if (s === 'checkboxes' || s === 'multiselect') return areLevels(optionTexts(p));
      return (s === 'static' || s === 'input') && staticFits(p, parseLevels);
    case 'attachment':
      if (s === 'file' || s === 'checkbox') return true;
      if (s === 'radios' || s === 'select') return optionsAre(p, parseYesNo);
      return s === 'static' && staticFits(p, parseAttachment);
    case 'department':
      if (s === 'select') return optionsAre(p, parseDepartment) || staticFits(p, parseDepartment);
      return (s === 'static' || s === 'input') && staticFits(p, parseDepartment);
    case 'campaign':
      return (s === 'static' || s === 'input' || s === 'select') && staticFits(p, parseCampaign);
    case 'date':
      if (s === 'input' && (p.el as HTMLInputElement).type === 'date') return true;
      return (s === 'static' || s === 'input') && staticFits(p, parseDate);
    case 'axes':
      if (s === 'checkboxes') return optionsAre(p, (t) => parseAxes(t));
      return s === 'static' && staticFits(p, parseAxes);
  }
}

function parsed<T>(text: string, parse: (t: string) => T | undefined, what: string): Outcome {
  if (isBlankText(text)) return EMPTY;
  const v = parse(text);
  return v === undefined ? unreadable(text, `« ${text.trim()} » : ${what} attendu`) : value(v);
}

/** The value of `p` as `kind`. */
export function readPlace(kind: ValueKind, p: Place): Outcome {
  try {
    const text = placeText(p);
    switch (kind) {
      case 'amount': {
        if (isBlankText(text)) return EMPTY;
        const r = parseAmount(text);
        return r.ok ? value(r.cents / 100) : r.empty ? EMPTY : unreadable(text, r.reason);
      }
      case 'count': {
        if (isBlankText(text)) return EMPTY;
        const r = countOf(text);
        return r.ok ? value(r.value) : r.empty ? EMPTY : unreadable(text, r.reason);
      }
      case 'text':
      case 'longText': {
        const t = text.replace(/[ \t\u00a0\u202f]+/g, ' ').trim();
        return t === '' || (p.shape === 'static' && isBlankText(t)) ? EMPTY : value(t);
      }
      case 'boolean':
        if (p.shape === 'checkbox') return value(isChecked(p.el));
        return parsed(text, parseYesNo, 'réponse « Oui » ou « Non »');
      case 'situation':
        return parsed(
          text,
          parseSituation,
          'première demande, renouvellement sans changement ou avec changements,',
        );
      case 'levels': {
        if (p.shape === 'checkboxes' || p.shape === 'multiselect') {
          // A ticked option that is no level (« Lycée ») is kept as written: the rules judge it.
          const codes = text
            .split(', ')
            .filter((t) => t.trim())
            .map((t) => levelCode(t) ?? t.trim());
          return codes.length ? value([...new Set(codes)]) : EMPTY;
        }
        return parsed(text, parseLevels, 'niveaux scolaires (CP à Tle)');
      }
      case 'attachment':
        if (p.shape === 'checkbox') return value(isChecked(p.el));
        if (p.shape === 'file') {
          if (text) return value(true);
          // « Aucun fichier » or the file sent earlier, written beside the input.
          return fileBeside(p);
        }
        return parsed(text, parseAttachment, 'nom de fichier ou « Aucun fichier »');
      case 'department':
        if (p.shape === 'select') {
          const v = parseDepartment((p.el as HTMLSelectElement).value);
          if (v) return value(v);
        }
        return parsed(text, parseDepartment, 'numéro de département (ex. 88)');
      case 'campaign':
        return parsed(text, parseCampaign, 'campagne (ex. 2025-2026)');
      case 'date':
        if (p.shape === 'input' && (p.el as HTMLInputElement).type === 'date') {
          const v = (p.el as HTMLInputElement).value;
          return v ? value(v) : EMPTY;
        }
        return parsed(text, parseDate, 'date (ex. 12/07/2025)');
      case 'axes':
        if (p.shape === 'checkboxes') {
          const out = { children: false, parents: false, school: false, territory: false };
          for (const o of p.options ?? []) {
            const axis = parseAxes(o.label);
            if (!axis) return unreadable(o.label, 'axe non reconnu');
            if (o.control.checked)
              for (const [k, v] of Object.entries(axis)) if (v) out[k as keyof typeof out] = true;
          }
          return value(out);
        }
        return parsed(text, parseAxes, 'liste des axes');
    }
  } catch (e) {
    return unreadable('', `lecture impossible (${String(e)})`);
  }
}

/** « Aucun fichier » or the file sent earlier, written beside a file input in its row. */
function fileBeside(p: Place): Outcome {
  const skip = (e: Element) => e.tagName === 'LABEL' || e.tagName === 'TH' || isControl(e);
  const whole = textWithout(p.row, skip);
  let v = whole ? parseAttachment(whole) : undefined;
  if (v === undefined) {
    for (const leaf of p.row.querySelectorAll('li, span, em, p, small, td, a')) {
      if (leaf.children.length > 0 || leaf.closest('th, label')) continue;
      v = parseAttachment(leaf.textContent ?? '');
      if (v !== undefined) break;
    }
  }
  return v === undefined ? EMPTY : value(v);
}
