import type { Control } from '../model';
import { esc, type Ids } from './html';

/**
 * A form control as HTML, its value set through attributes (value, checked, selected, textarea
 * text), as a page loaded with a saved dossier shows it.
 */

/** The kinds of control that are drawn as a group when their style says so. */
export type GroupControl = Extract<Control, { type: 'bool' | 'choice' | 'multi' }>;

/** Radio pairs, radio choices and checkbox lists: one label for several inputs. */
export function isGroup(c: Control): c is GroupControl {
  return (
    (c.type === 'bool' && c.style === 'radio') ||
    (c.type === 'choice' && c.style === 'radio') ||
    (c.type === 'multi' && c.style === 'checkboxes')
  );
}

export function isCheckbox(c: Control): boolean {
  return c.type === 'bool' && c.style === 'checkbox';
}

const sel = (on: boolean) => (on ? ' selected' : '');
const chk = (on: boolean) => (on ? ' checked' : '');

function options(labels: string[], chosen: (i: number) => boolean, prompt?: string): string {
  const first = prompt !== undefined ? `<option value="">${esc(prompt)}</option>` : '';
  return (
    first +
    labels.map((l, i) => `<option value="${i + 1}"${sel(chosen(i))}>${esc(l)}</option>`).join('')
  );
}

/** A single control (not a group): `attrs` adds labelling attributes (aria-label…). */
export function controlHtml(c: Control, id: string, ids: Ids, attrs = ''): string {
  const a = attrs ? ` ${attrs}` : '';
  switch (c.type) {
    case 'text':
      return c.multiline
        ? `<textarea id="${id}" name="${ids.name()}" rows="4"${a}>${esc(c.value)}</textarea>`
        : `<input type="${c.inputType ?? 'text'}" id="${id}" name="${ids.name()}" value="${esc(c.value)}"${a}>`;
    case 'bool':
      if (c.style === 'checkbox') {
        return `<input type="checkbox" id="${id}" name="${ids.name()}" value="1"${chk(c.value === true)}${a}>`;
      }
      return `<select id="${id}" name="${ids.name()}"${a}>${options(c.words, (i) => (i === 0 ? c.value === true : c.value === false), c.prompt)}</select>`;
    case 'choice':
      return `<select id="${id}" name="${ids.name()}"${a}>${options(c.options, (i) => c.chosen === i, c.prompt)}</select>`;
    case 'multi':
      return `<select multiple size="12" id="${id}" name="${ids.name()}"${a}>${options(c.options, (i) => c.chosen[i] === true)}</select>`;
    case 'files':
      return `<input type="file" id="${id}" name="${ids.name()}"${a}> ${fileListHtml(c)}`;
    case 'static':
      return `<span class="ro" id="${id}">${esc(c.value)}</span>`;
  }
}

/**
 * The options of a group, each with its own label: wrapped (`<label><input> Oui</label>`) or
 * pointed at (`<input id><label for>`).
 */
export function groupOptionsHtml(c: GroupControl, ids: Ids, wrap: boolean): string {
  const name = ids.name();
  const items: { label: string; on: boolean; type: 'radio' | 'checkbox' }[] =
    c.type === 'bool'
      ? c.words.map((w, i) => ({
          label: w,
          on: i === 0 ? c.value === true : c.value === false,
          type: 'radio',
        }))
      : c.type === 'choice'
        ? c.options.map((o, i) => ({ label: o, on: c.chosen === i, type: 'radio' }))
        : c.options.map((o, i) => ({ label: o, on: c.chosen[i] === true, type: 'checkbox' }));
  return items
    .map((item, i) => {
      const id = ids.id();
      const input = `<input type="${item.type}" id="${id}" name="${item.type === 'radio' ? name : `${name}_${i}`}" value="${i + 1}"${chk(item.on)}>`;
      return wrap
        ? `<label class="opt">${input} ${esc(item.label)}</label>`
        : `<span class="opt">${input} <label for="${id}">${esc(item.label)}</label></span>`;
    })
    .join(' ');
}

/** The uploaded files shown beside a file input (a static page cannot hold the files). */
export function fileListHtml(c: Extract<Control, { type: 'files' }>): string {
  return c.files.length
    ? `<ul class="files">${c.files.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`
    : `<span class="files-empty">${esc(c.empty)}</span>`;
}
