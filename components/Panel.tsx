import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dossierView, type DossierView } from '../display/dossier-view';
import type { Dossier } from '../rules/dossier';
import { FUNDS_CAVEAT } from '../rules/funding-lines';
import { findingImpact, type Impact } from '../rules/impact';
import type { Finding, Report, Severity } from '../rules/report';
import type { Mark, Marks, Role } from '../settings/schema';
import { findingKey, findingKeys } from '../display/finding-keys';
import { campaignOf, counts, plural, SEVERITY } from '../display/report-words';
import { FindingItem } from './FindingItem';
import { FundingTable } from './FundingTable';
import { DossierSteps, Pending } from './DossierLists';
import { Checklist, Deadlines, NotFound } from './ReportLists';
import { Section } from './Section';
import { fieldLabel } from '../display/field-names';

export type Side = 'right' | 'left';
export type ExportKind = 'json' | 'csv' | 'print' | 'text';

export interface PanelProps {
  /** `evaluate()` output; may carry `page` (fields found / not found on the page). */
  report: Report;
  /**
   * What the content script knows around the report (display/dossier-view.ts): the dossier's
   * name and number, the reference date, a closed campaign, the rules not verified yet, the
   * steps read. Without it, the report alone is shown.
   */
  view?: DossierView;
  /** The instructor's marks are kept for this dossier (it has a number or a name). */
  marksKept?: boolean;
  /** « Oublier ce dossier »: what its other pages gave is dropped. */
  onForgetDossier?(): void;
  /** Opens the options, where the reference date is chosen. */
  onChooseReferenceDate?(): void;
  /** What the page gave: for the impacts of findings. */
  dossier: Dossier;
  /** « Elan », « MonComptePartenaire » or another name. */
  portalName: string;
  role: Role;
  onRoleChange(role: Role): void;
  /** Instructor marks, keyed by `findingKeys(report.findings)`. */
  marks: Marks;
  onMarkChange(key: string, mark: Mark): void;
  /** The page reader knows where that field is on the page. */
  canShowField(path: string): boolean;
  /** The field is on the page but on another step of the form (no « Voir le champ » then). */
  fieldOnOtherStep?(path: string): boolean;
  /** Scroll to, focus and outline the field on the page. */
  onShowField(path: string): void;
  /** The page's label a field was read from (« lu dans « … » »), so a misread shows. */
  evidenceOf?(path: string): string | undefined;
  /** Labels the reader could not tell between several fields: listed, not read. */
  ambiguous?: readonly { label: string; paths: readonly string[] }[];
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
  side: Side;
  onSideChange(side: Side): void;
  /** When given, an export menu is shown. */
  onExport?(kind: ExportKind): void;
  /** « Indiquer le champ »: the person shows the panel a field the reader did not find. */
  onTeachField?(path: string): void;
  /** The dossier path being taught, while the panel waits for a click on the page. */
  teaching?: string | null;
  onCancelTeach?(): void;
}

/** Findings shown per section before « Voir les N autres ». */
const FINDINGS_SHOWN = 50;

const ORDER: Severity[] = ['blocking', 'warning', 'info'];
const SECTION_OPEN: Record<Severity, boolean> = { blocking: true, warning: true, info: false };

interface Entry {
  finding: Finding;
  key: string;
  impact: Impact | undefined;
}

