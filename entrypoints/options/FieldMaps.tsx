import { fieldLabel } from '../../display/field-names';
import { exportFieldMaps, importFieldMaps, removeOverride } from './options-actions';
import type { OptionsContext } from './use-options';

/** The fields taught in the panel, by site: removed one by one, exported and imported as JSON. */
export function FieldMaps({ o }: { o: OptionsContext }) {
  const rows = Object.entries(o.sites).flatMap(([host, s]) =>
    Object.entries(s.overrides).map(([path, selector]) => ({ host, path, selector })),
  );
  return (
    <>
      <h2>Correspondances de champs</h2>
      <p class="muted">
        Les champs indiqués à la main dans le panneau (« Indiquer le champ »), par site.
      </p>
      {rows.length === 0 ? (
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
            {rows.map((r) => (
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
                    onClick={() => void removeOverride(o, r.host, r.path)}
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
          onClick={() => exportFieldMaps(o)}
          disabled={rows.length === 0}
        >
          Exporter (JSON)
        </button>
        <label>
          Importer un fichier
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Cleared at once: choosing the same file again must import it again.
              input.value = '';
              if (file) void importFieldMaps(o, file);
            }}
          />
        </label>
      </div>
    </>
  );
}
