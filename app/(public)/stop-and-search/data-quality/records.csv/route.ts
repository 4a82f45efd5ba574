// /stop-and-search/data-quality/records.csv : the imported records by force, as the data-quality page shows them.
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { getStopSearchRecordQuality, type ForceRecordQuality } from '@/lib/queries/stop-search-data-quality';

const FIELDS: (keyof ForceRecordQuality)[] = [
  'force',
  'files',
  'first_month',
  'last_month',
  'rows_published',
  'rows_rejected',
  'repeated_files',
  'searches',
  'no_location',
  'outside_london',
  'officer_ethnicity_not_stated',
  'self_ethnicity_not_stated',
];
const COLUMNS: CsvColumn<ForceRecordQuality>[] = FIELDS.map((field) => ({ header: field, value: (r) => r[field] }));

export async function GET(): Promise<Response> {
  const csv = toCsv(COLUMNS, await getStopSearchRecordQuality(), {
    title: 'Imported stop-and-search records by force',
    sources: ['data.police.uk monthly stop-and-search files, Open Government Licence v3.0'],
    units: 'rows and searches',
    notes: [
      'searches counts each row once, except that a file in which every row is printed twice counts each search once (repeated_files).',
      'no_location, outside_london and the not-stated counts are searches among those counted.',
    ],
  });
  return csvResponse('stop-search-records-by-force.csv', csv);
}
