// The columns of a data.police.uk stop-and-search CSV and the header check.
// Columns are matched by name (ignoring case and surrounding spaces), so their
// order does not matter.

export const COLUMNS = [
  'Type',
  'Date',
  'Part of a policing operation',
  'Policing operation',
  'Latitude',
  'Longitude',
  'Gender',
  'Age range',
  'Self-defined ethnicity',
  'Officer-defined ethnicity',
  'Legislation',
  'Object of search',
  'Outcome',
  'Outcome linked to object of search',
  'Removal of more than just outer clothing',
] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * Columns that files from before the "Best Use of Stop and Search" reporting
 * fields were added do not have. A file without them imports with the values
 * stored as unknown (null); every other column is required.
 */
export const OPTIONAL_COLUMNS: readonly Column[] = ['Outcome linked to object of search', 'Removal of more than just outer clothing'];

export type RawRow = Record<Column, string>;

export type HeaderCheck =
  | { ok: true; indexes: Map<Column, number>; width: number }
  | { ok: false; missing: Column[]; unknown: string[]; repeated: string[] };

const byKey = new Map(COLUMNS.map((c) => [c.toLowerCase(), c]));
const key = (name: string) => name.trim().toLowerCase();

/** Maps each known column to its position, or lists what is missing, unknown or repeated. */
export function checkHeader(header: readonly string[]): HeaderCheck {
  const indexes = new Map<Column, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  header.forEach((name, index) => {
    const column = byKey.get(key(name));
    if (!column) unknown.push(name);
    else if (indexes.has(column)) repeated.push(column);
    else indexes.set(column, index);
  });
  const missing = COLUMNS.filter((c) => !indexes.has(c) && !OPTIONAL_COLUMNS.includes(c));
  if (missing.length || unknown.length || repeated.length) return { ok: false, missing, unknown, repeated };
  return { ok: true, indexes, width: header.length };
}

export function describeHeaderProblem(check: Extract<HeaderCheck, { ok: false }>): string {
  const parts: string[] = [];
  if (check.missing.length) parts.push(`missing column${check.missing.length > 1 ? 's' : ''} ${check.missing.map((c) => `"${c}"`).join(', ')}`);
  if (check.unknown.length) parts.push(`unknown column${check.unknown.length > 1 ? 's' : ''} ${check.unknown.map((c) => `"${c}"`).join(', ')}`);
  if (check.repeated.length) parts.push(`repeated column${check.repeated.length > 1 ? 's' : ''} ${check.repeated.map((c) => `"${c}"`).join(', ')}`);
  return `not a data.police.uk stop-and-search header: ${parts.join('; ')}`;
}

/** The row as named values; optional columns the file lacks read as empty. */
export function toRawRow(record: readonly string[], indexes: Map<Column, number>): RawRow {
  const row = {} as RawRow;
  for (const column of COLUMNS) {
    const index = indexes.get(column);
    row[column] = index === undefined ? '' : (record[index] ?? '');
  }
  return row;
}

/** toRawRow for one header, with the column positions looked up once rather than for every row. */
export function rawRowReader(indexes: Map<Column, number>): (record: readonly string[]) => RawRow {
  const positions = COLUMNS.map((column) => [column, indexes.get(column) ?? -1] as const);
  return (record) => {
    const row = {} as RawRow;
    for (const [column, index] of positions) row[column] = index < 0 ? '' : (record[index] ?? '');
    return row;
  };
}
