import type { BudgetLayout, FieldLayout, GroupLayout, RenderContext } from '../layouts/types';
import type { PageModel } from '../model';
import { esc } from './html';

/** The page's main content: title, stepper, blocks, and the form around them on a carrier page. */
export function renderBody(
  model: PageModel,
  layouts: { fields: FieldLayout; groups: GroupLayout; budget?: BudgetLayout },
  ctx: RenderContext,
): string {
  const blocks = model.blocks.map((block) => {
    switch (block.kind) {
      case 'section':
        return layouts.fields.section(block, ctx);
      case 'groups':
        return layouts.groups.render(block, layouts.fields, ctx);
      case 'budget':
        if (!layouts.budget) throw new Error('a CERFA budget needs a budget layout');
        return layouts.budget.render(block, layouts.fields, ctx);
    }
  });
  const steps = model.steps.length
    ? `<ol class="steps">${model.steps.map((s, i) => `<li${i === model.currentStep ? ' class="current" aria-current="step"' : ''}>${i + 1}. ${esc(s)}</li>`).join('')}</ol>`
    : '';
  const buttons = `<div class="actions">${model.buttons.map((b) => `<button type="button">${esc(b)}</button>`).join('')}</div>`;
  const content = `${blocks.join('\n')}\n${buttons}`;
  const wrapped =
    ctx.role === 'carrier'
      ? `<form method="post" action="#" novalidate>\n${content}\n</form>`
      : content;
  const intro = model.intro ? `<p class="help">${esc(model.intro)}</p>\n` : '';
  return `<h1>${esc(model.title)}</h1>\n${steps}\n${intro}${wrapped}`;
}
