// Bad input at scale: fast-check builds thousands of broken variants of real
// City of London rows (columns dropped, doubled and swapped, values moved,
// random bytes, huge fields, stray quotes, other line endings, a BOM, a cut-off
// end) and imports each through importPoliceFile. Each one must either
//   - load exactly: every record csv-parse reads from the file is either a
//     stored record with the same values or a rejected row with its line
//     number, and nothing else is stored; or
//   - be refused as a whole with a message naming a line, leaving every
//     table and sequence as it was.
// FC_SEED repeats a run, FC_NUM_RUNS changes how many files (tests/README.md).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PoliceFileError } from '../../lib/importers/police-uk/errors.ts';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { fingerprint } from '../fixtures/import/database-fingerprint.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const MONTH = '2018-01';
const SOURCE = path.resolve(import.meta.dirname, `../../../shared/data/stop-and-search/police-uk-raw/city-of-london/${MONTH}-city-of-london-stop-and-search.csv`);
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));

let db: TestDatabase;
let pool: pg.Pool;
let dir: string;
let header: string[];
let realRows: string[][];

// An 'error' event nobody listens for would crash a real process (the web
// server during an upload): the property counts one as a failure.
const uncaught: unknown[] = [];
const remember = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on('uncaughtException', remember);
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
  dir = await mkdtemp(path.join(tmpdir(), 'import-property-'));
  const [first, ...rest] = parse(await readFile(SOURCE), { bom: true }) as string[][];
  header = first!;
  realRows = rest;
});

afterAll(async () => {
  process.off('uncaughtException', remember);
  await pool?.end();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// ---- how a broken file is described and built ------------------------------

type ColumnChange =
  | { kind: 'none' }
  | { kind: 'drop'; column: number }
  | { kind: 'double'; column: number }
  | { kind: 'swap'; a: number; b: number } // in the header and every row: harmless
  | { kind: 'swap-values'; a: number; b: number }; // in the rows only: values in the wrong columns

type RowChange =
  | { kind: 'drop-value'; row: number; column: number }
  | { kind: 'double-value'; row: number; column: number }
  | { kind: 'swap-values'; row: number; a: number; b: number }
  | { kind: 'huge'; row: number; column: number; size: number }
  | { kind: 'text'; row: number; column: number; value: string };

interface Recipe {
  rows: number[];
  columns: ColumnChange;
  rowChanges: RowChange[];
  quotes: number[]; // positions (per mille of the text) where a stray " goes
  eol: '\n' | '\r\n' | '\r' | 'mixed';
  bom: boolean;
  finalEol: boolean;
  bytes: { at: number; bytes: Uint8Array }[]; // positions per mille
  cut: number; // bytes cut off the end
}

const column = fc.nat({ max: 14 });
// Each kind of damage is applied to about one file in four, so files with a
// single problem (the ones most likely to load in part) are common.
const rarely = <T>(damage: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant<T[]>([]) }, { weight: 1, arbitrary: damage });
const recipe: fc.Arbitrary<Recipe> = fc.record({
  rows: fc.array(fc.nat({ max: 97 }), { minLength: 0, maxLength: 30 }),
  columns: fc.oneof(
    { weight: 6, arbitrary: fc.constant<ColumnChange>({ kind: 'none' }) },
    { weight: 1, arbitrary: column.map<ColumnChange>((c) => ({ kind: 'drop', column: c })) },
    { weight: 1, arbitrary: column.map<ColumnChange>((c) => ({ kind: 'double', column: c })) },
    { weight: 1, arbitrary: fc.tuple(column, column).map<ColumnChange>(([a, b]) => ({ kind: 'swap', a, b })) },
    { weight: 1, arbitrary: fc.tuple(column, column).map<ColumnChange>(([a, b]) => ({ kind: 'swap-values', a, b })) },
  ),
  rowChanges: rarely(fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('drop-value' as const), row: fc.nat(), column }),
      fc.record({ kind: fc.constant('double-value' as const), row: fc.nat(), column }),
      fc.record({ kind: fc.constant('swap-values' as const), row: fc.nat(), a: column, b: column }),
      fc.record({ kind: fc.constant('huge' as const), row: fc.nat(), column, size: fc.constantFrom(1001, 5000, 70_000) }),
      fc.record({ kind: fc.constant('text' as const), row: fc.nat(), column, value: fc.string({ unit: 'binary', maxLength: 12 }) }),
    ),
    { minLength: 1, maxLength: 4 },
  )),
  quotes: rarely(fc.array(fc.nat({ max: 999 }), { minLength: 1, maxLength: 2 })),
  eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  bytes: rarely(fc.array(fc.record({ at: fc.nat({ max: 999 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 2 })),
  cut: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 60 }) }),
});

