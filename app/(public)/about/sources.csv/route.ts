// /about/sources.csv : every source listed on /about, in the same order.
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { listSources, type SourceItem } from '@/lib/queries/sources';

const COLUMNS: CsvColumn<SourceItem>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'title', value: (s) => s.title },
  { header: 'publisher', value: (s) => s.publisher },
  { header: 'published_on', value: (s) => s.publishedOn },
  { header: 'url', value: (s) => s.url },
  { header: 'note', value: (s) => s.note },
];

export async function GET(): Promise<Response> {
  const csv = toCsv(COLUMNS, await listSources(), {
    title: 'Sources cited by the Met accountability dashboard',
    sources: ['Each row is a source; url is the page it was read on.'],
    notes: ['note says how directly each source could be read (in full, or through summaries and coverage).'],
  });
  return csvResponse('sources.csv', csv);
}
