// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelActions, type PanelProps } from '../../components/Panel';
import { panelDrawing, type DrawingInput } from '../../display/panel-drawing';
import { findingKey, findingKeys } from '../../display/finding-keys';
import { fieldLabel } from '../../display/field-names';
import type { Dossier } from '../../rules/dossier';
import { evaluate } from '../../rules/evaluate';
import { NBSP } from '../../rules/format-fr';
import { parseDossier } from '../../rules/parse-dossier';
import type { Report } from '../../rules/report';
import type { Marks } from '../../settings/schema';

afterEach(cleanup);

function fixture(n: string): Dossier {
  const file = resolve(import.meta.dirname, `../fixtures/contract-cases/case-${n}.dossier.json`);
  const parsed = parseDossier(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`case-${n} does not parse`);
  return parsed.dossier;
}

/** A complete, receivable dossier with one collective of `children`. */
function small(children: number, extra: Partial<Dossier> = {}): Dossier {
  return {
    format: 'clas-dossier/1',
    campaign: '2025-2026',
    department: '88',
    checkedOn: '2025-07-10',
    portal: 'elan',
    carrier: { name: 'Asso', situation: 'first-request', fundedLastYear: false },
    collectives: [
      { name: 'Les Castors', children: 10, levels: ['CM1'], staff: 2, expenses: 8487 },
      { name: 'Les Loutres', children, levels: ['CM2'], staff: 2, expenses: 6000 },
    ],
    axes: { children: true, parents: true, school: true, territory: true },
    ...extra,
  };
}

const euros = (s: string) => s.replace(/ /g, NBSP);

/** The person's state and actions, and what the page's side says of the fields. */
type Over = Partial<Omit<PanelProps, 'drawing' | 'actions'>> &
  Partial<PanelActions> &
  Pick<DrawingInput, 'fields' | 'evidence' | 'ambiguous'>;

/** The panel as the frame draws it; by default every finding's field is shown on the page. */
function props(dossier: Dossier, over: Over = {}, report: Report = evaluate(dossier)): PanelProps {
  const {
    role = 'carrier',
    marks = {},
    collapsed = false,
    side = 'right',
    fields,
    evidence,
    ambiguous,
    ...actions
  } = over;
  const everyField = Object.fromEntries(
    report.findings.flatMap((f) => (f.field ? [[f.field, 'shown' as const]] : [])),
  );
  return {
    drawing: panelDrawing({
      report,
      dossier,
      portalName: 'Elan',
      fields: fields ?? everyField,
      ...(evidence && { evidence }),
      ...(ambiguous && { ambiguous }),
    }),
    role,
    marks,
    collapsed,
    side,
    actions: {
      onRoleChange: vi.fn(),
      onMarkChange: vi.fn(),
      onShowField: vi.fn(),
      onCollapsedChange: vi.fn(),
      onSideChange: vi.fn(),
      ...actions,
    },
  };
}

