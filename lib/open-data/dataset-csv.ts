// A dataset as CSV: one column per declared field, in order, through the
// shared CSV helper. No "# " metadata lines on top: these files are described
// by datapackage.json and the /data page, and tools that read a Data Package
// expect the header on the first line.
import { toCsv, type CsvColumn } from '@/lib/csv';
import type { Dataset } from '@/lib/open-data/dataset-types';

type Row = Record<string, string | number | boolean | null>;

export function datasetCsv(dataset: Dataset, rows: Row[]): string {
  const columns: CsvColumn<Row>[] = dataset.fields.map((field) => ({ header: field.name, value: (row) => row[field.name] ?? null }));
  return toCsv(columns, rows);
}
