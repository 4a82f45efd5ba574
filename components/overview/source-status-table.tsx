import { ScrollTable } from '@/components/ui/scroll-table';
import Link from 'next/link';
import { STATUS_KEYS, STATUS_LABELS } from '@/lib/commitments/status';
import type { SourceStatusCounts } from '@/lib/queries/overview';

// Sources down the side, statuses across. Wide, so it scrolls sideways on a
// phone inside a focusable region rather than breaking the page (WCAG 1.4.10).
export function SourceStatusTable({ rows }: { rows: SourceStatusCounts[] }) {
  return (
    <ScrollTable label="Commitments by source and status" caption="Commitments by source and status" tableClassName="min-w-[48rem]">
        <thead>
          <tr className="border-b-2 border-slate-400 align-bottom">
            <th scope="col" className="p-2">Source</th>
            {STATUS_KEYS.map((key) => (
              <th key={key} scope="col" className="p-2 text-right">
                {STATUS_LABELS[key]}
              </th>
            ))}
            <th scope="col" className="p-2 text-right">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sourceId} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/commitments?source=${row.sourceId}`}>{row.sourceTitle}</Link>
                <span className="block text-slate-700">{row.sourcePublisher}</span>
              </th>
              {STATUS_KEYS.map((key) => (
                <td key={key} className="p-2 text-right tabular-nums">
                  {row.counts[key]}
                </td>
              ))}
              <td className="p-2 text-right font-semibold tabular-nums">{row.total}</td>
            </tr>
          ))}
        </tbody>
    </ScrollTable>
  );
}
