import { formatCentsRange } from '../rules/format-fr';
import { fundingLines } from '../rules/funding-lines';
import type { Funding } from '../rules/report';

/**
 * The funding by financer with its total: in the panel and on the printable page, each with its
 * own class names (`ac-` in the panel's frame, plain on the print page).
 */
export function FinancerTable({
  funding,
  tableClass,
  numClass,
  zeroClass,
}: {
  funding: Funding;
  tableClass?: string;
  numClass: string;
  zeroClass?: string;
}) {
  return (
    <table class={tableClass}>
      <thead>
        <tr>
          <th scope="col">Financeur</th>
          <th scope="col">Ligne</th>
          <th scope="col" class={numClass}>
            Montant
          </th>
        </tr>
      </thead>
      <tbody>
        {fundingLines(funding).map((l) => (
          <tr
            key={`${l.financer}|${l.label}`}
            class={l.maxCents === 0 && zeroClass ? zeroClass : undefined}
          >
            <td>{l.financer}</td>
            <td>{l.label}</td>
            <td class={numClass}>{formatCentsRange(l.minCents, l.maxCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td class={numClass}>
            <strong>{formatCentsRange(funding.totalMinCents, funding.totalMaxCents)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
