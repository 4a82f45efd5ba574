// Streams a police CSV file row by row (constant memory whatever its size):
// checks the bytes are UTF-8 and the header is a stop-and-search header, then
// yields each data row with its line number. Problems that make the whole file
// unusable throw a PoliceFileError; a row with the wrong number of values is
// yielded with its problem so it is rejected and reported like any other
// invalid row.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { checkHeader, COLUMNS, describeHeaderProblem, rawRowReader, type RawRow } from '@/lib/importers/police-uk/columns';
import { PoliceFileError } from '@/lib/importers/police-uk/errors';
import { Utf8Checker, type Utf8Problem } from '@/lib/importers/police-uk/utf8-check';

/**
 * A real row is about 250 characters; a record longer than this is not a
 * stop-and-search row, and stopping here keeps memory bounded on a file
 * with a runaway field or no line breaks.
 */
export const MAX_RECORD_CHARS = 64 * 1024;

export interface ParsedRow {
  /** 1-based line on which the row starts (the header is line 1). */
  line: number;
  raw: RawRow;
  /** Set when the row does not have one value per header column. */
  shape?: { field: string; value: string; reason: string };
}

export interface ReadOptions {
  /** Name used in messages (defaults to the file's base name). */
  fileName?: string;
  /** Called with the number of bytes read so far. */
  onBytes?: (bytes: number) => void;
}

/**
 * `header` is line 1 as written (the parser can fail on a chunk before the
 * header record reaches us); `lastRecordEnd` is the line the last good
 * record ended on, where an unclosed quote's record begins after.
 */
function fromCsvError(error: CsvError, fileName: string, header: readonly string[], lastRecordEnd: number): PoliceFileError {
  const info = error as CsvError & { lines?: number; column?: number | string | null };
  const line = typeof info.lines === 'number' ? info.lines : null;
  const field = typeof info.column === 'number' ? (header[info.column] ?? `column ${info.column + 1}`) : null;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new PoliceFileError('field-too-long', fileName, `the row is longer than ${MAX_RECORD_CHARS} characters: not a stop-and-search row`, line, field);
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const opened = lastRecordEnd + 1;
    return new PoliceFileError('truncated', fileName, `a quoted value opened on line ${opened} is never closed: the file looks truncated`, opened, field);
  }
  return new PoliceFileError('broken-csv', fileName, `the file is not valid CSV (${error.message})`, line, field);
}

function fromUtf8Problem(problem: Utf8Problem, checker: Utf8Checker, fileName: string): PoliceFileError {
  const names = checker.headerNames();
  const field = names[problem.fieldIndex] || `column ${problem.fieldIndex + 1}`;
  const hex = problem.byte === null ? '' : `0x${problem.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const what =
    problem.byte === null
      ? 'the file ends in the middle of a character'
      : problem.byte === 0
        ? `a NUL byte (${hex}) at position ${problem.column} of the line`
        : `byte ${hex} at position ${problem.column} of the line is not UTF-8`;
  return new PoliceFileError('not-utf8', fileName, `the file is not UTF-8 text (${what}); save it as UTF-8 and import it again`, problem.line, field);
}

function shapeProblem(record: string[], header: readonly string[]): ParsedRow['shape'] {
  if (record.length === header.length) return undefined;
  if (record.length > header.length) {
    return { field: '(extra values)', value: record.slice(header.length).join(','), reason: `has ${record.length} values for ${header.length} columns` };
  }
  return { field: header[record.length]!, value: record.at(-1) ?? '', reason: `has ${record.length} values for ${header.length} columns` };
}

/** Line breaks inside the values of a record (quoted values may span lines); almost always none. */
function lineBreaksIn(record: readonly string[]): number {
  let breaks = 0;
  for (const value of record) {
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) breaks++;
  }
  return breaks;
}

/** Yields every data row of the file. Throws PoliceFileError for a file that cannot be read as a whole. */
export async function* readPoliceCsv(filePath: string, options: ReadOptions = {}): AsyncGenerator<ParsedRow> {
  const fileName = options.fileName ?? path.basename(filePath);
  const input = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  const checker = new Utf8Checker();
  let utf8Problem: Utf8Problem | null = null;
  let bytes = 0;
  let lastByte = -1;
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: MAX_RECORD_CHARS });
  // Registered before pipe() so every chunk is checked before the parser sees it.
  input.on('data', (data: string | Buffer) => {
    const chunk = data as Buffer; // no encoding was set, so chunks are bytes
    if (utf8Problem) return;
    bytes += chunk.length;
    lastByte = chunk[chunk.length - 1] ?? lastByte;
    utf8Problem = checker.check(chunk);
    if (utf8Problem) parser.destroy(fromUtf8Problem(utf8Problem, checker, fileName));
    else options.onBytes?.(bytes);
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  let header: string[] | null = null;
  let toRaw: ((record: readonly string[]) => RawRow) | null = null;
  // One row of look-ahead, to know which row is the last.
  let pending: { line: number; record: string[] } | null = null;
  let lastRecordEnd = 0;
  const emit = ({ line, record }: { line: number; record: string[] }): ParsedRow => {
    const shape = shapeProblem(record, header!);
    const raw = toRaw!(record);
    return shape ? { line, raw, shape } : { line, raw };
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is where the record ends; a quoted value may span lines.
      const line = info.lines - lineBreaksIn(record);
      lastRecordEnd = info.lines;
      if (!header) {
        const check = checkHeader(record);
        if (!check.ok) {
          const field = check.missing[0] ?? check.unknown[0] ?? check.repeated[0] ?? null;
          throw new PoliceFileError('bad-header', fileName, describeHeaderProblem(check), line, field);
        }
        header = record.map((name) => name.trim());
        toRaw = rawRowReader(check.indexes);
        continue;
      }
      if (pending) yield emit(pending);
      pending = { line, record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw fromCsvError(error, fileName, header ?? checker.headerNames(), lastRecordEnd);
    throw error;
  } finally {
    input.destroy();
  }
  const cutOff = checker.end();
  if (cutOff) throw fromUtf8Problem(cutOff, checker, fileName);
  if (!header) throw new PoliceFileError('empty-file', fileName, `the file is empty: expected the header ${COLUMNS.join(',')}`, 1, null);
  if (!pending) throw new PoliceFileError('no-data-rows', fileName, 'the file has a header but no data rows', 2, null);
  // A last line that stops short with no line break after it is a cut-off
  // download or copy, not a row with blanks: refuse the file rather than
  // load all but its end.
  if (pending.record.length < header.length && lastByte !== 0x0a && lastByte !== 0x0d) {
    const shape = shapeProblem(pending.record, header)!;
    throw new PoliceFileError(
      'truncated',
      fileName,
      `the last line stops after ${pending.record.length} of ${header.length} values with no line break: the file looks truncated`,
      pending.line,
      shape.field,
    );
  }
  yield emit(pending);
}
