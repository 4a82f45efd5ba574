// /about/gaps.csv : the known gaps in the catalogue, as listed on /about.
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { listDataGaps, type DataGapItem } from '@/lib/queries/sources';

const COLUMNS: CsvColumn<DataGapItem>[] = [
  { header: 'id', value: (g) => g.id },
  { header: 'gap', value: (g) => g.text },
];

export async function GET(): Promise<Response> {
  const csv = toCsv(COLUMNS, await listDataGaps(), {
    title: 'What the dashboard could not find',
    sources: ['Recorded by the project while compiling its catalogue from the sources in /about/sources.csv.'],
  });
  return csvResponse('known-gaps.csv', csv);
}
