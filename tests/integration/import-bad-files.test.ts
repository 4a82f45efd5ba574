// A corpus of broken files, written by the test into a temp folder from real
// City of London rows. A file that cannot be imported as a whole must be
// refused with a message naming the file, line and field, and leave every
// table (and sequence) exactly as it was. Files with some invalid rows load
// their valid rows and record every rejected one; a BOM or CRLF line endings
// are not problems at all.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoliceFileError } from '../../lib/importers/police-uk/errors.ts';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { fingerprint, type Fingerprint } from '../fixtures/import/database-fingerprint.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw/city-of-london');
const rawFile = (month: string) => path.join(RAW, `${month}-city-of-london-stop-and-search.csv`);
const nameFor = (month: string) => `${month}-city-of-london-stop-and-search.csv`;

let db: TestDatabase;
let pool: pg.Pool;
let dir: string;
let before: Fingerprint;
const header = (text: string) => text.split('\n')[0]!;

/** The header and the first `count` rows that carry coordinates, as LF lines. */
async function sample(month: string, count = 5): Promise<{ header: string; rows: string[] }> {
  const text = await readFile(rawFile(month), 'utf8');
  const rows = text.split('\n').slice(1).filter((line) => line.split(',')[4] !== '' && line !== '');
  return { header: header(text), rows: rows.slice(0, count) };
}

/** Writes `content` as the month's file in a folder of its own and returns the path. */
async function write(caseName: string, month: string, content: string | Buffer): Promise<string> {
  const folder = path.join(dir, caseName);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, nameFor(month));
  await writeFile(file, content);
  return file;
}

const setField = (line: string, index: number, value: string) => line.split(',').map((v, i) => (i === index ? value : v)).join(',');

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  dir = await mkdtemp(path.join(tmpdir(), 'police-bad-files-'));
  // Something already loaded, so "unchanged" means more than "still empty".
  for (const month of ['2018-02', '2018-03']) await importPoliceFile(pool, rawFile(month));
  before = await fingerprint(db);
});

