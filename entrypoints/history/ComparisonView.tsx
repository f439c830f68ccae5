import { useEffect, useRef } from 'preact/hooks';
import { fieldLabel } from '../../display/field-names';
import { SEVERITY } from '../../display/report-words';
import { formatDateTimeFr } from '../../rules/format-fr';
import { FUNDS_CAVEAT } from '../../rules/funding-lines';
import type { Finding } from '../../rules/report';
import type { SnapshotComparison } from '../../snapshots/compare';

/** Two snapshots side by side: status, funding by line, findings appeared and resolved, fields. */
export function ComparisonView({ c, onClose }: { c: SnapshotComparison; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new comparison takes the focus: keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [c]);
  const noBlocking = (yes: boolean) => (yes ? 'aucun point bloquant' : 'points bloquants');
  return (
    <section class="comparison" aria-labelledby="compare-title">
      <h2 id="compare-title" tabIndex={-1} ref={heading}>
        Comparaison : {formatDateTimeFr(c.before.createdAt)} → {formatDateTimeFr(c.after.createdAt)}
      </h2>
      <p>
        Statut : {noBlocking(c.receivable.before)} →{' '}
        <strong>{noBlocking(c.receivable.after)}</strong>
      </p>

      <h3>Financement</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Avant</th>
            <th scope="col">Après</th>
            <th scope="col">Écart</th>
          </tr>
        </thead>
        <tbody>
          {c.funding.lines.map((l) => (
            <tr key={`${l.financer}|${l.label}`}>
              <th scope="row">
                {l.financer} – {l.label}
              </th>
              <td>{l.before}</td>
              <td>{l.after}</td>
              <td>{l.difference}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{c.funding.total.before}</td>
            <td>{c.funding.total.after}</td>
            <td>
              <strong>{c.funding.total.difference}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p class="muted">Montants estimés, {FUNDS_CAVEAT}.</p>

      <FindingChanges title="Points apparus" findings={c.appeared} />
      <FindingChanges title="Points résolus" findings={c.resolved} />

      <h3>Champs modifiés ({c.fields.length})</h3>
      {c.fields.length === 0 ? (
        <p>Aucun champ modifié.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
            </tr>
          </thead>
          <tbody>
            {c.fields.map((f) => (
              <tr key={f.path}>
                <th scope="row">{f.label}</th>
                <td>{f.before}</td>
                <td>{f.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" class="secondary" onClick={onClose}>
          Fermer la comparaison
        </button>
      </p>
    </section>
  );
}

function FindingChanges({ title, findings }: { title: string; findings: readonly Finding[] }) {
  return (
    <>
      <h3>
        {title} ({findings.length})
      </h3>
      {findings.length === 0 ? (
        <p>Aucun.</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i}>
              <strong>{SEVERITY[f.severity].label}</strong> : {f.message} ({f.source}
              {f.field ? ` ; ${fieldLabel(f.field)}` : ''})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
