import { ScrollTable } from '@/components/ui/scroll-table';
import { formatNumber, sourceHost } from '@/lib/charts/format';
import type { SeriesPoint } from '@/lib/charts/indicator-series';

// The chart's figures as a table: the alternative for screen readers and the
// place every figure's own source is linked.
export function ChartTable({ caption, points }: { caption: string; points: SeriesPoint[] }) {
  return (
    <ScrollTable label={caption} caption={caption} tableClassName="min-w-[36rem]">
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Period</th>
            <th scope="col" className="p-2">Group</th>
            <th scope="col" className="p-2 text-right">Value</th>
            <th scope="col" className="p-2">Unit</th>
            <th scope="col" className="p-2">Source</th>
            <th scope="col" className="p-2">Note</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.period}-${p.group}-${i}`} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">{p.period}</th>
              <td className="p-2">{p.group}</td>
              <td className="p-2 text-right tabular-nums">{formatNumber(p.value)}</td>
              <td className="p-2">{p.unit}</td>
              <td className="p-2">
                <a href={p.url}>{sourceHost(p.url)}</a>
                {p.source ? <span className="block text-slate-700">{p.source.publisher}</span> : null}
              </td>
              <td className="p-2">{p.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
    </ScrollTable>
  );
}
