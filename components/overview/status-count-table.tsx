import { ScrollTable } from '@/components/ui/scroll-table';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUS_DESCRIPTIONS, STATUS_SLUGS } from '@/lib/commitments/status';
import type { StatusCount } from '@/lib/queries/overview';

// Each status with what it means and how many commitments have it; the count
// links to the commitments list filtered to that status.
export function StatusCountTable({ rows, total }: { rows: StatusCount[]; total: number }) {
  return (
    <ScrollTable label="Commitments by status" caption={`Commitments by status, ${total} in all`}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">What it means</th>
            <th scope="col" className="p-2 text-right">Commitments</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.status} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <StatusBadge status={row.status} />
              </th>
              <td className="p-2">{STATUS_DESCRIPTIONS[row.status]}</td>
              <td className="p-2 text-right tabular-nums">
                {row.count > 0 ? (
                  <Link href={`/commitments?status=${STATUS_SLUGS[row.status]}`}>{row.count}</Link>
                ) : (
                  row.count
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-semibold">
            <th scope="row" className="p-2" colSpan={2}>All commitments</th>
            <td className="p-2 text-right tabular-nums">{total}</td>
          </tr>
        </tfoot>
    </ScrollTable>
  );
}
