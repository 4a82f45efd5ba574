// Every CSV the app serves goes through here: declared columns, ISO dates,
// empty cells for missing values, spreadsheet formulas defused, and a short
// block of "# " lines on top naming the source, period and filters.
import { stringify } from 'csv-stringify/sync';
import { CC_BY, OGL } from '@/lib/open-data/dataset-types';

type Cell = string | number | boolean | Date | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => Cell;
}

export interface CsvMetadata {
  title: string;
  /** "Publisher, title, URL" lines; one per source. */
  sources: string[];
  /** Filters applied, as shown on the page ("status: delivered"). */
  filters?: string[];
  units?: string;
  notes?: string[];
  generatedAt?: Date;
}

function cell(value: Cell): string | number {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

function metadataLines(meta: CsvMetadata): string[] {
  return [
    `# ${meta.title}`,
    ...meta.sources.map((s) => `# Source: ${s}`),
    ...(meta.units ? [`# Units: ${meta.units}`] : []),
    `# Filters: ${meta.filters?.length ? meta.filters.join('; ') : 'none'}`,
    ...(meta.notes ?? []).map((n) => `# Note: ${n}`),
    `# Generated: ${(meta.generatedAt ?? new Date()).toISOString()}`,
    `# Licence: ${OGL.title} for police and ONS data; summaries written by the Met accountability dashboard under ${CC_BY.title} (${CC_BY.name}).`,
  ];
}

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[], meta?: CsvMetadata): string {
  const body = stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(c.value(row))))], {
    escape_formulas: true,
    record_delimiter: '\r\n',
  });
  // Metadata lines stay unquoted so CSV readers with a comment option
  // (pandas comment='#', R read.csv comment.char) skip them; a spreadsheet
  // shows them as text above the table. Line breaks are flattened so one
  // note cannot start a data row.
  const head = meta ? metadataLines(meta).map((line) => `${line.replace(/[\r\n]+/g, ' ')}\r\n`).join('') : '';
  return `\uFEFF${head}${body}`;
}

export function csvResponse(filename: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '-')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
