import { campaignOf, deadlineWhen, SEVERITY, toneOf } from '../../display/report-words';
import { PORTAL_NAMES } from '../../portals/hosts';
import { fieldLabel } from '../../display/field-names';
import { ruleInfo } from '../../rules/catalogue';
import { formatCents, formatDateFr, formatDateTimeFr } from '../../rules/format-fr';
import { collectiveName, FUNDS_CAVEAT } from '../../rules/funding-lines';
import { fundingText, statusLine } from '../../rules/report-text';
import { PendingRules } from '../../components/DossierLists';
import { FinancerTable } from '../../components/FinancerTable';
import { dossierView } from '../../display/dossier-view';
import type { Severity } from '../../rules/report';
import { carrierName } from '../../snapshots/build';
import type { Snapshot } from '../../snapshots/format';

/**
 * A snapshot as an A4 checklist: status, funding by financer and by collective, findings with
 * their sources and the instructor's marks, checklist, deadlines, where and when it was read.
 * Everything is shown (no « voir plus »): it is meant for paper. Page text is rendered as text.
 */

const ROLE_NAMES: Record<Snapshot['role'], string> = {
  carrier: 'porteur',
  instructor: 'instructeur',
};
const ORDER: Severity[] = ['blocking', 'warning', 'info'];

