import { useState } from 'preact/hooks';
import type { Campaign } from '../rules/campaigns/campaign';
import { formatCents } from '../rules/format-fr';
import { collectiveName } from '../rules/funding-lines';
import type { CollectiveFunding, Funding } from '../rules/report';
import { plural } from '../display/report-words';
import { FinancerTable } from './FinancerTable';

/** Collectives shown before « Voir les N autres »: 200 rows must not slow each keystroke. */
const COLLECTIVES_SHOWN = 50;

export function FundingTable({ funding, campaign }: { funding: Funding; campaign?: Campaign }) {
  const [all, setAll] = useState(false);
  const list = funding.collectives;
  const shown = all ? list : list.slice(0, COLLECTIVES_SHOWN);
  const hidden = list.length - shown.length;
  return (
    <div class="ac-funding">
      <h4 class="ac-subtitle">Par financeur</h4>
      <FinancerTable
        funding={funding}
        tableClass="ac-table"
        numClass="ac-num"
        zeroClass="ac-zero"
      />

      <h4 class="ac-subtitle">Par collectif</h4>
      {list.length === 0 ? (
        <p class="ac-empty">Aucun collectif déclaré.</p>
      ) : (
        <>
          <p class="ac-hint">
            {plural(funding.eligibleCollectives, 'collectif retenu', 'collectifs retenus')} sur{' '}
            {list.length} pour la prestation de service.
          </p>
          <table class="ac-table ac-table--collectives">
            <thead>
              <tr>
                <th scope="col">Collectif</th>
                <th scope="col" class="ac-num">
                  Dépenses
                </th>
                <th scope="col" class="ac-num">
                  PS
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c, i) => (
                <CollectiveRow key={i} c={c} index={i} campaign={campaign} />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  Prestation de service Clas
                </th>
                <td class="ac-num">
                  <strong>{formatCents(funding.psClasCents)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
          {hidden > 0 && (
            <button type="button" class="ac-button ac-more" onClick={() => setAll(true)}>
              Voir {hidden > 1 ? `les ${hidden} autres collectifs` : 'l’autre collectif'}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function CollectiveRow({
  c,
  index,
  campaign,
}: {
  c: CollectiveFunding;
  index: number;
  campaign: Campaign | undefined;
}) {
  const name = collectiveName(c, index);
  const children =
    c.children === undefined ? 'effectif non renseigné' : plural(c.children, 'enfant');
  let why = '';
  if (!c.eligible && c.children !== undefined && campaign)
    why = `, hors ${campaign.groupMinChildren} à ${campaign.groupMaxChildren}`;
  return (
    <tr class={c.eligible ? undefined : 'ac-off'}>
      <th scope="row">
        <span class="ac-coll__name">{name}</span>
        <span class="ac-coll__state">
          <span class={`ac-pill ${c.eligible ? 'ac-pill--ok' : 'ac-pill--off'}`}>
            <span aria-hidden="true">{c.eligible ? '✓ ' : '✖ '}</span>
            {c.eligible ? 'retenu' : 'non retenu'}
          </span>{' '}
          <span class="ac-coll__why">{`${children}${why}`}</span>
        </span>
      </th>
      <td class="ac-num">
        {c.expensesCents === undefined ? (
          <span class="ac-muted">non renseignées</span>
        ) : (
          formatCents(c.expensesCents)
        )}
      </td>
      <td class="ac-num">{formatCents(c.psCents)}</td>
    </tr>
  );
}
