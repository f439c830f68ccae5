import { useEffect, useRef } from 'preact/hooks';
import { checkedCount, type PanelDrawing } from '../display/panel-drawing';
import { SEVERITY } from '../display/report-words';
import type { Severity } from '../rules/report';
import type { Mark, Marks, Role } from '../settings/schema';
import { CollapsedTab } from './CollapsedTab';
import { DossierSteps, Pending } from './DossierLists';
import type { ExportKind } from './ExportMenu';
import { FindingList } from './FindingList';
import type { Side } from './frame-protocol';
import { FundingTable } from './FundingTable';
import { PanelHeader } from './PanelHeader';
import { Checklist, Deadlines, NotFound } from './ReportLists';
import { ReadValues } from './ReadValues';
import { Section } from './Section';
import { StatusBlock } from './StatusBlock';

/** What the person does in the panel; the frame stores it or asks the page's side. */
export interface PanelActions {
  onRoleChange(role: Role): void;
  onMarkChange(key: string, mark: Mark): void;
  /** Scroll to, focus and outline the field on the page. */
  onShowField(path: string): void;
  onCollapsedChange(collapsed: boolean): void;
  onSideChange(side: Side): void;
  /** When given, an export menu is shown. */
  onExport?(kind: ExportKind): void;
  /** « Indiquer le champ »: the person shows the panel a field the reader did not find. */
  onTeachField?(path: string): void;
  onCancelTeach?(): void;
  /** « Oublier ce dossier »: what its other pages gave is dropped. */
  onForgetDossier?(): void;
  /** Opens the options, where the reference date is chosen. */
  onChooseReferenceDate?(): void;
}

export interface PanelProps {
  /** What to draw, worked out from the page's model (display/panel-drawing.ts). */
  drawing: PanelDrawing;
  /** The person's own: role, the instructor's marks, the panel's place. */
  role: Role;
  marks: Marks;
  collapsed: boolean;
  side: Side;
  actions: PanelActions;
}

const ORDER: Severity[] = ['blocking', 'warning', 'info'];
const SECTION_OPEN: Record<Severity, boolean> = { blocking: true, warning: true, info: false };

/** The panel: it draws a ready drawing and reports the person's actions; it computes nothing. */
export function Panel({ drawing, role, marks, collapsed, side, actions }: PanelProps) {
  const { view, report } = drawing;

  // Focus follows the person's own collapse / expand, never a programmatic one.
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const userToggled = useRef(false);
  useEffect(() => {
    if (!userToggled.current) return;
    userToggled.current = false;
    (collapsed ? tabRef : collapseRef).current?.focus();
  }, [collapsed]);
  const toggle = (next: boolean) => {
    userToggled.current = true;
    actions.onCollapsedChange(next);
  };

  const rootClass = `ac-root ac-side-${side} ac-tone-${drawing.tone}`;
  if (collapsed)
    return (
      <CollapsedTab
        drawing={drawing}
        rootClass={rootClass}
        buttonRef={tabRef}
        onOpen={() => toggle(false)}
      />
    );

  const instructor = role === 'instructor';
  const { notRead } = drawing;
  return (
    <aside class={rootClass} aria-label="Assistant Clas">
      <PanelHeader
        view={view}
        role={role}
        onRoleChange={actions.onRoleChange}
        side={side}
        onSideChange={actions.onSideChange}
        collapseRef={collapseRef}
        onCollapse={() => toggle(true)}
        onExport={actions.onExport}
        onChooseReferenceDate={actions.onChooseReferenceDate}
      />

      <div class="ac-body">
        {drawing.teaching && (
          <div class="ac-teach" role="alert">
            <p>
              Cliquez sur le champ de la page qui correspond à :{' '}
              <strong>{drawing.teaching.label}</strong>. Échap pour annuler.
            </p>
            <button type="button" class="ac-button" onClick={() => actions.onCancelTeach?.()}>
              Annuler
            </button>
          </div>
        )}
        <StatusBlock
          drawing={drawing}
          checked={instructor ? checkedCount(drawing, marks) : undefined}
        />

        {ORDER.map((sev) => {
          const list = drawing.findings[sev];
          if (list.length === 0) return null;
          return (
            <Section
              key={sev}
              title={SEVERITY[sev].section}
              count={String(list.length)}
              tone={sev}
              defaultOpen={SECTION_OPEN[sev]}
            >
              <FindingList
                entries={list}
                instructor={instructor}
                marks={marks}
                onMarkChange={actions.onMarkChange}
                onShowField={actions.onShowField}
              />
            </Section>
          );
        })}

        {view.pending.length > 0 && (
          <Section
            key="pending"
            title="Pas encore vérifié"
            count={String(view.pending.length)}
            defaultOpen={false}
          >
            <Pending rules={view.pending} />
          </Section>
        )}

        {(notRead.paths.length > 0 || notRead.ambiguous.length > 0) && (
          <Section
            key="notfound"
            title={notRead.title}
            count={String(notRead.paths.length)}
            defaultOpen
          >
            <NotFound
              paths={notRead.paths}
              notYet={notRead.notYet}
              ambiguous={notRead.ambiguous}
              {...(actions.onTeachField && { onTeach: actions.onTeachField })}
            />
          </Section>
        )}

        {drawing.readValues.length > 0 && (
          <Section key="read" title="Valeurs lues" count={String(drawing.readValues.length)}>
            <ReadValues values={drawing.readValues} />
          </Section>
        )}

        {(view.steps.length > 1 || actions.onForgetDossier) && view.steps.length > 0 && (
          <Section key="steps" title="Étapes lues" count={String(view.steps.length)}>
            <DossierSteps
              steps={view.steps}
              {...(actions.onForgetDossier && { onForget: actions.onForgetDossier })}
            />
          </Section>
        )}

        <Section key="funding" title="Financement">
          <FundingTable funding={report.funding} campaign={drawing.campaign} />
        </Section>

        <Section key="checklist" title="À compléter" count={drawing.checklistCount}>
          <Checklist items={report.checklist} />
        </Section>

        <Section key="deadlines" title="Échéances" defaultOpen>
          <Deadlines deadlines={report.deadlines} campaign={drawing.campaign} />
        </Section>
      </div>
    </aside>
  );
}
