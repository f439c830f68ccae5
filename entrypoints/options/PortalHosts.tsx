import { useState } from 'preact/hooks';
import { PORTALS } from '../../portals/hosts';
import type { PortalKind } from '../../settings/schema';
import { addHost, removeHost } from './options-actions';
import type { OptionsContext } from './use-options';

const KIND_NAMES: Record<PortalKind, string> = {
  elan: 'formulaire de type Elan',
  mcp: 'déclaration de type MonComptePartenaire',
};

/** The two portals, the addresses added (Elan's successor…), and the form to add one. */
export function PortalHosts({ o }: { o: OptionsContext }) {
  const [typed, setTyped] = useState('');
  const [kind, setKind] = useState<PortalKind>('elan');
  return (
    <>
      <h2>Adresses des portails</h2>
      <ul>
        {PORTALS.map((p) => (
          <li key={p.host}>
            <code>{p.host}</code> — {p.name} (intégré)
          </li>
        ))}
        {o.settings.extraHosts.map((h) => (
          <li key={h.host}>
            <code>{h.host}</code> — lu comme un {KIND_NAMES[h.portal]}{' '}
            <button type="button" class="danger" onClick={() => void removeHost(o, h.host)}>
              Retirer<span class="sr"> {h.host}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void addHost(o, typed, kind).then((added) => added && setTyped(''));
        }}
      >
        <label>
          Adresse du site
          <input
            type="text"
            value={typed}
            placeholder="nouveau-portail.caf.fr"
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
        <label>
          Lire comme
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as PortalKind)}>
            <option value="elan">Elan</option>
            <option value="mcp">MonComptePartenaire</option>
          </select>
        </label>
        <button type="submit">Ajouter</button>
      </form>
      <p class="muted">
        L’extension demande l’autorisation pour ce site, et ne s’y exécute qu’une fois accordée.
      </p>
    </>
  );
}
