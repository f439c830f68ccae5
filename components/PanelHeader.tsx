import type { Ref } from 'preact';
import type { DossierView } from '../display/dossier-view';
import type { Role } from '../settings/schema';
import type { Side } from './frame-protocol';
import { ExportMenu, type ExportKind } from './ExportMenu';

export interface PanelHeaderProps {
  view: DossierView;
  role: Role;
  onRoleChange(role: Role): void;
  side: Side;
  onSideChange(side: Side): void;
  /** « Réduire »: the focus comes back to it when the panel is opened again. */
  collapseRef: Ref<HTMLButtonElement>;
  onCollapse(): void;
  /** When given, an export menu is shown. */
  onExport?: ((kind: ExportKind) => void) | undefined;
  /** Opens the options, where the reference date is chosen. */
  onChooseReferenceDate?: (() => void) | undefined;
}

/** The panel's title, its tools (side, collapse, role, exports), and which dossier this is. */
export function PanelHeader(props: PanelHeaderProps) {
  const { view, role, side } = props;
  const instructor = role === 'instructor';
  return (
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
            ref={props.collapseRef}
            type="button"
            class="ac-button ac-button--ghost"
            aria-expanded={true}
            onClick={props.onCollapse}
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
              <button type="button" class="ac-link" onClick={() => props.onChooseReferenceDate?.()}>
                {view.reference.source === 'options'
                  ? 'Changer la date de référence'
                  : 'Choisir une date de référence'}
              </button>
            </>
          )}
        </p>
      )}
    </header>
  );
}

/** Which dossier this is, as read (an instructor has several tabs). */
function DossierName({ view }: { view: DossierView }) {
  if (!view.carrier && !view.number) return null;
  return (
    <p class="ac-dossier">
      <span class="ac-dossier__name">{view.carrier ?? 'Structure non lue'}</span>
      {view.number && <span class="ac-dossier__number"> · dossier n° {view.number}</span>}
    </p>
  );
}
