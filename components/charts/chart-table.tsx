import { formatNumber, sourceHost } from '@/lib/charts/format';
import type { SeriesPoint } from '@/lib/charts/indicator-series';

// The chart's figures as a table: the alternative for screen readers and the
// place every figure's own source is linked.
export function ChartTable({ caption, points }: { caption: string; points: SeriesPoint[] }) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="overflow-x-auto" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
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
      </table>
    </div>
  );
}
