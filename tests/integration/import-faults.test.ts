// The import command under faults, as a real process against a real
// PostgreSQL: killed with SIGKILL at random moments, and run twice at once for
// the same month. What must hold: a month's file is in the database whole or
// not at all, the batch table says which, and two imports never both load.
//
// The kill moments come from a seeded generator; the seed is printed and
// FAULT_SEED=<seed> repeats a run exactly (tests/README.md).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../fixtures/import/database-fingerprint.ts';
import { seededRandom, startImport, type ImportExit } from './support/import-process.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw/metropolitan');
const MONTH = '2018-04';
const NAME = `${MONTH}-metropolitan-stop-and-search.csv`;
// The month's rows and half of them again: about 19,000 rows, a few seconds
// to import (more on a busy machine). FAULT_COPIES=<n> makes it n times larger.
const COPIES = Number(process.env.FAULT_COPIES ?? 1.5);
const KILLS = 10;

let dir: string;
let bigFile: string;
let otherFile: string;
let bigRows: number;
let otherRows: number;
const databases: TestDatabase[] = [];

async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  databases.push(db);
  return db;
}

/** Data rows of a file, counted by csv-parse rather than by the importer. */
async function countRows(file: string): Promise<number> {
  const records = parse(await readFile(file), { bom: true, skip_empty_lines: true }) as string[][];
  return records.length - 1;
}

const tablesOnly = (print: Record<string, string>) => Object.fromEntries(Object.entries(print).filter(([key]) => key.startsWith('table ')));

/** Waits until no other session works on the database (a killed client's backend may still be finishing). */
async function settle(db: TestDatabase) {
  for (let i = 0; i < 300; i++) {
    const [row] = await db.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
    );
    if (row!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('a killed import left a session working for 30 s');
}

interface MonthState {
  batches: { status: string; sha256: string; rows_loaded: number; records: number; rejected: number }[];
  records: number;
  rollup: number;
}

async function monthState(db: TestDatabase): Promise<MonthState> {
  const batches = await db.sql<MonthState['batches'][number]>(
    `SELECT b.status, b.sha256, b.rows_loaded,
            (SELECT count(*)::int FROM stop_search_records r WHERE r.batch_id = b.id) AS records,
            (SELECT count(*)::int FROM rejected_rows j WHERE j.batch_id = b.id) AS rejected
       FROM import_batches b ORDER BY b.started_at`,
  );
  const [records] = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM stop_search_records');
  const [rollup] = await db.sql<{ n: number }>(
    `SELECT coalesce(sum(searches), 0)::int AS n FROM stop_search_monthly WHERE force = 'metropolitan' AND local_month = $1::date`,
    [`${MONTH}-01`],
  );
  return { batches, records: records!.n, rollup: rollup!.n };
}

const wholeFile = (rows: number): MonthState => ({
  batches: [{ status: 'loaded', sha256: expect.any(String) as unknown as string, rows_loaded: rows, records: rows, rejected: 0 }],
  records: rows,
  rollup: rows,
});
const nothing: MonthState = { batches: [], records: 0, rollup: 0 };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-faults-'));
  const text = await readFile(path.join(RAW, NAME), 'utf8');
  const [header, ...rest] = text.replace(/\n$/, '').split('\n');
  // Each copy moves every time by a few seconds within its minute, so no row
  // repeats across copies (a file of nothing but repeated rows is flagged and
  // counted differently) and every row stays in the month.
  const copy = (n: number) => rest.map((row) => row.replace(/^([^,]*,\d{4}-\d\d-\d\dT\d\d:\d\d:)00/, `$1${String(n).padStart(2, '0')}`)).join('\n');
  bigFile = path.join(dir, 'big', NAME);
  otherFile = path.join(dir, 'other', NAME);
  await mkdir(path.dirname(bigFile), { recursive: true });
  await mkdir(path.dirname(otherFile), { recursive: true });
  const copies = Array.from({ length: Math.ceil(COPIES) }, (_, n) => copy(n));
  const wanted = Math.round(rest.length * COPIES);
  const body = copies.join('\n').split('\n').slice(0, wanted);
  await writeFile(bigFile, `${[header, ...body].join('\n')}\n`);
  // The same month from a different file: the same rows less the last hundred.
  await writeFile(otherFile, `${[header, ...body.slice(0, -100)].join('\n')}\n`);
  bigRows = await countRows(bigFile);
  otherRows = await countRows(otherFile);
}, 60_000);