function swap<T>(list: T[], a: number, b: number): T[] {
  const copy = [...list];
  if (a < copy.length && b < copy.length) [copy[a], copy[b]] = [copy[b]!, copy[a]!];
  return copy;
}

function build(r: Recipe): Buffer {
  let head = [...header];
  let rows = r.rows.map((i) => [...realRows[i % realRows.length]!]);
  const c = r.columns;
  if (c.kind === 'drop') {
    head = head.filter((_, i) => i !== c.column);
    rows = rows.map((row) => row.filter((_, i) => i !== c.column));
  } else if (c.kind === 'double') {
    head = head.flatMap((v, i) => (i === c.column ? [v, v] : [v]));
    rows = rows.map((row) => row.flatMap((v, i) => (i === c.column ? [v, v] : [v])));
  } else if (c.kind === 'swap') {
    head = swap(head, c.a, c.b);
    rows = rows.map((row) => swap(row, c.a, c.b));
  } else if (c.kind === 'swap-values') {
    rows = rows.map((row) => swap(row, c.a, c.b));
  }
  for (const change of r.rowChanges) {
    if (!rows.length) break;
    const i = change.row % rows.length;
    const row = rows[i]!;
    if (change.kind === 'drop-value') rows[i] = row.filter((_, j) => j !== change.column);
    else if (change.kind === 'double-value') rows[i] = row.flatMap((v, j) => (j === change.column ? [v, v] : [v]));
    else if (change.kind === 'swap-values') rows[i] = swap(row, change.a, change.b);
    else if (change.kind === 'huge') rows[i] = row.map((v, j) => (j === change.column ? 'x'.repeat(change.size) : v));
    else rows[i] = row.map((v, j) => (j === change.column ? change.value : v));
  }
  const lines = [head, ...rows].map((values) => stringify([values]).replace(/\n$/, ''));
  let text = '';
  lines.forEach((line, i) => {
    const eol = r.eol === 'mixed' ? (i % 2 ? '\r\n' : '\n') : r.eol;
    text += line + (i < lines.length - 1 || r.finalEol ? eol : '');
  });
  for (const at of r.quotes) {
    const p = Math.floor((at / 1000) * text.length);
    text = `${text.slice(0, p)}"${text.slice(p)}`;
  }
  let bytes = Buffer.from((r.bom ? '\uFEFF' : '') + text, 'utf8');
  for (const { at, bytes: extra } of r.bytes) {
    const p = Math.floor((at / 1000) * bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, p), Buffer.from(extra), bytes.subarray(p)]);
  }
  return r.cut ? bytes.subarray(0, Math.max(0, bytes.length - r.cut)) : bytes;
}

// ---- the independent reading ------------------------------------------------

interface ReadRecord {
  line: number;
  values: Record<string, string | undefined>;
}

/** The data records as csv-parse reads the file, with the line each starts on and values by column name. */
function readIndependently(bytes: Buffer): ReadRecord[] {
  const records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [first, ...data] = records;
  const names = first!.record.map((n) => n.trim().toLowerCase());
  return data.map(({ record, info }) => ({
    line: info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0),
    values: Object.fromEntries(names.map((n, i) => [n, record[i]])),
  }));
}

const textValue = (v: string | undefined) => (v ?? '').trim() || null;

interface Stored {
  line_number: number;
  type: string;
  legislation: string | null;
  object_of_search: string | null;
  outcome: string | null;
  policing_operation: string | null;
}

let counts = { loaded: 0, refused: 0, unchanged: 0 };
const refusals = new Map<string, number>();
let current: Awaited<ReturnType<typeof fingerprint>> | undefined;

