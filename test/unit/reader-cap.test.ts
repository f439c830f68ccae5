// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../portals/read-page';
import { renderElanForm } from '../mock-portals/elan-form';
import { fixtures } from '../mock-portals/fixtures';

function page(extra = ''): Document {
  const doc = new DOMParser().parseFromString(
    renderElanForm(fixtures.receivable, { step: 3 }),
    'text/html',
  );
  doc.body.insertAdjacentHTML('beforeend', extra);
  return doc;
}

// A stored field map is untrusted (it travels between colleagues): whatever it says, the
// reader never makes more than 200 collectives out of it.
describe('taught fields cannot blow up the number of collectives', () => {
  it('collectives[1000000].children is ignored; collectives[199] is the last one kept', () => {
    const doc = page('<input id="far" value="9">');
    const huge = readPage(doc, 'elan', { 'collectives[1000000].children': '#far' });
    expect(huge.dossier.collectives!.length).toBeLessThan(200);
    expect(huge.sources.has('collectives[1000000].children')).toBe(false);

    const last = readPage(doc, 'elan', { 'collectives[199].children': '#far' });
    expect(last.dossier.collectives).toHaveLength(200);
    expect(last.dossier.collectives![199]!.children).toBe(9);
    const over = readPage(doc, 'elan', { 'collectives[200].children': '#far' });
    expect(over.dossier.collectives!.length).toBeLessThan(200);
  });

  it('collectives[].children on a selector matching 1 000 elements makes 200 collectives', () => {
    const doc = page(`<div id="many">${'<input value="8">'.repeat(1000)}</div>`);
    const r = readPage(doc, 'elan', { 'collectives[].children': '#many > input' });
    expect(r.dossier.collectives).toHaveLength(200);
    expect(r.dossier.collectives![199]!.children).toBe(8);
  });
});