const openSection = (name: RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('Panel: status line', () => {
  it('case-05: « 2 points bloquants », in a polite live region, amount outside it', () => {
    render(<Panel {...props(fixture('05'))} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('2 points bloquants — 6 points à vérifier');
    expect(status.textContent).not.toContain('€');
    const aside = screen.getByRole('complementary', { name: 'Assistant Clas' });
    expect(aside.textContent).toContain(`Financement estimé : ${euros('3 416,28 €')}`);
    expect(aside.textContent).toContain('dans la limite des fonds disponibles');
  });

  it('a dossier with no blocking point says so, never « recevable »; a range when TNE is requested', () => {
    const d = small(10, {
      bonuses: { tne: { requested: true, actions: 'Pronote', fundedByCdElsewhere: false } },
      budget: { departmentalCouncil: 400 },
      attachments: { cdRecapSheet: true },
    });
    render(<Panel {...props(d)} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Aucun point bloquant détecté/);
    expect(document.body.textContent).not.toMatch(/recevable/i);
    // 2 758,28 + 1 950,00 = 4 708,28 €, plus 2 × (100 to 500) €.
    expect(document.body.textContent).toContain(
      `Financement estimé : ${euros('4 908,28 €')} – ${euros('5 708,28 €')}`,
    );
  });

  it('the live region keeps its node and text when only an amount changes', () => {
    const a = small(10);
    const b: Dossier = {
      ...a,
      collectives: [a.collectives![0]!, { ...a.collectives![1]!, expenses: 7000 }],
    };
    const { rerender } = render(<Panel {...props(a)} />);
    const status = screen.getByRole('status');
    const before = status.textContent;
    rerender(<Panel {...props(b)} />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe(before);
    expect(document.body.textContent).toContain(euros('5 033,28 €'));
  });

  it('severity is written, not only coloured', () => {
    render(<Panel {...props(fixture('05'))} />);
    expect(screen.getByRole('heading', { name: /Points bloquants/ })).toBeTruthy();
    expect(screen.getAllByText('Bloquant')).toHaveLength(2);
    expect(screen.getAllByText('À vérifier').length).toBeGreaterThan(0);
  });
});

describe('Panel: findings', () => {
  it('shows the money a 7-children collective loses, with its hint', () => {
    render(<Panel {...props(small(7))} />);
    const item = screen.getByText(/Les Loutres » compte 7 enfants/).closest('li')!;
    expect(item.textContent).toContain(`(${euros('− 1 950,00 €')})`);
    expect(item.textContent).toContain('à partir de 8 enfants, ce collectif serait retenu');
  });

  it('« Voir le champ » calls onShowField with the finding’s field', () => {
    const onShowField = vi.fn();
    render(<Panel {...props(small(7), { onShowField })} />);
    const item = screen.getByText(/compte 7 enfants/).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: /Voir le champ/ }));
    expect(onShowField).toHaveBeenCalledWith('collectives[1].children');
  });

  it('« Voir le champ » on collectives[0] (case-02)', () => {
    const onShowField = vi.fn();
    render(<Panel {...props(fixture('02'), { onShowField })} />);
    const item = screen.getByText(/Taille du collectif/).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: /Voir le champ/ }));
    expect(onShowField).toHaveBeenCalledWith('collectives[0].children');
  });

  it('no « Voir le champ » when the reader cannot find the field', () => {
    render(<Panel {...props(small(7), { fields: {} })} />);
    const item = screen.getByText(/compte 7 enfants/).closest('li')!;
    expect(within(item).queryByRole('button', { name: /Voir le champ/ })).toBeNull();
    expect(item.textContent).not.toContain('Champ à une autre étape du formulaire');
  });

  it('says when the field is on another step of the form instead of offering to show it', () => {
    render(
      <Panel
        {...props(small(7), {
          fields: { 'collectives[1].children': 'other-step' },
        })}
      />,
    );
    const item = screen.getByText(/compte 7 enfants/).closest('li')!;
    expect(within(item).queryByRole('button', { name: /Voir le champ/ })).toBeNull();
    expect(item.textContent).toContain('Champ à une autre étape du formulaire');
  });

  it('« Voir le texte » discloses the rule’s quote', () => {
    render(<Panel {...props(small(7))} />);
    const item = screen.getByText(/compte 7 enfants/).closest('li')!;
    const button = within(item).getByRole('button', { name: 'Voir le texte' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(item.textContent).not.toContain('huit à douze');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(item.querySelector('blockquote')!.textContent).toContain('§3.1');
    expect(item.textContent).toContain('Source : §3.1');
  });

  it('sections collapse with aria-expanded on their heading button', () => {
    render(<Panel {...props(fixture('05'))} />);
    const toggle = screen.getByRole('button', { name: /Points bloquants/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.body.textContent).toContain('Document d’ajustement');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.body.textContent).not.toContain('Document d’ajustement');
  });
});

