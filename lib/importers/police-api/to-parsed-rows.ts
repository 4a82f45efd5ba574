// Turns one month's API response into the rows the CSV importer consumes.
// Line numbers mimic the CSV download of the same month (header on line 1,
// the first stop on line 2), so a rejected stop is reported at the line the
// CSV file would show it on.
import { COLUMNS, type RawRow } from '@/lib/importers/police-uk/columns';
import type { ParsedRow } from '@/lib/importers/police-uk/parse';
import { apiStopSchema, COLUMN_OF_FIELD, toRawRow } from '@/lib/importers/police-api/stop-schema';

const EMPTY_ROW = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as RawRow;

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json;
}

/**
 * One ParsedRow per stop, in response order. A stop whose JSON types are
 * wrong is still yielded, with an empty row and its problem in `shape`, so
 * the importer rejects and reports it like any other invalid row.
 */
export function* toParsedRows(stops: readonly unknown[]): Generator<ParsedRow> {
  for (const [index, stop] of stops.entries()) {
    const line = index + 2;
    const result = apiStopSchema.safeParse(stop);
    if (result.success) {
      yield { line, raw: toRawRow(result.data) };
      continue;
    }
    const issue = result.error.issues[0]!;
    const key = issue.path[0];
    const field = typeof key === 'string' ? (COLUMN_OF_FIELD[key] ?? key) : '(stop)';
    const value = typeof key === 'string' && stop && typeof stop === 'object' ? (stop as Record<string, unknown>)[key] : stop;
    const where = typeof key === 'string' ? `API field "${issue.path.join('.')}"` : 'API stop';
    yield { line, raw: { ...EMPTY_ROW }, shape: { field, value: describe(value), reason: `${where}: ${issue.message}` } };
  }
}