afterAll(async () => {
  await pool?.end();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Refusal {
  code: PoliceFileError['code'];
  line: number | null;
  field: string | null;
  says: RegExp;
}

async function expectRefused(file: string, expected: Refusal) {
  const error = await importPoliceFile(pool, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PoliceFileError);
  const failure = error as PoliceFileError;
  expect({ code: failure.code, line: failure.line, field: failure.field }).toEqual({ code: expected.code, line: expected.line, field: expected.field });
  expect(failure.message.startsWith(`${path.basename(file)}${expected.line === null ? ':' : ','} `)).toBe(true);
  if (expected.line !== null) expect(failure.message).toContain(`line ${expected.line}`);
  if (expected.field !== null) expect(failure.message).toContain(`field "${expected.field}"`);
  expect(failure.message).toMatch(expected.says);
  expect(await fingerprint(db)).toEqual(before);
}

describe('files that cannot be imported leave the database exactly as it was', () => {
  it('an empty file', async () => {
    await expectRefused(await write('empty', '2018-01', ''), { code: 'empty-file', line: 1, field: null, says: /the file is empty/ });
  });

  it('a header and no rows', async () => {
    const { header } = await sample('2018-01');
    await expectRefused(await write('header-only', '2018-01', `${header}\n`), { code: 'no-data-rows', line: 2, field: null, says: /no data rows/ });
  });

  it('a header naming a column we do not know and missing one we need', async () => {
    const { header, rows } = await sample('2018-01');
    const file = await write('wrong-header', '2018-01', [header.replace('Latitude', 'Lat'), ...rows, ''].join('\n'));
    await expectRefused(file, { code: 'bad-header', line: 1, field: 'Latitude', says: /missing column "Latitude"; unknown column "Lat"/ });
  });

  it('a last line cut off part-way, with no line break after it', async () => {
    const { header, rows } = await sample('2018-01');
    const last = rows.at(-1)!;
    const cut = last.split(',').slice(0, 5).join(',').slice(0, -2); // stops inside the latitude
    const file = await write('truncated', '2018-01', [header, ...rows.slice(0, -1), cut].join('\n'));
    await expectRefused(file, { code: 'truncated', line: 6, field: 'Longitude', says: /stops after 5 of 15 values.*truncated/ });
  });

  it('a quoted value that never closes', async () => {
    const { header, rows } = await sample('2018-01');
    const file = await write('open-quote', '2018-01', [header, ...rows.slice(0, 2), setField(rows[2]!, 11, '"Controlled drugs'), rows[3]].join('\n'));
    await expectRefused(file, { code: 'truncated', line: 4, field: 'Object of search', says: /opened on line 4 is never closed/ });
  });

  it('dates that are not dates, in every row', async () => {
    const { header, rows } = await sample('2018-01');
    const file = await write('bad-dates', '2018-01', [header, ...rows.map((r, i) => setField(r, 1, `2018-01-${32 + i}T10:00:00+00:00`)), ''].join('\n'));
    await expectRefused(file, { code: 'no-valid-rows', line: 2, field: 'Date', says: /every one of the 5 rows was rejected.*"2018-01-32T10:00:00\+00:00" not an ISO 8601 date-time/ });
  });

  it('coordinates that are not numbers, in every row', async () => {
    const { header, rows } = await sample('2018-01');
    const file = await write('bad-coordinates', '2018-01', [header, ...rows.map((r) => setField(r, 4, '51.5N')), ''].join('\n'));
    await expectRefused(file, { code: 'no-valid-rows', line: 2, field: 'Latitude', says: /"51\.5N" not a number/ });
  });

  it('bytes that are not UTF-8 (a file saved as Windows-1252)', async () => {
    const { header, rows } = await sample('2018-01');
    const text = [header, ...rows, ''].join('\n');
    const bytes = Buffer.from(text, 'utf8');
    // Put a Latin-1 "é" (0xE9) in the self-defined ethnicity of the 4th data row (line 5).
    const line5 = text.split('\n').slice(0, 4).join('\n').length + 1;
    const at = line5 + rows[3]!.split(',').slice(0, 8).join(',').length + 2;
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]);
    await expectRefused(await write('latin1', '2018-01', broken), { code: 'not-utf8', line: 5, field: 'Self-defined ethnicity', says: /byte 0xE9 at position \d+ of the line is not UTF-8/ });
  });

  it('a NUL byte', async () => {
    const { header, rows } = await sample('2018-01');
    const file = await write('nul', '2018-01', [header, rows[0], `${rows[1]}\u0000`, ''].join('\n'));
    await expectRefused(file, { code: 'not-utf8', line: 3, field: 'Removal of more than just outer clothing', says: /NUL byte/ });
  });

  it('a 10 MB field', async () => {
    const { header, rows } = await sample('2018-01');
    const file = await write('huge-field', '2018-01', [header, rows[0], setField(rows[1]!, 11, 'x'.repeat(10 * 1024 * 1024)), rows[2], ''].join('\n'));
    await expectRefused(file, { code: 'field-too-long', line: 3, field: 'Object of search', says: /longer than 65536 characters/ });
  });

  it('a file whose name does not say which force and month it holds', async () => {
    const folder = path.join(dir, 'unnamed');
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, 'stop-and-search.csv');
    await writeFile(file, await readFile(rawFile('2018-01')));
    await expectRefused(file, { code: 'bad-identity', line: null, field: null, says: /YYYY-MM-<force>-stop-and-search\.csv/ });
  });
});

