// /casey-review/disputes.csv : the figures sources disagree on, as listed on /casey-review.
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { listDisputes, type DisputeItem } from '@/lib/queries/disputes';

const COLUMNS: CsvColumn<DisputeItem>[] = [
  { header: 'id', value: (d) => d.id },
  { header: 'topic', value: (d) => d.topic },
  { header: 'detail', value: (d) => d.detail },
  { header: 'source_urls', value: (d) => d.urls.join(' ; ') },
];

export async function GET(): Promise<Response> {
  const csv = toCsv(COLUMNS, await listDisputes(), {
    title: 'Figures on which sources disagree',
    sources: ['Every source of each figure is in source_urls.'],
    notes: ['Each version is given with its source; the dashboard does not choose between them.'],
  });
  return csvResponse('disputed-figures.csv', csv);
}