export function SnapshotSheet({ snapshot: s }: { snapshot: Snapshot }) {
  const r = s.report;
  const campaign = campaignOf(r);
  const tone = toneOf(r);
  const showMarks = s.role === 'instructor' || s.marks.some((m) => m.checked || m.note !== '');
  const verified = s.marks.filter((m) => m.checked).length;
  const notFound = r.page?.notFound ?? [];

  return (
    <article class="sheet" aria-labelledby="sheet-title">
      <header class="sheet__head">
        <p class="sheet__kicker">Assistant Clas — liste de contrôle</p>
        <h1 id="sheet-title">{carrierName(s)}</h1>
        <dl class="sheet__meta">
          <div>
            <dt>Instantané</dt>
            <dd>
              <time dateTime={s.createdAt}>{formatDateTimeFr(s.createdAt)}</time>, rôle{' '}
              {ROLE_NAMES[s.role]}
            </dd>
          </div>
          <div>
            <dt>Page</dt>
            <dd>
              {s.title ? `${s.title} — ` : ''}
              <span class="sheet__url">{s.url}</span> ({PORTAL_NAMES[s.portal]})
            </dd>
          </div>
          <div>
            <dt>Campagne</dt>
            <dd>
              {r.campaign}, département {r.department}, vérifié au {formatDateFr(r.checkedOn)}
            </dd>
          </div>
        </dl>
      </header>

      <section class={`sheet__status status ${tone}`} aria-labelledby="h-status">
        <h2 id="h-status">Statut</h2>
        <p>
          <strong>{statusLine(r)}</strong>
        </p>
        <p>
          Financement estimé : <strong>{fundingText(r)}</strong>, {FUNDS_CAVEAT}.
        </p>
        {showMarks && (
          <p>
            Vérifications de l’instructeur : {verified}/{r.findings.length} points vérifiés.
          </p>
        )}
      </section>

      <section aria-labelledby="h-findings">
        <h2 id="h-findings">Points relevés ({r.findings.length})</h2>
        {r.findings.length === 0 && <p>Aucun point relevé.</p>}
        {ORDER.map((sev) => {
          const list = r.findings
            .map((f, i) => ({ f, m: s.marks[i] }))
            .filter((x) => x.f.severity === sev);
          if (list.length === 0) return null;
          return (
            <div key={sev} class="sheet__group">
              <h3>
                {SEVERITY[sev].section} ({list.length})
              </h3>
              <ol class="sheet__findings">
                {list.map(({ f, m }, i) => {
                  const info = ruleInfo(f.rule);
                  return (
                    <li key={i} class={`finding finding--${sev}`}>
                      <p class="finding__msg">
                        {showMarks && (
                          <span class="box" aria-hidden="true">
                            {m?.checked ? '☑' : '☐'}{' '}
                          </span>
                        )}
                        <span class="sr">{SEVERITY[sev].label} : </span>
                        {f.message}
                      </p>
                      <p class="finding__src">
                        Source : {f.source}
                        {info && <> — {info.title}</>}
                        {f.field && <> · champ : {fieldLabel(f.field)}</>} · règle{' '}
                        <code>{f.rule}</code>
                      </p>
                      {info?.quote && (
                        <blockquote class="finding__quote">« {info.quote} »</blockquote>
                      )}
                      {showMarks && (
                        <p class="finding__mark">
                          {m?.checked ? 'Vérifié par l’instructeur' : 'Non vérifié'}
                          {m?.note ? <> — note : {m.note}</> : null}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="h-funding">
        <h2 id="h-funding">Financement</h2>
        <h3>Par financeur</h3>
        <FinancerTable funding={r.funding} numClass="num" />
        <h3>Par collectif</h3>
        {r.funding.collectives.length === 0 ? (
          <p>Aucun collectif déclaré.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Collectif</th>
                <th scope="col">Enfants</th>
                <th scope="col">Retenu</th>
                <th scope="col" class="num">
                  Dépenses
                </th>
                <th scope="col" class="num">
                  PS Clas
                </th>
              </tr>
            </thead>
            <tbody>
              {r.funding.collectives.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{collectiveName(c, i)}</th>
                  <td>{c.children ?? 'non renseigné'}</td>
                  <td>{c.eligible ? 'oui' : 'non'}</td>
                  <td class="num">
                    {c.expensesCents === undefined
                      ? 'non renseignées'
                      : formatCents(c.expensesCents)}
                  </td>
                  <td class="num">{formatCents(c.psCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p class="caveat">
          Montants estimés d’après la note de cadrage, {FUNDS_CAVEAT} : la décision appartient aux
          financeurs.
        </p>
      </section>

      <section aria-labelledby="h-checklist">
        <h2 id="h-checklist">
          Liste de contrôle ({r.checklist.filter((c) => !c.done).length} à faire sur{' '}
          {r.checklist.length})
        </h2>
        {r.checklist.length === 0 ? (
          <p>Rien à compléter.</p>
        ) : (
          <ul class="checklist">
            {r.checklist.map((c, i) => (
              <li key={i}>
                <span aria-hidden="true">{c.done ? '☑' : '☐'} </span>
                <span class="sr">{c.done ? 'fait : ' : 'à faire : '}</span>
                {c.item}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">Échéances</h2>
        {r.deadlines.length === 0 ? (
          <p>Aucune échéance.</p>
        ) : (
          <ul>
            {r.deadlines.map((d, i) => (
              <li key={i}>
                <time dateTime={d.date}>{formatDateFr(d.date)}</time> — {d.label} (
                {deadlineWhen(d, campaign).text})
              </li>
            ))}
          </ul>
        )}
      </section>

      {r.pending && r.pending.length > 0 && (
        <section aria-labelledby="h-pending">
          <h2 id="h-pending">Pas encore vérifié ({r.pending.length})</h2>
          <p>Ces règles attendent des champs que la page n’avait pas encore donnés.</p>
          <PendingRules rules={dossierView({ report: r, today: r.checkedOn }).pending} />
        </section>
      )}

      {notFound.length > 0 && (
        <section aria-labelledby="h-notfound">
          <h2 id="h-notfound">
            {r.pending ? 'Champs pas encore lus' : 'Champs non lus sur la page'} ({notFound.length})
          </h2>
          <p>
            {r.pending
              ? 'Ces champs n’avaient pas encore été lus : les règles qui en dépendent attendent.'
              : 'Ces champs n’ont pas été trouvés : ils ne sont pas vérifiés.'}
          </p>
          <ul>
            {notFound.map((p) => (
              <li key={p}>{fieldLabel(p)}</li>
            ))}
          </ul>
        </section>
      )}

      <footer class="sheet__foot">
        <p>
          Lu sur <span class="sheet__url">{s.url}</span> le {formatDateTimeFr(s.createdAt)} —
          Assistant Clas {s.extensionVersion}. Estimation indicative, {FUNDS_CAVEAT}.
        </p>
      </footer>
    </article>
  );
}