export function Panel(props: PanelProps) {
  const { dossier, collapsed, side, role } = props;
  // Without the content script's view (a test, another page), the report as it is: judged on
  // its own reference date, nothing folded into the header.
  const view = useMemo(
    () =>
      props.view ??
      dossierView({
        report: props.report,
        referenceDate: props.report.checkedOn,
        today: props.report.checkedOn,
      }),
    [props.view, props.report],
  );
  const report = view.shown;
  const tone = view.tone;
  const n = counts(report);
  const status = view.status.map((p) => p.text).join(' — ');
  const [statusHead, ...statusRest] = view.status;

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
    props.onCollapsedChange(next);
  };

  // One pass over the report per new report: keys, impacts, grouping by severity.
  const entries = useMemo(() => {
    const keys = findingKeys(report.findings);
    const bySeverity: Record<Severity, Entry[]> = { blocking: [], warning: [], info: [] };
    report.findings.forEach((finding, i) => {
      bySeverity[finding.severity].push({
        finding,
        key: keys[i] ?? findingKey(finding),
        impact: findingImpact(dossier, finding, report),
      });
    });
    return { keys, bySeverity };
  }, [report, dossier]);
  const campaign = useMemo(() => campaignOf(report), [report.department, report.campaign]);

  const rootClass = `ac-root ac-side-${side} ac-tone-${tone}`;
  const badge = n.blocking > 0 ? n.blocking : n.warning;
  const tabSummary = !report.receivable
    ? plural(n.blocking, 'point bloquant', 'points bloquants')
    : n.warning > 0
      ? plural(n.warning, 'point à vérifier', 'points à vérifier')
      : 'aucun point bloquant détecté';

  if (collapsed) {
    return (
      <aside class={`${rootClass} ac-root--collapsed`} aria-label="Assistant Clas">
        <p role="status" aria-live="polite" class="ac-sr">
          {status}
        </p>
        <button
          ref={tabRef}
          type="button"
          class="ac-tab"
          aria-expanded={false}
          onClick={() => toggle(false)}
        >
          <span class="ac-tab__dot" aria-hidden="true">
            {tone === 'ok' ? '✓' : badge}
          </span>
          <span class="ac-tab__name">Assistant Clas</span>
          <span class="ac-sr"> : {tabSummary}. Ouvrir le panneau</span>
        </button>
      </aside>
    );
  }

  const instructor = role === 'instructor';
  const checkedCount = instructor
    ? entries.keys.filter((k) => props.marks[k]?.checked === true).length
    : 0;
  const notFound = report.page?.notFound ?? [];
  const ambiguous = props.ambiguous ?? [];
  const todo = report.checklist.filter((c) => !c.done).length;

  return (
    <aside class={rootClass} aria-label="Assistant Clas">
      <header class="ac-header">
        <div class="ac-header__row">
          <h2 class="ac-title">
            <span class="ac-logo" aria-hidden="true">
              AC
            </span>
            Assistant Clas
          </h2>
          <div class="ac-tools">
            <button
              type="button"
              class="ac-button ac-button--ghost"
              title={side === 'right' ? 'Placer le panneau à gauche' : 'Placer le panneau à droite'}
              onClick={() => props.onSideChange(side === 'right' ? 'left' : 'right')}
            >
              <span aria-hidden="true">⇄ </span>Changer de côté
            </button>
            <button
              ref={collapseRef}
              type="button"
              class="ac-button ac-button--ghost"
              aria-expanded={true}
              onClick={() => toggle(true)}
            >
              Réduire
            </button>
          </div>
        </div>
        <div class="ac-header__row">
          <div class="ac-switch" role="group" aria-label="Rôle">
            <button
              type="button"
              class="ac-switch__option"
              aria-pressed={role === 'carrier'}
              onClick={() => role !== 'carrier' && props.onRoleChange('carrier')}
            >
              Porteur
            </button>
            <button
              type="button"
              class="ac-switch__option"
              aria-pressed={instructor}
              onClick={() => !instructor && props.onRoleChange('instructor')}
            >
              Instructeur
            </button>
          </div>
          {props.onExport && <ExportMenu onExport={props.onExport} />}
        </div>
        <DossierName view={view} />
        {view.closedCampaign && (
          <p class="ac-closed" role="note">
            <strong>{view.closedCampaign}</strong>
            {view.reference.source === 'today' &&
              ' : les échéances sont jugées à la date du jour. Pour vérifier un dossier comme à une autre date, choisissez une date de référence.'}
            {props.onChooseReferenceDate && (
              <>
                {' '}
                <button
                  type="button"
                  class="ac-link"
                  onClick={() => props.onChooseReferenceDate?.()}
                >
                  {view.reference.source === 'options'
                    ? 'Changer la date de référence'
                    : 'Choisir une date de référence'}
                </button>
              </>
            )}
          </p>
        )}
      </header>

      <div class="ac-body">
        {props.teaching && (
          <div class="ac-teach" role="alert">
            <p>
              Cliquez sur le champ de la page qui correspond à :{' '}
              <strong>{fieldLabel(props.teaching)}</strong>. Échap pour annuler.
            </p>
            <button type="button" class="ac-button" onClick={() => props.onCancelTeach?.()}>
              Annuler
            </button>
          </div>
        )}
        <div class={`ac-status ac-tone-${tone}`}>
          <p class="ac-status__line">
            <span class="ac-status__icon" aria-hidden="true">
              {tone === 'ok' ? '✓' : tone === 'blocking' ? '✖' : '!'}
            </span>
            <span role="status" aria-live="polite" class="ac-status__text">
              <span class="ac-status__main">{statusHead?.text}</span>
              {statusRest.map((part) => (
                <span key={part.kind} class={`ac-status__part ac-status__part--${part.kind}`}>
                  <span class="ac-sr"> — </span>
                  <span class="ac-status__rest">{part.text}</span>
                </span>
              ))}
            </span>
          </p>
          <p class={`ac-status__money${view.funding.waiting ? ' ac-status__money--waiting' : ''}`}>
            Financement estimé : <strong class="ac-nowrap">{view.funding.text}</strong>
            <span class="ac-status__caveat">{FUNDS_CAVEAT}</span>
          </p>
          <p class="ac-status__meta">
            Campagne {report.campaign} · département {report.department} · lu sur {props.portalName}{' '}
            · {view.reference.text}
          </p>
          {instructor && (
            <p class="ac-progress">
              {checkedCount}/{report.findings.length} vérifiés
              {props.marksKept === false && (
                <span class="ac-hint">
                  {' '}
                  — dossier sans numéro ni nom lu : vos vérifications ne seront pas conservées
                </span>
              )}
            </p>
          )}
        </div>

        {ORDER.map((sev) => {
          const list = entries.bySeverity[sev];
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
                props={props}
                instructor={instructor}
                readElsewhere={view.readElsewhere}
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

        {(notFound.length > 0 || ambiguous.length > 0) && (
          <Section
            key="notfound"
            title={report.pending ? 'Champs pas encore lus' : 'Champs non lus'}
            count={String(notFound.length)}
            defaultOpen
          >
            <NotFound
              paths={notFound}
              notYet={report.pending !== undefined}
              ambiguous={ambiguous}
              {...(props.onTeachField && { onTeach: props.onTeachField })}
            />
          </Section>
        )}

        {(view.steps.length > 1 || props.onForgetDossier) && view.steps.length > 0 && (
          <Section key="steps" title="Étapes lues" count={String(view.steps.length)}>
            <DossierSteps
              steps={view.steps}
              {...(props.onForgetDossier && { onForget: props.onForgetDossier })}
            />
          </Section>
        )}

        <Section key="funding" title="Financement">
          <FundingTable funding={report.funding} campaign={campaign} />
        </Section>

        <Section
          key="checklist"
          title="À compléter"
          count={todo > 0 ? `${todo} à faire` : 'complet'}
        >
          <Checklist items={report.checklist} />
        </Section>

        <Section key="deadlines" title="Échéances" defaultOpen>
          <Deadlines deadlines={report.deadlines} campaign={campaign} />
        </Section>
      </div>
    </aside>
  );
}

/** The header's second line: which dossier this is, as read (an instructor has several tabs). */
function DossierName({ view }: { view: DossierView }) {
  if (!view.carrier && !view.number) return null;
  return (
    <p class="ac-dossier">
      <span class="ac-dossier__name">{view.carrier ?? 'Structure non lue'}</span>
      {view.number && <span class="ac-dossier__number"> · dossier n° {view.number}</span>}
    </p>
  );
}

function FindingList({
  entries,
  props,
  instructor,
  readElsewhere,
}: {
  entries: Entry[];
  props: PanelProps;
  instructor: boolean;
  readElsewhere: Readonly<Record<string, string>>;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, FINDINGS_SHOWN);
  const hidden = entries.length - shown.length;
  return (
    <>
      <ul class="ac-findings">
        {shown.map((e) => (
          <FindingItem
            key={e.key}
            finding={e.finding}
            markKey={e.key}
            impact={e.impact}
            instructor={instructor}
            mark={props.marks[e.key]}
            onMarkChange={props.onMarkChange}
            canShowField={props.canShowField}
            {...(props.fieldOnOtherStep && { fieldOnOtherStep: props.fieldOnOtherStep })}
            {...(props.evidenceOf && { evidenceOf: props.evidenceOf })}
            onShowField={props.onShowField}
            readElsewhere={readElsewhere}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="ac-button ac-more" onClick={() => setAll(true)}>
          Voir {hidden > 1 ? `les ${hidden} autres points` : 'l’autre point'}
        </button>
      )}
    </>
  );
}

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'json', label: 'JSON' },
  { kind: 'csv', label: 'CSV' },
  { kind: 'print', label: 'Imprimer / PDF' },
  { kind: 'text', label: 'Copier le texte' },
];

function ExportMenu({ onExport }: { onExport(kind: ExportKind): void }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <div
      class="ac-export"
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        class="ac-button"
        aria-expanded={open}
        aria-controls="ac-export-list"
        onClick={() => setOpen(!open)}
      >
        Exporter <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <ul id="ac-export-list" class="ac-export__list">
          {EXPORTS.map((x) => (
            <li key={x.kind}>
              <button
                type="button"
                class="ac-export__item"
                onClick={() => {
                  onExport(x.kind);
                  close();
                }}
              >
                {x.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
