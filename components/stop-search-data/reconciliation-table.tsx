import { ScrollTable } from '@/components/ui/scroll-table';
import { formatNumber } from '@/lib/charts/format';
import type { ReconciliationRow } from '@/lib/queries/stop-search-reconciliation';
import type { ReconciliationStatus } from '@/lib/stop-search/reconcile';

const STATUS_TEXT: Record<ReconciliationStatus, string> = {
  compared: 'Compared',
  'partial-records': 'Some months missing',
  'no-records': 'No records imported',
  'not-comparable': 'Cannot be compared',
};

function value(n: number | null): string {
  if (n === null) return '–';
  return Number.isInteger(n) ? formatNumber(n) : n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

// Each published figure beside the same figure from the records, with the gap and why it may exist.
export function ReconciliationTable({ rows }: { rows: ReconciliationRow[] }) {
  return (
    <ScrollTable label="Official figures against the records" caption="Published figures against the same figures from the imported records" tableClassName="min-w-[52rem]">
        <thead>
          <tr className="border-b-2 border-slate-400 align-bottom">
            <th scope="col" className="p-2">Figure</th>
            <th scope="col" className="p-2">Period</th>
            <th scope="col" className="p-2">Group</th>
            <th scope="col" className="p-2 text-right">Published</th>
            <th scope="col" className="p-2 text-right">From records</th>
            <th scope="col" className="p-2 text-right">Difference</th>
            <th scope="col" className="p-2">Comparison</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.indicator_id}-${r.seed_key ?? i}`} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <a href={r.official_url}>{r.indicator_label}</a>
                {r.source ? <span className="block text-slate-700">{r.source.publisher}</span> : null}
              </th>
              <td className="p-2">{r.period_label}</td>
              <td className="p-2">{r.group ?? 'All'}</td>
              <td className="p-2 text-right tabular-nums">{value(r.official_value)}</td>
              <td className="p-2 text-right tabular-nums">{value(r.record_value)}</td>
              <td className="p-2 text-right tabular-nums">
                {value(r.difference)}
                {r.relative_difference !== null ? ` (${(r.relative_difference * 100).toFixed(1)}%)` : ''}
              </td>
              <td className="p-2">
                <strong>{STATUS_TEXT[r.status]}.</strong> {r.note}
              </td>
            </tr>
          ))}
        </tbody>
    </ScrollTable>
  );
}
