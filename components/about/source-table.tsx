import { ScrollTable } from '@/components/ui/scroll-table';
import { DateText } from '@/components/commitments/date-text';
import type { SourceItem } from '@/lib/queries/sources';

export function SourceTable({ sources }: { sources: SourceItem[] }) {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <ScrollTable label="Sources" caption={`Sources, newest first (${sources.length})`} tableClassName="min-w-[40rem]">
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
    </ScrollTable>
  );
}