describe('harmless differences import correctly', () => {
  async function expectSameAsPlain(month: string, variant: string, content: string) {
    const { header, rows } = await sample(month);
    const report = await importPoliceFile(pool, await write(variant, month, content));
    expect(report).toMatchObject({ outcome: 'loaded', rowsTotal: 5, rowsLoaded: 5, rowsRejected: 0 });
    const stored = await db.sql<{ line_number: number; type: string; self: string | null; removal: boolean | null }>(
      `SELECT line_number, type, self_defined_ethnicity AS self, removal_of_more_than_outer_clothing AS removal
         FROM stop_search_records WHERE batch_id = $1 ORDER BY line_number`,
      [report.batchId],
    );
    const expected = (parse([header, ...rows].join('\n'), { columns: true }) as Record<string, string>[]).map((r, i) => ({
      line_number: i + 2,
      type: r['Type'],
      self: r['Self-defined ethnicity'] || null,
      removal: r['Removal of more than just outer clothing'] === '' ? null : r['Removal of more than just outer clothing'] === 'True',
    }));
    expect(stored).toEqual(expected);
  }

  it('a byte-order mark before the header', async () => {
    const { header, rows } = await sample('2018-04');
    await expectSameAsPlain('2018-04', 'bom', `\uFEFF${[header, ...rows, ''].join('\n')}`);
  });

  it('Windows line endings (CRLF)', async () => {
    const { header, rows } = await sample('2018-05');
    await expectSameAsPlain('2018-05', 'crlf', [header, ...rows, ''].join('\r\n'));
  });
});

describe('a file with some invalid rows', () => {
  async function mixedFile() {
    const { header, rows } = await sample('2018-06', 6);
    const lines = [
      header,
      rows[0]!,
      setField(rows[1]!, 1, 'yesterday'), // line 3: bad date
      rows[2]!,
      setField(setField(rows[3]!, 4, 'north'), 6, 'Unknown'), // line 5: two problems
      setField(rows[4]!, 1, '2018-05-31T22:59:00+00:00'), // line 6: 23:59 on 31 May in London, not June
      `${rows[5]!},extra`, // line 7: one value too many
      '',
    ];
    return write('mixed', '2018-06', lines.join('\n'));
  }

  const expectedRejections = [
    { line: 3, field: 'Date', value: 'yesterday', code: 'invalid-value' },
    { line: 5, field: 'Latitude', value: 'north', code: 'invalid-value' },
    { line: 5, field: 'Gender', value: 'Unknown', code: 'invalid-value' },
    { line: 6, field: 'Date', value: '2018-05-31T22:59:00+00:00', code: 'outside-month' },
    { line: 7, field: '(extra values)', value: 'extra', code: 'wrong-shape' },
  ];

  it('checks everything in a dry run and leaves the database as it was', async () => {
    const file = await mixedFile();
    const start = await fingerprint(db);
    const report = await importPoliceFile(pool, file, { dryRun: true });
    expect(report).toMatchObject({ outcome: 'dry-run', rowsTotal: 6, rowsLoaded: 2, rowsRejected: 4 });
    expect(await fingerprint(db)).toEqual(start);
  });

  it('loads the valid rows and records every problem with its line, field, value and reason', async () => {
    const report = await importPoliceFile(pool, await mixedFile());
    expect(report).toMatchObject({ outcome: 'loaded', rowsTotal: 6, rowsLoaded: 2, rowsRejected: 4, rejectionsNotListed: 0 });
    if (report.outcome !== 'loaded') return;
    expect(report.rejections.map(({ line, field, value, code }) => ({ line, field, value, code }))).toEqual(expectedRejections);
    expect(report.rejections.every((r) => r.reason.length > 5)).toBe(true);
    const stored = await db.sql<{ line_number: number; field: string; value: string; reason: string }>(
      'SELECT line_number, field, value, reason FROM rejected_rows WHERE batch_id = $1 ORDER BY id',
      [report.batchId],
    );
    expect(stored).toEqual(report.rejections.map((r) => ({ line_number: r.line, field: r.field, value: r.value, reason: r.reason })));
    const lines = await db.sql<{ line_number: number }>('SELECT line_number FROM stop_search_records WHERE batch_id = $1 ORDER BY 1', [report.batchId]);
    expect(lines.map((r) => r.line_number)).toEqual([2, 4]);
    const [batch] = await db.sql('SELECT rows_total, rows_loaded, rows_rejected FROM import_batches WHERE id = $1', [report.batchId]);
    expect(batch).toEqual({ rows_total: 6, rows_loaded: 2, rows_rejected: 4 });
  });
});
