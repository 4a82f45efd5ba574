import { DateText } from '@/components/commitments/date-text';
import type { SourceItem } from '@/lib/queries/sources';

export function SourceTable({ sources }: { sources: SourceItem[] }) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="overflow-x-auto" role="region" aria-label="Sources (table)" tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="pb-2 text-left font-semibold">Sources, newest first ({sources.length})</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">Source</th>
            <th scope="col" className="p-2">Publisher</th>
            <th scope="col" className="p-2">Published</th>
            <th scope="col" className="p-2">Note</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <a href={s.url}>{s.title}</a>
              </th>
              <td className="p-2">{s.publisher}</td>
              <td className="p-2 whitespace-nowrap">{s.publishedOn ? <DateText date={s.publishedOn} short /> : 'Date not found'}</td>
              <td className="p-2">{s.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
