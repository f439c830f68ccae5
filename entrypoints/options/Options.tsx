import { browser } from 'wxt/browser';
import { HISTORY_TITLE } from '../../display/pages';
import { FieldMaps } from './FieldMaps';
import { clearEverything } from './options-actions';
import { PortalHosts } from './PortalHosts';
import { RoleAndDate } from './RoleAndDate';
import { useOptions } from './use-options';

/**
 * The options page: role and reference date, portal addresses, taught fields, local data. The
 * data is in `useOptions`, what the buttons do in options-actions.ts; this lays the sections out.
 */
export function Options() {
  const { context: o, message } = useOptions();
  if (!o) return <main aria-busy="true">Chargement…</main>;
  return (
    <main>
      <h1>Assistant Clas — options</h1>
      <div aria-live="polite">
        {message && <p class={`message${message.error ? ' error' : ''}`}>{message.text}</p>}
      </div>
      <RoleAndDate o={o} />
      <PortalHosts o={o} />
      <FieldMaps o={o} />

      <h2>Données locales</h2>
      <p class="muted">
        Tout reste dans ce navigateur : réglages, notes d’instruction et{' '}
        {HISTORY_TITLE.toLowerCase()}.{' '}
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          Confidentialité
        </a>
      </p>
      <button
        type="button"
        class="danger"
        onClick={() => void clearEverything(o, (q) => window.confirm(q))}
      >
        Effacer toutes les données
      </button>
    </main>
  );
}
