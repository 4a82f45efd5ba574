import { formatCell } from '@/lib/stop-search/format-cell';
import type { ViewColumn, ViewRow } from '@/lib/stop-search/explorer-view';

// A view's figures as a table: the alternative to the drawing, and exactly
// the rows and columns of its CSV file.
export function ViewTable({ caption, columns, rows, rowKind }: { caption: string; columns: ViewColumn[]; rows: ViewRow[]; rowKind?: (row: ViewRow) => ViewColumn['kind'] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`p-2 align-bottom ${c.kind === 'text' ? '' : 'text-right'}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              {columns.map((c, j) => {
                const kind = rowKind && c.kind === 'text' && typeof row[c.key] === 'number' ? rowKind(row) : c.kind;
                const text = formatCell(row[c.key], kind);
                return j === 0 ? (
                  <th key={c.key} scope="row" className="p-2 font-normal">{text}</th>
                ) : (
                  <td key={c.key} className={`p-2 ${c.kind === 'text' && kind === 'text' ? '' : 'text-right tabular-nums'}`}>{text}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
