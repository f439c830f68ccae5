/**
 * Turns what the reader found (a control, a group of radios or checkboxes, a read-only cell)
 * into a dossier value of the field's kind. Never writes to the page; never throws on page
 * content: a value that cannot be read comes back as `unreadable` with a French reason.
 */
import { parseAmount, parseCount } from '../rules/amount-parser';
import type { Situation } from '../rules/dossier';
import { EMPTY_WORDS, LEVEL_CODES, NO_WORDS, YES_WORDS } from './maps/common';
import { normalizeLabel } from './normalize';
import type { Candidate } from './page-index';
import type { FieldKind, PortalId } from './types';

export type Outcome =
  | { status: 'value'; value: unknown }
  | { status: 'empty' }
  | { status: 'unreadable'; text: string; reason: string };

export interface ValueContext {
  portal: PortalId;
  labelOf(control: Element): string | undefined;
  /** Normalised wordings of each situation. */
  situations: ReadonlyArray<readonly [Situation, readonly string[]]>;
}

const EMPTY = new Set(EMPTY_WORDS.map(normalizeLabel));
const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);
const FILE_NAME = /[^\s./\\]\.[a-z0-9]{2,5}(?![a-z0-9])/i;
const EMPTY_OUTCOME: Outcome = { status: 'empty' };

const value = (v: unknown): Outcome => ({ status: 'value', value: v });
const unreadable = (text: string, reason: string): Outcome => ({
  status: 'unreadable',
  text: text.trim(),
  reason,
});

function tag(el: Element): string {
  return el.tagName;
}
function inputType(el: Element): string {
  return tag(el) === 'INPUT' ? (el as HTMLInputElement).type : '';
}
function isTextual(el: Element): boolean {
  const t = tag(el);
  if (t === 'TEXTAREA') return true;
  if (t !== 'INPUT') return false;
  const type = inputType(el);
  return type !== 'checkbox' && type !== 'radio' && type !== 'file';
}

function selectText(el: Element): string {
  const s = el as HTMLSelectElement;
  const opt = s.selectedIndex >= 0 ? s.options[s.selectedIndex] : undefined;
  return s.value === '' ? '' : (opt?.text ?? s.value);
}

/** The text a field shows: an input's current value, a select's chosen option, a cell's text. */
export function rawText(c: Candidate): string {
  if (c.text !== undefined) return c.text;
  const el = c.el;
  if (isTextual(el)) return (el as HTMLInputElement).value;
  if (tag(el) === 'SELECT') return selectText(el);
  return el.textContent ?? '';
}

function isReadOnly(c: Candidate): boolean {
  return c.text !== undefined || !(isTextual(c.el) || tag(c.el) === 'SELECT');
}

function readYesNo(text: string): Outcome {
  const n = normalizeLabel(text);
  if (EMPTY.has(n)) return EMPTY_OUTCOME;
  const word = n.split(/[\s,;.()/-]+/)[0] ?? '';
  if (YES.has(word)) return value(true);
  if (NO.has(word)) return value(false);
  return unreadable(text, `« ${text.trim()} » : réponse « Oui » ou « Non » attendue`);
}

function checkedRadio(c: Candidate): { found: boolean; checked?: HTMLInputElement } {
  const el = c.el;
  if (inputType(el) === 'radio') {
    return {
      found: true,
      checked: (el as HTMLInputElement).checked ? (el as HTMLInputElement) : undefined,
    };
  }
  const radios = c.container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
  if (radios.length === 0) return { found: false };
  for (const r of radios) if (r.checked) return { found: true, checked: r };
  return { found: true };
}

function readBoolean(c: Candidate, ctx: ValueContext): Outcome {
  const el = c.el;
  if (inputType(el) === 'checkbox') return value((el as HTMLInputElement).checked);
  const radio = checkedRadio(c);
  if (radio.found) {
    if (!radio.checked) return EMPTY_OUTCOME;
    const words = ctx.labelOf(radio.checked) ?? '';
    const byLabel = readYesNo(words);
    return byLabel.status === 'value' ? byLabel : readYesNo(radio.checked.value);
  }
  if (!isTextual(el) && tag(el) !== 'SELECT') {
    const boxes = c.container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    if (boxes.length === 1) return value(boxes[0]!.checked);
  }
  return readYesNo(rawText(c));
}

function readSituation(c: Candidate, ctx: ValueContext): Outcome {
  let text: string;
  const radio = checkedRadio(c);
  if (radio.found) {
    if (!radio.checked) return EMPTY_OUTCOME;
    text = ctx.labelOf(radio.checked) ?? radio.checked.value;
  } else {
    text = rawText(c);
  }
  const n = normalizeLabel(text);
  if (EMPTY.has(n)) return EMPTY_OUTCOME;
  for (const [situation, words] of ctx.situations) if (words.includes(n)) return value(situation);
  for (const [situation, words] of ctx.situations)
    if (words.some((w) => n.startsWith(w + ' '))) return value(situation);
  return unreadable(
    text,
    `situation « ${text.trim()} » non reconnue (attendu : première demande, renouvellement sans changement ou renouvellement avec changements)`,
  );
}

