import { ScrollTable } from '@/components/ui/scroll-table';
import { formatNumber } from '@/lib/charts/format';
import type { ForceRecordQuality } from '@/lib/queries/stop-search-data-quality';

const FORCE_NAMES: Record<string, string> = { metropolitan: 'Metropolitan Police', 'city-of-london': 'City of London Police' };

function share(part: number, whole: number): string {
  return whole > 0 ? ` (${((part / whole) * 100).toFixed(1)}%)` : '';
}

// One row per force: what was imported and what the figures cannot place or group.
export function RecordQualityTable({ rows }: { rows: ForceRecordQuality[] }) {
  return (
    <ScrollTable label="Imported records by force" caption="Imported stop-and-search records by force" tableClassName="min-w-[48rem]">
        <thead>
          <tr className="border-b-2 border-slate-400 align-bottom">
            <th scope="col" className="p-2">Force</th>
            <th scope="col" className="p-2">Months imported</th>
            <th scope="col" className="p-2 text-right">Rows published</th>
            <th scope="col" className="p-2 text-right">Rows rejected</th>
            <th scope="col" className="p-2 text-right">Searches counted</th>
            <th scope="col" className="p-2 text-right">No location</th>
            <th scope="col" className="p-2 text-right">Outside London</th>
            <th scope="col" className="p-2 text-right">No ethnicity (officer)</th>
            <th scope="col" className="p-2 text-right">No ethnicity (self)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.force} className="border-b border-slate-200 align-top tabular-nums">
              <th scope="row" className="p-2 font-normal">{FORCE_NAMES[r.force] ?? r.force}</th>
              <td className="p-2">
                {r.files} ({r.first_month} to {r.last_month})
                {r.repeated_files > 0 ? `; ${r.repeated_files} file with every row printed twice` : ''}
              </td>
              <td className="p-2 text-right">{formatNumber(r.rows_published)}</td>
              <td className="p-2 text-right">{formatNumber(r.rows_rejected)}</td>
              <td className="p-2 text-right">{formatNumber(r.searches)}</td>
              <td className="p-2 text-right">{formatNumber(r.no_location)}{share(r.no_location, r.searches)}</td>
              <td className="p-2 text-right">{formatNumber(r.outside_london)}{share(r.outside_london, r.searches)}</td>
              <td className="p-2 text-right">{formatNumber(r.officer_ethnicity_not_stated)}{share(r.officer_ethnicity_not_stated, r.searches)}</td>
              <td className="p-2 text-right">{formatNumber(r.self_ethnicity_not_stated)}{share(r.self_ethnicity_not_stated, r.searches)}</td>
            </tr>
          ))}
        </tbody>
    </ScrollTable>
  );
}
