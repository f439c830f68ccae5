import { useEffect, useState } from 'preact/hooks';
import { HISTORY_TITLE } from '../../display/pages';
import { PORTAL_NAMES } from '../../portals/hosts';
import { browser } from 'wxt/browser';
import { getSite, setSite } from '../../settings/store';
import { askTab, type TabState } from '../../messages/protocol';
import { FUNDS_CAVEAT } from '../../rules/funding-lines';

type View =
  | { kind: 'loading' }
  | { kind: 'portal'; state: TabState }
  | { kind: 'other'; host: string | null };

/** This tab's state, the panel's switch for this site, and the ways to the history and options. */
export function Popup() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [enabled, setEnabled] = useState(true);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const host = tab?.url ? safeHost(tab.url) : null;
      if (host) setEnabled((await getSite(host)).enabled);
      const state = tab?.id === undefined ? null : await askTab(tab.id);
      setView(state ? { kind: 'portal', state } : { kind: 'other', host });
    })();
  }, []);

  const host = view.kind === 'portal' ? view.state.host : view.kind === 'other' ? view.host : null;
  const toggle = async (next: boolean) => {
    if (!host) return;
    setEnabled(next);
    await setSite(host, { enabled: next });
  };

  return (
    <main>
      <h1>Assistant Clas</h1>
      {view.kind === 'loading' && <p class="muted">Lecture de l’onglet…</p>}
      {view.kind === 'portal' && (
        <section aria-labelledby="tab-title">
          <h2 id="tab-title">Cet onglet : {PORTAL_NAMES[view.state.portal]}</h2>
          {enabled && view.state.status ? (
            <div class={`status ${view.state.tone ?? ''}`} role="status">
              <p>
                <strong>{view.state.status}</strong>
              </p>
              <p>Financement estimé : {view.state.funding}</p>
              <p class="muted">{FUNDS_CAVEAT}</p>
            </div>
          ) : (
            <p class="muted">Le panneau est désactivé sur ce site.</p>
          )}
        </section>
      )}
      {view.kind === 'other' && (
        <p>
          Cette page n’est pas un portail reconnu (Elan, MonComptePartenaire)
          {host ? ` : ${host}` : ''}. Vous pouvez ajouter une adresse dans les options.
        </p>
      )}
      {host && view.kind === 'portal' && (
        <p class="row">
          <label>
            <input
              type="checkbox"
              checked={enabled}
              onChange={(e) => void toggle(e.currentTarget.checked)}
            />
            Afficher le panneau sur {host}
          </label>
        </p>
      )}
      <p class="row">
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/history.html') })}
        >
          {HISTORY_TITLE}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Options
        </button>
      </p>
      <p>
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          Confidentialité : rien ne quitte ce navigateur
        </a>
      </p>
    </main>
  );
}

function safeHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}