export function levelCode(text: string): string | undefined {
  const n = normalizeLabel(text);
  if (!n) return undefined;
  return LEVEL_CODES[n] ?? LEVEL_CODES[n.replace(/\s+/g, '')] ?? text.trim();
}

function readLevels(c: Candidate, ctx: ValueContext): Outcome {
  const el = c.el;
  const boxes: HTMLInputElement[] = [];
  if (inputType(el) === 'checkbox') boxes.push(el as HTMLInputElement);
  else
    for (const i of c.container.getElementsByTagName('input'))
      if (i.type === 'checkbox') boxes.push(i);
  const codes: string[] = [];
  const add = (t: string) => {
    const code = levelCode(t);
    if (code && !codes.includes(code)) codes.push(code);
  };
  if (boxes.length > 0) {
    for (const b of boxes) if (b.checked) add(ctx.labelOf(b) || b.value);
  } else if (tag(el) === 'SELECT' && (el as HTMLSelectElement).multiple) {
    for (const o of (el as HTMLSelectElement).selectedOptions) add(o.text || o.value);
  } else {
    const text = rawText(c);
    if (EMPTY.has(normalizeLabel(text))) return EMPTY_OUTCOME;
    for (const part of text.split(/[,;/+\n]|\s+et\s+/)) add(part);
  }
  return codes.length ? value(codes) : EMPTY_OUTCOME;
}

function readAttachment(c: Candidate): Outcome {
  const files =
    inputType(c.el) === 'file'
      ? [c.el as HTMLInputElement]
      : [...c.container.querySelectorAll<HTMLInputElement>('input[type="file"]')];
  for (const f of files) if (f.files && f.files.length > 0) return value(true);
  const text = c.text ?? c.container.textContent ?? '';
  const n = normalizeLabel(text);
  const word = n.split(/[\s,;.()/-]+/)[0] ?? '';
  if (YES.has(word)) return value(true);
  if (NO.has(word)) return value(false);
  return value(FILE_NAME.test(text));
}

function readText(c: Candidate): Outcome {
  const text = rawText(c).trim();
  if (text === '') return EMPTY_OUTCOME;
  if (isReadOnly(c) && EMPTY.has(normalizeLabel(text))) return EMPTY_OUTCOME;
  return value(text);
}

function readNumber(c: Candidate, kind: 'amount' | 'count'): Outcome {
  const text = rawText(c);
  if (EMPTY.has(normalizeLabel(text))) return EMPTY_OUTCOME;
  if (kind === 'amount') {
    const r = parseAmount(text);
    if (r.ok) return value(r.cents / 100);
    return r.empty ? EMPTY_OUTCOME : unreadable(text, r.reason);
  }
  const r = parseCount(text);
  if (r.ok) return value(r.value);
  return r.empty ? EMPTY_OUTCOME : unreadable(text, r.reason);
}

function readDepartment(c: Candidate): Outcome {
  const el = c.el;
  const text =
    tag(el) === 'SELECT' ? (el as HTMLSelectElement).value || selectText(el) : rawText(c);
  if (EMPTY.has(normalizeLabel(text))) return EMPTY_OUTCOME;
  const m = /^\s*(2[AB]|\d{2,3})(?![0-9])/i.exec(text);
  if (m?.[1]) return value(m[1].toUpperCase());
  return unreadable(text, `« ${text.trim()} » : numéro de département attendu (ex. 88)`);
}

function readCampaign(c: Candidate): Outcome {
  const text = rawText(c);
  if (EMPTY.has(normalizeLabel(text))) return EMPTY_OUTCOME;
  const m = /(\d{4})\s*[-–/]\s*(\d{4})/.exec(text);
  if (m) return value(`${m[1]}-${m[2]}`);
  return unreadable(text, `« ${text.trim()} » : campagne attendue (ex. 2025-2026)`);
}

export function readValue(kind: FieldKind, c: Candidate, ctx: ValueContext): Outcome {
  try {
    switch (kind) {
      case 'amount':
      case 'count':
        return readNumber(c, kind);
      case 'text':
        return readText(c);
      case 'boolean':
        return readBoolean(c, ctx);
      case 'situation':
        return readSituation(c, ctx);
      case 'levels':
        return readLevels(c, ctx);
      case 'attachment':
        return readAttachment(c);
      case 'department':
        return readDepartment(c);
      case 'campaign':
        return readCampaign(c);
      case 'portal-constant':
        return value(ctx.portal);
    }
  } catch (e) {
    // A strange element (a closed shadow root, a detached node): say so, never throw.
    return unreadable(rawTextSafe(c), `lecture impossible (${String(e)})`);
  }
}

function rawTextSafe(c: Candidate): string {
  try {
    return rawText(c);
  } catch {
    return '';
  }
}
