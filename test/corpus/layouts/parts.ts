import type { Field } from '../model';
import { esc } from '../render/html';
import type { RenderContext } from './types';

/** Small pieces the layouts share. */

/** The label's text, with a required-field star on some portals. */
export function labelText(f: Field, ctx: RenderContext): string {
  // Required-field stars are a form's; summaries do not show them.
  const star =
    ctx.role === 'carrier' && ctx.variant('star', [false, true]) && !f.key.startsWith('noise:');
  return esc(ctx.label(f)) + (star ? ' <abbr class="req" title="obligatoire">*</abbr>' : '');
}

export function helpHtml(f: Field, ctx: RenderContext): string {
  if (!f.help) return '';
  const tag = ctx.variant('helpTag', ['small', 'p']);
  return ` <${tag} class="help">${esc(f.help)}</${tag}>`;
}

/** A summary's value: long texts as paragraphs, unless inside a paragraph already. */
export function valueHtml(f: Field, inline = false): string {
  const c = f.control;
  if (c.type !== 'static') throw new Error(`a summary shows text, not ${c.type} (${f.key})`);
  return c.long && !inline ? `<p>${esc(c.value)}</p>` : esc(c.value);
}

/** « Libellé : valeur », with the no-break space French typography puts before the colon. */
export function colon(ctx: RenderContext): string {
  return ctx.variant('colon', [' :', '\u00a0:', ':']);
}
