import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Dossier } from '../rules/dossier';
import { formatDateFr } from '../rules/format-fr';
import { FUNDS_CAVEAT } from '../rules/funding-lines';
import { findingImpact, type Impact } from '../rules/impact';
import { fundingRange, statusLine } from '../rules/report-text';
import type { Finding, Report, Severity } from '../rules/report';
import type { Mark, Marks, Role } from '../settings/schema';
import { findingKey, findingKeys } from '../display/finding-keys';
import { campaignOf, counts, plural, SEVERITY, toneOf } from '../display/report-words';
import { FindingItem } from './FindingItem';
import { FundingTable } from './FundingTable';
import { Checklist, Deadlines, NotFound } from './ReportLists';
import { Section } from './Section';
import { fieldLabel } from '../display/field-names';

export { PANEL_CSS } from './styles';

export type Side = 'right' | 'left';
export type ExportKind = 'json' | 'csv' | 'print' | 'text';

export interface PanelProps {
  /** `evaluate()` output; may carry `page` (fields found / not found on the page). */
  report: Report;
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
export const FINDINGS_SHOWN = 50;

const ORDER: Severity[] = ['blocking', 'warning', 'info'];
const SECTION_OPEN: Record<Severity, boolean> = { blocking: true, warning: true, info: false };

interface Entry {
  finding: Finding;
  key: string;
  impact: Impact | undefined;
}

export function Panel(props: PanelProps) {
  const { report, dossier, collapsed, side, role } = props;
  const tone = toneOf(report);
  const n = counts(report);
  const status = statusLine(report);
  const cut = status.indexOf(' — ');
  const statusHead = cut < 0 ? status : status.slice(0, cut);
  const statusRest = cut < 0 ? undefined : status.slice(cut + 3);

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
              <span class="ac-status__main">{statusHead}</span>
              {statusRest !== undefined && (
                <>
                  <span class="ac-sr"> — </span>
                  <span class="ac-status__rest">{statusRest}</span>
                </>
              )}
            </span>
          </p>
          <p class="ac-status__money">
            Financement estimé : <strong class="ac-nowrap">{fundingRange(report)}</strong>
            <span class="ac-status__caveat">{FUNDS_CAVEAT}</span>
          </p>
          <p class="ac-status__meta">
            Campagne {report.campaign} · département {report.department} · lu sur {props.portalName}{' '}
            · au {formatDateFr(report.checkedOn)}
          </p>
          {instructor && (
            <p class="ac-progress">
              {checkedCount}/{report.findings.length} vérifiés
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
              <FindingList entries={list} props={props} instructor={instructor} />
            </Section>
          );
        })}

        {notFound.length > 0 && (
          <Section
            key="notfound"
            title="Champs non lus"
            count={String(notFound.length)}
            defaultOpen
          >
            <NotFound
              paths={notFound}
              {...(props.onTeachField && { onTeach: props.onTeachField })}
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

function FindingList({
  entries,
  props,
  instructor,
}: {
  entries: Entry[];
  props: PanelProps;
  instructor: boolean;
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
            onShowField={props.onShowField}
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