async function check(r: Recipe, caseNumber: number) {
  const bytes = build(r);
  const folder = path.join(dir, String(caseNumber));
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${MONTH}-city-of-london-stop-and-search.csv`);
  await writeFile(file, bytes);
  // The database only changes when a file loads, so its fingerprint is taken
  // again only then.
  const before = (current ??= await fingerprint(db));
  let report;
  try {
    report = await importPoliceFile(pool, file, { replace: true });
  } catch (error) {
    // Refused as a whole: a PoliceFileError naming a line, and nothing changed.
    if (!(error instanceof PoliceFileError)) throw error;
    // Late messages from a connection the failed import closed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(uncaught.splice(0)).toEqual([]);
    expect(error.line, error.message).toBeGreaterThanOrEqual(1);
    expect(error.message).toContain(`line ${error.line}`);
    expect(await fingerprint(db)).toEqual(before);
    counts.refused += 1;
    refusals.set(error.code, (refusals.get(error.code) ?? 0) + 1);
    return;
  } finally {
    await rm(folder, { recursive: true, force: true });
    expect(uncaught.splice(0)).toEqual([]);
  }
  if (report.outcome === 'unchanged') {
    expect(await fingerprint(db)).toEqual(before);
    counts.unchanged += 1;
    return;
  }
  expect(report.outcome).toBe('loaded');
  counts.loaded += 1;
  current = undefined;
  const records = readIndependently(bytes);
  const stored = await db.sql<Stored>(
    `SELECT line_number, type, legislation, object_of_search, outcome, policing_operation
       FROM stop_search_records WHERE batch_id = $1 ORDER BY line_number`,
    [report.batchId],
  );
  const rejectedLines = new Set(
    (await db.sql<{ line_number: number }>('SELECT line_number FROM rejected_rows WHERE batch_id = $1', [report.batchId])).map((x) => x.line_number),
  );
  const storedByLine = new Map(stored.map((s) => [s.line_number, s]));
  expect(storedByLine.size).toBe(stored.length);
  // Every record read is accounted for exactly once, and nothing else is stored.
  for (const record of records) {
    const row = storedByLine.get(record.line);
    expect(Boolean(row) !== rejectedLines.has(record.line), `line ${record.line}: stored and rejected, or neither`).toBe(true);
    if (!row) continue;
    expect({
      type: row.type.toLowerCase(),
      legislation: row.legislation,
      object_of_search: row.object_of_search,
      outcome: row.outcome,
      policing_operation: row.policing_operation,
    }).toEqual({
      type: textValue(record.values['type'])?.toLowerCase(),
      legislation: textValue(record.values['legislation']),
      object_of_search: textValue(record.values['object of search']),
      outcome: textValue(record.values['outcome']),
      policing_operation: textValue(record.values['policing operation']),
    });
  }
  const lines = new Set(records.map((x) => x.line));
  expect([...storedByLine.keys()].filter((l) => !lines.has(l))).toEqual([]);
  expect([...rejectedLines].filter((l) => !lines.has(l))).toEqual([]);
  expect({ total: report.rowsTotal, loaded: report.rowsLoaded }).toEqual({ total: records.length, loaded: stored.length });
}

it(`every broken file is imported exactly or refused whole with a line (${NUM_RUNS} files)`, async () => {
  console.log(`import property test: seed ${SEED}, ${NUM_RUNS} files (FC_SEED=${SEED} FC_NUM_RUNS=${NUM_RUNS} repeats this run)`);
  let caseNumber = 0;
  counts = { loaded: 0, refused: 0, unchanged: 0 };
  await fc.assert(
    fc.asyncProperty(recipe, async (r) => {
      await check(r, (caseNumber += 1));
    }),
    { numRuns: NUM_RUNS, seed: SEED, endOnFailure: false },
  );
  console.log(`import property test: ${counts.loaded} loaded, ${counts.refused} refused whole (${[...refusals].map(([code, n]) => `${code} ${n}`).join(', ')}), ${counts.unchanged} unchanged`);
  // The generator must exercise both outcomes, or the property says little.
  expect(counts.loaded).toBeGreaterThan(0);
  expect(counts.refused).toBeGreaterThan(0);
}, 600_000);