afterAll(async () => {
  for (const db of databases) await db.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('an import killed with SIGKILL', () => {
  it(`leaves the month whole or absent, ${KILLS} times at random moments, and a final import loads it exactly`, async () => {
    const seed = Number(process.env.FAULT_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`import kill test: seed ${seed} (FAULT_SEED=${seed} repeats this run)`);
    const random = seededRandom(seed);

    // How long an uninterrupted import takes from its start line, measured on
    // this machine now, so the kills spread over the whole import.
    const timing = await freshDatabase();
    const calibration = startImport(timing.url, [bigFile]);
    const calibrationStart = await calibration.started;
    const calibrated = await calibration.exited;
    expect(calibrated.code, calibrated.stderr).toBe(0);
    const importMs = Date.now() - calibrationStart;

    let db = await freshDatabase();
    let empty = tablesOnly(await fingerprint(db));
    const seen: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const delay = Math.round(random() * importMs * 1.05);
      const run = startImport(db.url, [bigFile]);
      await run.started;
      await new Promise((resolve) => setTimeout(resolve, delay));
      run.kill();
      const exit: ImportExit = await run.exited;
      await settle(db);
      const state = await monthState(db);
      if (state.batches.length === 0) {
        expect(state, `kill ${i + 1} at ${delay} ms`).toEqual(nothing);
        // Not a trace of it: every table as before (sequences may have moved).
        expect(tablesOnly(await fingerprint(db))).toEqual(empty);
        seen.push(`${delay} ms: nothing`);
      } else {
        expect(state, `kill ${i + 1} at ${delay} ms`).toEqual(wholeFile(bigRows));
        seen.push(`${delay} ms: whole file${exit.code === 0 ? ' (had finished)' : ''}`);
        // Start again from an empty database so later kills still interrupt a load.
        db = await freshDatabase();
        empty = tablesOnly(await fingerprint(db));
      }
    }
    console.log(`import kill test: ${importMs} ms per import; kills: ${seen.join(', ')}`);

    const final = startImport(db.url, [bigFile]);
    const done = await final.exited;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`loaded ${bigRows.toLocaleString('en-GB')} of ${bigRows.toLocaleString('en-GB')} rows`);
    expect(await monthState(db)).toEqual(wholeFile(bigRows));
  }, 420_000);
});

describe('two imports of the same month at once', () => {
  async function both(url: string, first: string, second: string) {
    const a = startImport(url, [first]);
    const b = startImport(url, [second]);
    const [exitA, exitB] = await Promise.all([a.exited, b.exited]);
    // They really overlapped: each started before either had finished.
    const time = (exit: ImportExit, msg: string) => Date.parse(String(exit.logs.find((l) => l['msg'] === msg)?.['time']));
    const lastStart = Math.max(time(exitA, 'import run started'), time(exitB, 'import run started'));
    const firstEnd = Math.min(time(exitA, 'import run finished'), time(exitB, 'import run finished'));
    expect(lastStart).toBeLessThan(firstEnd);
    return [exitA, exitB];
  }

  it('of the same file: one loads it, the other finds it already loaded', async () => {
    const db = await freshDatabase();
    const exits = await both(db.url, bigFile, bigFile);
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
    const outcomes = exits.map((e) => e.logs.find((l) => l['msg'] === 'file imported')?.['outcome']).sort();
    expect(outcomes).toEqual(['loaded', 'unchanged']);
    expect(await monthState(db)).toEqual(wholeFile(bigRows));
  }, 180_000);

  it('of two different files: one loads, the other is refused, never both', async () => {
    const db = await freshDatabase();
    const exits = await both(db.url, bigFile, otherFile);
    const loaded = exits.findIndex((e) => e.code === 0);
    expect(loaded).toBeGreaterThanOrEqual(0);
    const refused = exits[1 - loaded]!;
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/✗ .*metropolitan 2018-04 is already loaded from a different file .*--replace/);
    expect(await monthState(db)).toEqual(wholeFile(loaded === 0 ? bigRows : otherRows));
  }, 180_000);
});
