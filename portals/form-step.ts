/**
 * Which step of a multi-step form a page is, when the page or its address says so: « Étape 2
 * sur 6 », the current item of a steps list (`aria-current="step"`, « 2. Projet »), or
 * `/etape-2`, `?etape=2`. The panel says « lu à l'étape 2 » of a value read on that page, and
 * « lu sur une autre page » when steps are not numbered. Reads only.
 */
import { hintedTexts } from './page-text';

export interface FormStep {
  /** 1, 2…; absent when the page does not number its steps. */
  number?: number;
  /** The step's title when the page gives one (« Projet »). */
  title?: string;
}

const STEP_TEXT = /[ée]tape\s*(\d{1,2})(?:\s*(?:sur|\/)\s*\d{1,2})?(?:\s*[—–:-]\s*([^\n]{1,60}))?/i;
const STEP_ITEM = /^\s*(\d{1,2})\s*[.)–—-]\s*(.{1,60}?)\s*$/;
const STEP_ADDRESS = /(?:^|[/?&#_-])(?:etape|step)[-=_]?(\d{1,2})(?:$|[/?&#_-])/i;

/** The step of this page: its steps list, its « Étape N » line, else its address. */
export function stepOf(
  doc: Document,
  address: { pathname: string; search: string },
  skip?: (el: Element) => boolean,
): FormStep {
  const current = [...doc.querySelectorAll('[aria-current="step"]')].find((el) => !skip?.(el));
  const item = current && STEP_ITEM.exec(current.textContent ?? '');
  if (item) return { number: Number(item[1]), title: item[2]!.trim() };
  for (const line of hintedTexts(doc, /[ée]tape\s*\d/i, skip)) {
    const m = STEP_TEXT.exec(line);
    if (!m) continue;
    const step: FormStep = { number: Number(m[1]) };
    const title = m[2]?.trim();
    if (title) step.title = title;
    return step;
  }
  const m = STEP_ADDRESS.exec(`${address.pathname}${address.search}`);
  return m ? { number: Number(m[1]) } : {};
}

/** « lu à l'étape 2 », « lu sur une autre page ». */
export function readAtText(step: FormStep | undefined): string {
  return step?.number !== undefined ? `lu à l’étape ${step.number}` : 'lu sur une autre page';
}