describe('Panel: role, marks, collapse, side, export', () => {
  it('the role switch reports the other role', () => {
    const onRoleChange = vi.fn();
    render(<Panel {...props(small(7), { onRoleChange })} />);
    const carrier = screen.getByRole('button', { name: 'Porteur' });
    expect(carrier.getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Instructeur' }));
    expect(onRoleChange).toHaveBeenCalledWith('instructor');
  });

  it('instructor marks: checkbox « Vérifié », note, count', () => {
    function Harness() {
      const [marks, setMarks] = useState<Marks>({});
      const d = fixture('05');
      return (
        <Panel
          {...props(d, {
            role: 'instructor',
            marks,
            onMarkChange: (k, m) => setMarks((old) => ({ ...old, [k]: m })),
          })}
        />
      );
    }
    render(<Harness />);
    expect(screen.getByText('0/9 vérifiés')).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox', { name: 'Vérifié' });
    fireEvent.click(boxes[0]!);
    fireEvent.click(boxes[1]!);
    expect(screen.getByText('2/9 vérifiés')).toBeTruthy();
    const note = screen.getAllByRole('textbox', { name: 'Note' })[0]! as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Pièce reçue par courriel' } });
    expect(note.value).toBe('Pièce reçue par courriel');
    expect((screen.getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
  });

  it('marks are keyed by rule, field and rank', () => {
    const r = evaluate(fixture('05'));
    const keys = findingKeys(r.findings);
    expect(keys).toContain('collective.size|collectives[1].children|0');
    expect(new Set(keys).size).toBe(keys.length);
    expect(findingKey(r.findings[0]!)).toBe(keys[0]);
    const onMarkChange = vi.fn();
    render(<Panel {...props(fixture('05'), { role: 'instructor', onMarkChange })} />);
    // The panel lists blocking points first: the first box is the first blocking finding's.
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Vérifié' })[0]!);
    const firstBlocking = r.findings.findIndex((f) => f.severity === 'blocking');
    expect(onMarkChange).toHaveBeenCalledWith(keys[firstBlocking], { checked: true, note: '' });
  });

  it('collapses to a tab and re-opens, focus following', () => {
    function Harness() {
      const [collapsed, setCollapsed] = useState(false);
      return <Panel {...props(fixture('05'), { collapsed, onCollapsedChange: setCollapsed })} />;
    }
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Réduire' }));
    expect(screen.queryByRole('heading', { name: /Points bloquants/ })).toBeNull();
    const tab = screen.getByRole('button', { name: /Assistant Clas/ });
    expect(tab.textContent).toContain('2');
    expect(tab.textContent).toContain('2 points bloquants');
    expect(document.activeElement).toBe(tab);
    fireEvent.click(tab);
    expect(screen.getByRole('heading', { name: /Points bloquants/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Réduire' }));
  });

  it('moves aside: « Changer de côté » asks for the other side', () => {
    const onSideChange = vi.fn();
    const { container } = render(<Panel {...props(small(10), { onSideChange, side: 'left' })} />);
    expect(container.querySelector('.ac-root.ac-side-left')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Changer de côté/ }));
    expect(onSideChange).toHaveBeenCalledWith('right');
  });

  it('export menu only when onExport is given', () => {
    const { unmount } = render(<Panel {...props(small(10))} />);
    expect(screen.queryByRole('button', { name: /Exporter/ })).toBeNull();
    unmount();
    const onExport = vi.fn();
    render(<Panel {...props(small(10), { onExport })} />);
    fireEvent.click(screen.getByRole('button', { name: /Exporter/ }));
    for (const name of ['JSON', 'CSV', 'Imprimer / PDF']) screen.getByRole('button', { name });
    fireEvent.click(screen.getByRole('button', { name: 'Copier le texte' }));
    expect(onExport).toHaveBeenCalledWith('text');
    expect(screen.queryByRole('button', { name: 'JSON' })).toBeNull();
  });
});

describe('Panel: funding, checklist, deadlines, fields not read', () => {
  it('funding by financer and by collective, with why a collective is not retained', () => {
    render(<Panel {...props(fixture('05'))} />);
    openSection(/^Financement/);
    const text = document.body.textContent!;
    expect(text).toContain('Prestation de service Clas');
    expect(text).toContain(euros('2 758,28 €'));
    expect(text).toContain('Groupe 1');
    expect(text).toContain('non retenu');
    expect(text).toContain('5 enfants, hors 8 à 12');
    expect(text).toContain('15 enfants, hors 8 à 12');
    expect(text).toContain(euros('8 487,00 €'));
  });

  it('200 collectives: the first 50 rows, then « Voir les 150 autres »', () => {
    const many: Dossier = {
      ...small(10),
      collectives: Array.from({ length: 200 }, (_, i) => ({
        children: 6 + (i % 9),
        expenses: 5000,
      })),
    };
    render(<Panel {...props(many)} />);
    openSection(/^Financement/);
    const table = document.querySelector('.ac-table--collectives')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Voir les 150 autres collectifs' }));
    expect(table.querySelectorAll('tbody tr')).toHaveLength(200);
    expect(screen.getByText('Collectif n° 200')).toBeTruthy();
  });

  it('checklist: what is left to do first, done items marked « fait »', () => {
    render(<Panel {...props(fixture('05'))} />);
    openSection(/À compléter/);
    const items = [...document.querySelectorAll('.ac-checklist li')];
    expect(items.length).toBeGreaterThan(3);
    const done = items.map((li) => li.classList.contains('ac-done'));
    expect(done.indexOf(true)).toBeGreaterThan(done.lastIndexOf(false));
    expect(items[0]!.textContent).toContain('à faire');
    expect(items.at(-1)!.textContent).toContain('fait');
    expect(items.at(-1)!.textContent).toContain('✓');
  });

  it('deadlines: French dates, days left, a passed closing reads « clos »', () => {
    const { unmount } = render(<Panel {...props(small(10))} />);
    const text = document.querySelector('.ac-deadlines')!.textContent!;
    expect(text).toContain('31 juillet 2025');
    expect(text).toContain('dans 21 jours');
    unmount();
    render(<Panel {...props({ ...fixture('05'), checkedOn: '2025-08-12' })} />);
    const items = [...document.querySelectorAll('.ac-deadline')].map((li) => li.textContent!);
    const closing = items.find((t) => t.startsWith('Clôture du dépôt'));
    const bilan = items.find((t) => t.startsWith('Bilan'));
    expect(closing).toContain('31 juillet 2025 — clos depuis 12 jours');
    // The bilan falls on the same day but is a deadline, not a closed deposit.
    expect(bilan).toContain('passée depuis 12 jours');
  });

  it('fields not found on the page are listed by their French names', () => {
    const d = small(10);
    const report = evaluate(d, {
      page: {
        found: ['carrier.name'],
        notFound: ['budget.departmentalCouncil', 'collectives[2].children'],
      },
    });
    render(<Panel {...props(d, {}, report)} />);
    expect(screen.getByRole('heading', { name: /Champs non lus/ })).toBeTruthy();
    const text = document.body.textContent!;
    expect(text).toContain(
      'Ces champs n’ont pas été trouvés sur la page : ils ne sont pas vérifiés.',
    );
    expect(text).toContain('Ligne Conseil départemental du budget');
    expect(text).toContain('Collectif 3 : nombre d’enfants');
  });

  it('no « Champs non lus » without page coverage', () => {
    render(<Panel {...props(small(10))} />);
    expect(screen.queryByRole('heading', { name: /Champs non lus/ })).toBeNull();
  });
});

describe('Panel: structure and styles', () => {
  it('one landmark, headings in order, no positive tabindex', () => {
    const { container } = render(<Panel {...props(fixture('05'), { onExport: vi.fn() })} />);
    expect(container.querySelectorAll('aside[aria-label="Assistant Clas"]')).toHaveLength(1);
    const levels = [...container.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) =>
      Number(h.tagName[1]),
    );
    expect(levels[0]).toBe(2);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
    for (const el of container.querySelectorAll('[tabindex]'))
      expect(Number(el.getAttribute('tabindex'))).toBeLessThanOrEqual(0);
    for (const b of container.querySelectorAll('button'))
      expect(b.textContent!.trim().length).toBeGreaterThan(0);
  });

  // The panel's size, isolation and focus ring are checked in Chromium, as drawn
  // (test/e2e/panel.spec.ts): 360 px wide, the page's 32 px root font not reaching it, a 2 px
  // ring on the control the keyboard reaches. Here only what no single page would show: no
  // size anywhere in rem.
  it('components/panel.css sizes nothing in rem', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../components/panel.css'), 'utf8');
    expect(css).not.toMatch(/\d(\.\d+)?rem\b/);
  });

  it('field names', () => {
    expect(fieldLabel('collectives[0].staff')).toBe('Collectif 1 : nombre d’encadrants');
    expect(fieldLabel('budget.msa')).toBe('Ligne MSA du budget');
    expect(fieldLabel('unknown.path')).toBe('unknown.path');
  });
});

describe('what the reader read, and from where', () => {
  it('a finding says which label of the page its value was read from', () => {
    const dossier = small(14); // 14 children in the second collective: too many
    const report = evaluate(dossier);
    const field = report.findings.find((f) => f.field === 'collectives[1].children')!.field!;
    render(
      <Panel
        {...props(dossier, {
          evidence: { [field]: 'Effectif prévisionnel d’enfants' },
        })}
      />,
    );
    expect(screen.getByText('lu dans « Effectif prévisionnel d’enfants »')).toBeTruthy();
    expect(screen.getAllByText(/^lu dans/)).toHaveLength(1);
  });

  it('« Valeurs lues » lists every value of the page with the label it was read from', () => {
    const dossier = small(14);
    render(
      <Panel
        {...props(dossier, {
          evidence: {
            'carrier.situation': 'Votre demande correspond à',
            'collectives[1].children': 'Enfants inscrits',
            'collectives[1].expenses': 'Charges du groupe',
            'collectives[0].levels': 'Classes',
            'carrier.fundedLastYear': 'Financé l’an dernier',
            // A label whose field holds nothing (read empty) is not a value.
            'budget.msa': 'MSA Lorraine',
          },
        })}
      />,
    );
    const toggle = screen.getByRole('button', { name: /Valeurs lues/ });
    expect(toggle.textContent).toContain('5');
    fireEvent.click(toggle);
    const rows = [...document.querySelectorAll('.ac-read__row')].map((r) => r.textContent);
    const row = (path: string, value: string, label: string) =>
      `${fieldLabel(path)}${value} — lu dans « ${label} »`;
    expect(rows).toEqual([
      row('carrier.situation', 'première demande', 'Votre demande correspond à'),
      row('collectives[1].children', '14', 'Enfants inscrits'),
      row('collectives[1].expenses', euros('6 000,00 €'), 'Charges du groupe'),
      row('collectives[0].levels', 'CM1', 'Classes'),
      row('carrier.fundedLastYear', 'Non', 'Financé l’an dernier'),
    ]);
  });

  it('a label that could be two fields is listed with both, under « Champs non lus »', () => {
    const dossier = small(10);
    const report = { ...evaluate(dossier), page: { found: [], notFound: ['budget.msa'] } };
    render(
      <Panel
        {...props(
          dossier,
          {
            ambiguous: [{ label: 'MSA Lorraine', paths: ['budget.msa', 'msa.requested'] }],
          },
          report,
        )}
      />,
    );
    const item = screen.getByText(/« MSA Lorraine »/);
    expect(item.textContent).toBe(
      `« MSA Lorraine » : ${fieldLabel('budget.msa')} ou ${fieldLabel('msa.requested')}`,
    );
  });
});
