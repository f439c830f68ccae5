// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../../rules/dossier';
import { NBSP } from '../../rules/format-fr';
import { HistoryApp } from '../../entrypoints/history/HistoryApp';
import { groupByDossier } from '../../entrypoints/history/history-groups';
import { PrintPage } from '../../entrypoints/print/PrintPage';
import { findingKeys } from '../../display/finding-keys';
import { evaluate } from '../../rules/evaluate';
import type { Snapshot } from '../../snapshots/format';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { openSnapshotStore, PAGE_SIZE, type SnapshotStore } from '../../snapshots/store';
import { fixtures } from '../mock-portals/fixtures';

afterEach(cleanup);

let n = 0;
function snap(
  name: string,
  minute: number,
  patch: Partial<Dossier> = {},
  url = 'https://elan.caf.fr/demande',
): Snapshot {
  return sampleSnapshot(
    { ...fixtures.blocked, ...patch, carrier: { ...fixtures.blocked.carrier, name } },
    { createdAt: new Date(2025, 6, 10, 9, minute), id: `${name}-${minute}`, url },
  );
}

async function setup(list: Snapshot[]) {
  const store = openSnapshotStore({ name: `history-${++n}` });
  for (const s of list) await store.add(s);
  const downloads: [string, string][] = [];
  const confirm = vi.fn(() => true);
  render(
    <HistoryApp
      store={store}
      download={(s, kind) => (downloads.push([s.id, kind]), `${s.id}.${kind}`)}
      confirm={confirm}
      printUrl={(id) => `/print.html?id=${id}`}
    />,
  );
  await screen.findByText(/dans l’historique$/);
  return { store, downloads, confirm };
}

const status = () => screen.getAllByRole('status')[0]!;

describe('history page', () => {
  it('groups snapshots by dossier, newest first, with headings and labelled actions', async () => {
    await setup([snap('La Passerelle', 1), snap('Les Curieux', 2), snap('La Passerelle', 3)]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Historique des instantanés',
    );
    expect(status().textContent).toBe('3 instantanés dans l’historique');
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual([
      'La Passerelle — Elan, elan.caf.fr/demande',
      'Les Curieux — Elan, elan.caf.fr/demande',
    ]);
    const first = screen.getByRole('region', { name: /^La Passerelle/ });
    const rows = within(first).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getByRole('link', { name: /^Ouvrir/ })
          .getAttribute('href'),
      ),
    ).toEqual(['/print.html?id=La Passerelle-3', '/print.html?id=La Passerelle-1']);
    expect(within(rows[0]!).getByText('10 juillet 2025 à 9 h 03')).toBeTruthy();
    expect(
      within(rows[0]!).getByRole('button', {
        name: 'Supprimer l’instantané du 10 juillet 2025 à 9 h 03',
      }),
    ).toBeTruthy();
    expect(rows[0]!.textContent).toContain('2 points bloquants, 6 à vérifier');
  });

  it('searches by carrier name', async () => {
    await setup([snap('Centre social La Passerelle', 1), snap('Les Curieux', 2)]);
    fireEvent.input(screen.getByLabelText('Rechercher un porteur'), { target: { value: 'passe' } });
    await waitFor(() => expect(status().textContent).toBe('1 instantané pour « passe »'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Centre social La Passerelle — Elan, elan.caf.fr/demande',
    ]);
    fireEvent.input(screen.getByLabelText('Rechercher un porteur'), { target: { value: 'zzz' } });
    await screen.findByText('Aucun instantané pour ce porteur.');
  });

  it('exports a snapshot again as JSON and CSV', async () => {
    const { downloads } = await setup([snap('A', 1)]);
    fireEvent.click(screen.getByRole('button', { name: /^Exporter en JSON/ }));
    await waitFor(() => expect(downloads).toEqual([['A-1', 'json']]));
    fireEvent.click(screen.getByRole('button', { name: /^Exporter en CSV/ }));
    await waitFor(() =>
      expect(downloads).toEqual([
        ['A-1', 'json'],
        ['A-1', 'csv'],
      ]),
    );
    expect(status().textContent).toContain('Fichier A-1.csv enregistré.');
  });

  it('deletes one after confirmation, or nothing when cancelled, or all', async () => {
    const { store, confirm } = await setup([snap('A', 1), snap('A', 2), snap('B', 3)]);
    confirm.mockReturnValueOnce(false);
    fireEvent.click(
      screen.getByRole('button', { name: 'Supprimer l’instantané du 10 juillet 2025 à 9 h 02' }),
    );
    expect(confirm).toHaveBeenCalledWith(
      'Supprimer l’instantané du 10 juillet 2025 à 9 h 02 (A) ?',
    );
    expect(await store.count()).toBe(3);
    fireEvent.click(
      screen.getByRole('button', { name: 'Supprimer l’instantané du 10 juillet 2025 à 9 h 02' }),
    );
    await waitFor(() =>
      expect(status().textContent).toBe('2 instantanés dans l’historique — Instantané supprimé.'),
    );
    expect(await store.get('A-2')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Tout supprimer' }));
    await waitFor(() => expect(status().textContent).toContain('Historique vidé.'));
    expect(await store.count()).toBe(0);
    expect(screen.getByText(/^Aucun instantané : exportez/)).toBeTruthy();
  });

  it('compares two snapshots of the same dossier, not of two dossiers', async () => {
    await setup([
      snap('A', 1),
      snap('A', 2, { collectives: [{ ...fixtures.blocked.collectives![0]!, children: 9 }] }),
      snap('B', 3),
    ]);
    const compare = screen.getByRole('button', {
      name: 'Comparer les 2 instantanés cochés',
    }) as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Comparer l’instantané du 10 juillet 2025 à 9 h 03' }),
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Comparer l’instantané du 10 juillet 2025 à 9 h 02' }),
    );
    expect(
      screen.getByText('Les deux instantanés cochés ne sont pas du même dossier.'),
    ).toBeTruthy();
    expect(compare.disabled).toBe(true);
    // A third choice replaces the oldest one.
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Comparer l’instantané du 10 juillet 2025 à 9 h 01' }),
    );
    expect(compare.disabled).toBe(false);
    fireEvent.click(compare);
    const region = await screen.findByRole('region', { name: /^Comparaison/ });
    const heading = within(region).getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(
      'Comparaison : 10 juillet 2025 à 9 h 01 → 10 juillet 2025 à 9 h 02',
    );
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(region.textContent).toContain('Collectif 1 : nombre d’enfants');
    expect(region.textContent).toContain('Points résolus (3)');
    expect(region.textContent).toContain(`+${NBSP}2${NBSP}015,00${NBSP}€`);
    expect(region.textContent).toContain('dans la limite des fonds disponibles');
    fireEvent.click(within(region).getByRole('button', { name: 'Fermer la comparaison' }));
    expect(screen.queryByRole('region', { name: /^Comparaison/ })).toBeNull();
  });

  it('shows 100 rows, then « Afficher plus »', async () => {
    const list = Array.from({ length: PAGE_SIZE + 30 }, (_, i) => snap(`Asso ${i % 7}`, i));
    await setup(list);
    expect(screen.getAllByRole('checkbox')).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus (30 restants)' }));
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(PAGE_SIZE + 30));
    expect(screen.queryByRole('button', { name: /^Afficher plus/ })).toBeNull();
  });

  it('says so when the history cannot be opened', async () => {
    const broken = {
      list: () => Promise.reject(new Error('boom')),
    } as unknown as SnapshotStore;
    render(
      <HistoryApp store={broken} download={() => ''} confirm={() => true} printUrl={() => ''} />,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /n’a pas pu être modifié|indisponible/,
    );
  });

  it('groups by dossier key, keeping the order of the newest', () => {
    const e = (id: string, key: string) =>
      ({ id, dossierKey: key, carrier: key, url: 'https://x/y', portal: 'other' }) as never;
    expect(
      groupByDossier([e('1', 'b'), e('2', 'a'), e('3', 'b')]).map((g) => [g.key, g.items.length]),
    ).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});

