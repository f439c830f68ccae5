import { useEffect, useState } from 'preact/hooks';
import { PORTALS } from '../../portals/hosts';
import { browser } from 'wxt/browser';
import { fieldLabel } from '../../display/field-names';
import { formatDateFr } from '../../rules/format-fr';
import {
  HOST_PATTERN,
  type ExtraHost,
  type Settings,
  type SiteSettings,
} from '../../settings/schema';
import { originOf } from '../../settings/content-registration';
import { getAllSites, getSettings, setSettings, setSite } from '../../settings/store';
import { MAX_FIELD_MAP_BYTES, parseFieldMapFile, TOO_BIG } from '../../settings/field-map-file';
import { importFieldMap } from '../../settings/import-field-map';
import { clearAllData, requiredOriginsOf } from '../../settings/clear-all';
import { sendToBackground } from '../../messages/protocol';

const KIND_NAMES = {
  elan: 'formulaire de type Elan',
  mcp: 'déclaration de type MonComptePartenaire',
} as const;

export function Options() {
  const [settings, setState] = useState<Settings | null>(null);
  const [sites, setSites] = useState<Record<string, SiteSettings>>({});
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [newHost, setNewHost] = useState('');
  const [newKind, setNewKind] = useState<ExtraHost['portal']>('elan');

  const reload = async () => {
    setState(await getSettings());
    setSites(await getAllSites());
  };
  useEffect(() => void reload(), []);
  if (!settings) return <main aria-busy="true">Chargement…</main>;

  const save = async (patch: Partial<Settings>, text: string) => {
    setState(await setSettings(patch));
    setMessage({ text });
  };

  const addHost = (e: Event) => {
    e.preventDefault();
    const host = newHost
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!HOST_PATTERN.test(host)) {
      setMessage({
        text: `« ${newHost} » n’est pas une adresse de site valide (exemple : nouveau-portail.caf.fr).`,
        error: true,
      });
      return;
    }
    if (PORTALS.some((p) => p.host === host) || settings.extraHosts.some((h) => h.host === host)) {
      setMessage({ text: `${host} est déjà dans la liste.`, error: true });
      return;
    }
    // The permission prompt must be asked for within the click itself.
    void browser.permissions.request({ origins: [originOf(host)] }).then(async (granted) => {
      if (!granted) {
        setMessage({
          text: `Autorisation refusée : l’extension ne fonctionnera pas sur ${host}.`,
          error: true,
        });
        return;
      }
      await save(
        { extraHosts: [...settings.extraHosts, { host, portal: newKind }] },
        `${host} ajouté : le panneau s’y ouvrira au prochain chargement de page.`,
      );
      setNewHost('');
    });
  };

  const removeHost = async (host: string) => {
    await browser.permissions.remove({ origins: [originOf(host)] }).catch(() => false);
    await save(
      { extraHosts: settings.extraHosts.filter((h) => h.host !== host) },
      `${host} retiré.`,
    );
  };

  const exportMaps = () => {
    const file = {
      format: 'clas-field-map/1',
      sites: Object.fromEntries(
        Object.entries(sites)
          .filter(([, s]) => Object.keys(s.overrides ?? {}).length > 0)
          .map(([host, s]) => [host, s.overrides]),
      ),
    };
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'assistant-clas-correspondances.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importMaps = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before it is read: a shared file must not stall this page.
    if (file.size > MAX_FIELD_MAP_BYTES) return setMessage({ text: TOO_BIG, error: true });
    const result = parseFieldMapFile(await file.text());
    if (!result.ok) return setMessage({ text: result.message, error: true });
    const outcome = await importFieldMap(result.file, browser.storage.local);
    await reload();
    if (!outcome.ok) return setMessage({ text: outcome.message, error: true });
    const { count } = outcome;
    setMessage({
      text: `${count} correspondance${count > 1 ? 's' : ''} importée${count > 1 ? 's' : ''}.`,
    });
  };

  const removeOverride = async (host: string, path: string) => {
    const { [path]: _removed, ...rest } = sites[host]?.overrides ?? {};
    await setSite(host, { overrides: rest });
    await reload();
    setMessage({ text: `Correspondance retirée : ${fieldLabel(path)} sur ${host}.` });
  };

  const clearAll = async () => {
    if (
      !confirm(
        'Effacer toutes les données de l’extension : réglages, correspondances, notes et historique ?',
      )
    )
      return;
    const outcome = await clearAllData({
      grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
      removeOrigins: (origins) => browser.permissions.remove({ origins }),
      requiredOrigins: requiredOriginsOf(browser.runtime.getManifest()),
      clearStorage: () => browser.storage.local.clear(),
      clearHistory: () => sendToBackground({ type: 'clas:history-clear' }),
    });
    await reload();
    setMessage({ text: outcome.message, error: !outcome.ok });
  };

  const overrideRows = Object.entries(sites).flatMap(([host, s]) =>
    Object.entries(s.overrides ?? {}).map(([path, selector]) => ({ host, path, selector })),
  );

  return (
    <main>
      <h1>Assistant Clas — options</h1>
      <div aria-live="polite">
        {message && <p class={`message${message.error ? ' error' : ''}`}>{message.text}</p>}
      </div>

      <h2>Rôle et date de référence</h2>
      <fieldset>
        <legend>Vous utilisez l’extension comme</legend>
        {(['carrier', 'instructor'] as const).map((role) => (
          <label key={role} style="margin-right:16px">
            <input
              type="radio"
              name="role"
              checked={settings.role === role}
              onChange={() => void save({ role }, 'Rôle enregistré.')}
            />
            {role === 'carrier' ? 'Porteur de projet' : 'Instructeur Caf'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Date de référence des échéances</legend>
        <div class="row">
          <label>
            Date
            <input
              type="date"
              value={settings.referenceDate ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                void save(
                  v ? { referenceDate: v } : { referenceDate: undefined },
                  v
                    ? `Échéances comptées depuis le ${formatDateFr(v)}.`
                    : 'Échéances comptées depuis aujourd’hui.',
                );
              }}
            />
          </label>
          <button
            type="button"
            class="secondary"
            onClick={() =>
              void save({ referenceDate: undefined }, 'Échéances comptées depuis aujourd’hui.')
            }
          >
            Aujourd’hui
          </button>
        </div>
        <p class="muted">
          Vide : la date du jour. Utile pour relire un dossier à la date de son dépôt.
        </p>
      </fieldset>

      <h2>Adresses des portails</h2>
      <ul>
        {PORTALS.map((b) => (
          <li key={b.host}>
            <code>{b.host}</code> — {b.name} (intégré)
          </li>
        ))}
        {settings.extraHosts.map((h) => (
          <li key={h.host}>
            <code>{h.host}</code> — lu comme un {KIND_NAMES[h.portal]}{' '}
            <button type="button" class="danger" onClick={() => void removeHost(h.host)}>
              Retirer<span class="sr"> {h.host}</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addHost} class="row">
        <label>
          Adresse du site
          <input
            type="text"
            value={newHost}
            placeholder="nouveau-portail.caf.fr"
            onInput={(e) => setNewHost(e.currentTarget.value)}
          />
        </label>
        <label>
          Lire comme
          <select
            value={newKind}
            onChange={(e) => setNewKind(e.currentTarget.value as ExtraHost['portal'])}
          >
            <option value="elan">Elan</option>
            <option value="mcp">MonComptePartenaire</option>
          </select>
        </label>
        <button type="submit">Ajouter</button>
      </form>
      <p class="muted">
        L’extension demande l’autorisation pour ce site, et ne s’y exécute qu’une fois accordée.
      </p>

      <h2>Correspondances de champs</h2>
      <p class="muted">
        Les champs indiqués à la main dans le panneau (« Indiquer le champ »), par site.
      </p>
      {overrideRows.length === 0 ? (
        <p>Aucune correspondance enregistrée.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Champ du dossier</th>
              <th scope="col">Élément de la page</th>
              <th scope="col">
                <span class="sr">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overrideRows.map((r) => (
              <tr key={`${r.host}|${r.path}`}>
                <td>{r.host}</td>
                <td>{fieldLabel(r.path)}</td>
                <td>
                  <code>{r.selector}</code>
                </td>
                <td>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void removeOverride(r.host, r.path)}
                  >
                    Retirer<span class="sr"> {fieldLabel(r.path)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row">
        <button
          type="button"
          class="secondary"
          onClick={exportMaps}
          disabled={overrideRows.length === 0}
        >
          Exporter (JSON)
        </button>
        <label>
          Importer un fichier
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importMaps(e.currentTarget)}
          />
        </label>
      </div>

      <h2>Données locales</h2>
      <p class="muted">
        Tout reste dans ce navigateur : réglages, notes d’instruction et historique des
        vérifications.{' '}
        <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
          Confidentialité
        </a>
      </p>
      <button type="button" class="danger" onClick={() => void clearAll()}>
        Effacer toutes les données
      </button>
    </main>
  );
}
