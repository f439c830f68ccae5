// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { Panel } from '../../components/Panel';
import { panelDrawing } from '../../display/panel-drawing';
import { SnapshotSheet } from '../../entrypoints/print/SnapshotSheet';
import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import { buildSnapshot } from '../../snapshots/build';

afterEach(cleanup);

// A first step of the form: only the carrier's name read, so most rules wait for fields.
const dossier: Dossier = {
  format: 'clas-dossier/1',
  checkedOn: '2025-07-10',
  portal: 'elan',
  carrier: { name: 'La Passerelle' },
};
const report = evaluate(dossier, { read: ['carrier.name', 'portal'] });
const axes =
  'Les quatre axes — en attente de : Axe « enfants et jeunes », Axe « parents », Axe « école », Axe « acteurs du territoire »';

const items = () =>
  [...document.querySelectorAll('li')]
    .map((li) => li.textContent)
    .filter((t) => t?.includes('en attente de'));

it('the panel and the printable page list the rules still waiting in the same words', () => {
  const noop = () => {};
  const { unmount } = render(
    <Panel
      drawing={panelDrawing({ report, dossier, portalName: 'Elan' })}
      role="carrier"
      marks={{}}
      collapsed={false}
      side="right"
      actions={{
        onRoleChange: noop,
        onMarkChange: noop,
        onShowField: noop,
        onCollapsedChange: noop,
        onSideChange: noop,
      }}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: /Pas encore vérifié/ }));
  const inPanel = items();
  expect(inPanel).toContain(axes);
  unmount();

  const snapshot = buildSnapshot({
    dossier,
    report,
    marks: {},
    url: 'https://elan.caf.fr/demande/12345/',
    title: 'Elan — demande',
    role: 'carrier',
    extensionVersion: '1.2.3',
    id: 'snap-1',
  });
  render(<SnapshotSheet snapshot={snapshot} />);
  expect(screen.getByRole('heading', { name: /Pas encore vérifié/ }).textContent).toBe(
    `Pas encore vérifié (${report.pending!.length})`,
  );
  expect(items()).toEqual(inPanel);
});