describe('printable page', () => {
  it('shows the checklist of a snapshot with marks, funding, deadlines, address and caveat', async () => {
    const report = evaluate(fixtures.blocked);
    const s = sampleSnapshot(fixtures.blocked, {
      role: 'instructor',
      url: 'https://elan.caf.fr/demande',
      marks: { [findingKeys(report.findings)[0]!]: { checked: true, note: 'Appel le 10/07' } },
    });
    const print = vi.fn();
    window.print = print;
    render(<PrintPage id={s.id} load={async () => ({ ok: true, snapshot: s })} />);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Association Les Petits Curieux de Rambervillers');
    const text = document.body.textContent!;
    expect(text).toContain('2 points bloquants — 6 points à vérifier');
    expect(text).toContain('Vérifié par l’instructeur — note : Appel le 10/07');
    expect(text).toContain('1/8 points vérifiés');
    expect(text).toContain('Source : §3.1');
    expect(text).toContain('Groupe du mercredi');
    expect(text).toContain('Clôture du dépôt');
    expect(text).toContain('https://elan.caf.fr/demande');
    expect(text).toContain('dans la limite des fonds disponibles');
    for (const name of [
      'Statut',
      /^Points relevés/,
      'Financement',
      /^Liste de contrôle/,
      'Échéances',
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer / PDF' }));
    expect(print).toHaveBeenCalled();
    await waitFor(() =>
      expect(document.title).toBe(
        'Dossier CLAS — Association Les Petits Curieux de Rambervillers — Assistant Clas',
      ),
    );
  });

  it('says when the snapshot is missing', async () => {
    render(
      <PrintPage id="x" load={async () => ({ ok: false, message: 'Instantané introuvable.' })} />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Instantané introuvable.');
    render(<PrintPage id={null} load={async () => ({ ok: false, message: '' })} />);
    expect((await screen.findAllByRole('alert'))[1]!.textContent).toMatch(/sans « id »/);
  });
});
