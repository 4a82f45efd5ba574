// Checks on each uploaded file before the importer parses it: a name that
// gives force and month, and opening bytes that are the police CSV header
// (so an image or a spreadsheet renamed .csv is refused with a plain reason).
import { parse } from 'csv-parse/sync';
import { checkHeader, describeHeaderProblem } from '@/lib/importers/police-uk/columns';
import { identityFromFileName } from '@/lib/importers/police-uk/file-name';

/** Enough bytes for the header line (about 250 characters) many times over. */
export const HEAD_BYTES = 16 * 1024;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function checkUploadName(name: string): string | null {
  if (!name.toLowerCase().endsWith('.csv')) return `${name}: only .csv files can be imported.`;
  if (!identityFromFileName(name)) {
    return `${name}: the name must look like YYYY-MM-<force>-stop-and-search.csv (as data.police.uk names it), so that the force and month are known.`;
  }
  return null;
}

function headerCells(line: string): string[] | null {
  try {
    const records = parse(line, { relax_column_count: true }) as string[][];
    return records[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * `head` is the start of the file: at least its first line, or HEAD_BYTES.
 * Returns why it is not a data.police.uk stop-and-search CSV, or null.
 */
export function checkFileHead(head: Buffer, name: string): string | null {
  if (head.length === 0) return `${name}: the file is empty.`;
  if (head.includes(0)) return `${name}: this is not a CSV text file (it contains NUL bytes, as images and spreadsheets do). Upload the .csv file from data.police.uk.`;
  const body = head.subarray(0, 3).equals(BOM) ? head.subarray(3) : head;
  const end = body.indexOf(0x0a);
  if (end < 0 && head.length >= HEAD_BYTES) return `${name}: the first line is longer than ${HEAD_BYTES} bytes, so this is not a stop-and-search CSV file.`;
  const line = body.subarray(0, end < 0 ? body.length : end).toString('utf8').replace(/\r$/, '');
  const cells = headerCells(line);
  if (!cells) return `${name}: the first line is not CSV, so this is not a stop-and-search file.`;
  const check = checkHeader(cells);
  return check.ok ? null : `${name}, line 1: ${describeHeaderProblem(check)}.`;
}
