import { formatCell } from '@/lib/stop-search/format-cell';
import type { ViewRow } from '@/lib/stop-search/explorer-view';

// A horizontal bar per value, drawn on the server (no chart code sent to the
// browser). Hidden from assistive technology: the table has the same figures.
export function BarList({ rows, labelKey, valueKey, shareKey }: { rows: ViewRow[]; labelKey: string; valueKey: string; shareKey: string }) {
  const sorted = [...rows].sort((a, b) => Number(b[valueKey] ?? 0) - Number(a[valueKey] ?? 0));
  const max = Math.max(1, ...sorted.map((r) => Number(r[valueKey] ?? 0)));
  return (
    <ul aria-hidden="true" className="space-y-1 text-sm">
      {sorted.map((r) => {
        const v = Number(r[valueKey] ?? 0);
        return (
          <li key={String(r[labelKey])} className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,16rem)_1fr] sm:items-center">
            <span className="break-words">{String(r[labelKey])}</span>
            <span className="flex items-center gap-2">
              <span className="inline-block h-4 border border-slate-900 bg-[#0072B2] print:bg-slate-600" style={{ width: `${(v / max) * 80}%` }} />
              <span className="whitespace-nowrap tabular-nums">{formatCell(r[shareKey] ?? null, 'percent')}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
