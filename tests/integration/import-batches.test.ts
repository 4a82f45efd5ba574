// What happens when a month is imported again: the same file changes nothing,
// a different file is refused unless replace is asked for, replace swaps the
// month in one transaction, and imports of one month never interleave.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRefusedError, PoliceFileError } from '../../lib/importers/police-uk/errors.ts';
import { importPoliceFile, importPoliceRows, type ImportReport } from '../../lib/importers/police-uk/import-file.ts';
import { readPoliceCsv } from '../../lib/importers/police-uk/parse.ts';
import { fingerprint } from '../fixtures/import/database-fingerprint.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const colFile = (month: string) => path.join(RAW, 'city-of-london', `${month}-city-of-london-stop-and-search.csv`);
const dataRows = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '').length - 1;

let db: TestDatabase;
let pool: pg.Pool;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  dir = await mkdtemp(path.join(tmpdir(), 'police-batches-'));
});

afterAll(async () => {
  await pool?.end();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The month's file with its last `drop` rows removed, under the same name in a folder of its own. */
async function editedCopy(month: string, folder: string, drop = 1): Promise<string> {
  const lines = (await readFile(colFile(month), 'utf8')).split('\n').filter((line) => line !== '');
  const target = path.join(dir, folder, path.basename(colFile(month)));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, lines.slice(0, lines.length - drop).join('\n') + '\n');
  return target;
}

const loaded = (report: ImportReport) => {
  if (report.outcome !== 'loaded') throw new Error(`expected a load, got ${report.outcome}`);
  return report;
};

async function monthState(force: string, month: string) {
  return db.sql<{ status: string; file_name: string; records: number }>(
    `SELECT status, file_name, (SELECT count(*)::int FROM stop_search_records r WHERE r.batch_id = b.id) AS records
       FROM import_batches b WHERE force = $1 AND month = $2::date ORDER BY started_at`,
    [force, `${month}-01`],
  );
}

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe('importing a month again', () => {
  it('changes nothing when it is the same file, even from another folder, and says so', async () => {
    const first = loaded(await importPoliceFile(pool, colFile('2019-01'), { importedById: 'editor-1' }));
    const before = await fingerprint(db);
    const elsewhere = path.join(dir, 'copy', path.basename(colFile('2019-01')));
    await mkdir(path.dirname(elsewhere), { recursive: true });
    await copyFile(colFile('2019-01'), elsewhere);
    for (const file of [colFile('2019-01'), elsewhere]) {
      const again = await importPoliceFile(pool, file, { replace: true });
      expect(again).toMatchObject({ outcome: 'unchanged', batchId: first.batchId, loadedFrom: first.fileName, rowsLoaded: first.rowsLoaded, sha256: first.sha256 });
    }
    expect(await fingerprint(db)).toEqual(before);
    const [batch] = await db.sql('SELECT imported_by_id FROM import_batches WHERE id = $1', [first.batchId]);
    expect(batch).toEqual({ imported_by_id: 'editor-1' });
  });

  it('refuses a different file for a loaded month, naming both files, and changes nothing', async () => {
    const before = await fingerprint(db);
    const error = await failureOf(importPoliceFile(pool, await editedCopy('2019-01', 'edited')));
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as Error).message).toMatch(/^2019-01-city-of-london-stop-and-search\.csv: city-of-london 2019-01 is already loaded from a different file \(2019-01-city-of-london-stop-and-search\.csv, sha256 [0-9a-f]{12}…/);
    expect((error as Error).message).toContain('--replace');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('keeps the loaded file when a replacement turns out to be broken', async () => {
    const broken = path.join(dir, 'broken', path.basename(colFile('2019-01')));
    await mkdir(path.dirname(broken), { recursive: true });
    const text = await readFile(colFile('2019-01'), 'utf8');
    await writeFile(broken, text.slice(0, text.length - 40)); // the last line loses its end
    const before = await fingerprint(db);
    const error = await failureOf(importPoliceFile(pool, broken, { replace: true }));
    expect(error).toBeInstanceOf(PoliceFileError);
    expect((error as PoliceFileError).code).toBe('truncated');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('replaces the month in one go when asked: old records out, new ones in, the old batch kept as history', async () => {
    const [old] = await db.sql<{ id: string }>(`SELECT id FROM import_batches WHERE month = '2019-01-01' AND status = 'loaded'`);
    const otherMonth = loaded(await importPoliceFile(pool, colFile('2019-02')));
    const otherBefore = await db.sql('SELECT * FROM stop_search_records WHERE batch_id = $1 ORDER BY id', [otherMonth.batchId]);
    const edited = await editedCopy('2019-01', 'edited', 3);
    const expected = await dataRows(edited);

    const report = loaded(await importPoliceFile(pool, edited, { replace: true }));
    expect(report).toMatchObject({ replacedBatchId: old!.id, rowsLoaded: expected });
    expect(await monthState('city-of-london', '2019-01')).toEqual([
      { status: 'replaced', file_name: path.basename(edited), records: 0 },
      { status: 'loaded', file_name: path.basename(edited), records: expected },
    ]);
    const [batch] = await db.sql('SELECT replaces_id FROM import_batches WHERE id = $1', [report.batchId]);
    expect(batch).toEqual({ replaces_id: old!.id });
    const [rollup] = await db.sql<{ n: number }>(
      `SELECT sum(searches)::int AS n FROM stop_search_monthly WHERE force = 'city-of-london' AND local_month = '2019-01-01'`,
    );
    expect(rollup!.n).toBe(expected);
    expect(await db.sql('SELECT * FROM stop_search_records WHERE batch_id = $1 ORDER BY id', [otherMonth.batchId])).toEqual(otherBefore);
  });

  it('can put the original file back with replace', async () => {
    const report = loaded(await importPoliceFile(pool, colFile('2019-01'), { replace: true }));
    expect(report.rowsLoaded).toBe(await dataRows(colFile('2019-01')));
    expect((await monthState('city-of-london', '2019-01')).map((b) => b.status)).toEqual(['replaced', 'replaced', 'loaded']);
  });

  it('checks a file in a dry run without writing anything', async () => {
    const before = await fingerprint(db);
    const report = await importPoliceFile(pool, colFile('2019-03'), { dryRun: true });
    expect(report).toMatchObject({ outcome: 'dry-run', rowsLoaded: await dataRows(colFile('2019-03')), rowsRejected: 0 });
    expect(await fingerprint(db)).toEqual(before);
    expect(await db.sql('SELECT id FROM import_batches WHERE id = $1', [report.outcome === 'dry-run' ? report.batchId : null])).toEqual([]);
  });
});

describe('imports running at the same time', () => {
  it('load the same file once: the second waits for the first, then finds it loaded', async () => {
    const file = path.join(RAW, 'metropolitan', '2018-02-metropolitan-stop-and-search.csv');
    const results = await Promise.all([importPoliceFile(pool, file), importPoliceFile(pool, file)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['loaded', 'unchanged']);
    expect(await monthState('metropolitan', '2018-02')).toEqual([
      { status: 'loaded', file_name: path.basename(file), records: await dataRows(file) },
    ]);
  });

  it('of two different files for one month, load one and refuse the other', async () => {
    const original = colFile('2019-05');
    const edited = await editedCopy('2019-05', 'race', 2);
    const outcomes = await Promise.allSettled([importPoliceFile(pool, original), importPoliceFile(pool, edited)]);
    const winners = outcomes.filter((o) => o.status === 'fulfilled');
    const losers = outcomes.filter((o) => o.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect((losers[0] as PromiseRejectedResult).reason).toBeInstanceOf(ImportRefusedError);
    const state = await monthState('city-of-london', '2019-05');
    expect(state).toHaveLength(1);
    expect(state[0]!.records).toBe((winners[0] as PromiseFulfilledResult<ImportReport>).value.rowsLoaded);
  });

  it('with replace, one after the other: exactly one file is loaded at the end', async () => {
    const a = await editedCopy('2019-06', 'replace-a', 1);
    const b = await editedCopy('2019-06', 'replace-b', 4);
    const reports = (await Promise.all([importPoliceFile(pool, a, { replace: true }), importPoliceFile(pool, b, { replace: true })])).map(loaded);
    const state = await monthState('city-of-london', '2019-06');
    expect(state.map((s) => s.status)).toEqual(['replaced', 'loaded']);
    const second = reports.find((r) => r.replacedBatchId !== null)!;
    expect(state[1]!.records).toBe(second.rowsLoaded);
    const [rollup] = await db.sql<{ n: number }>(
      `SELECT sum(searches)::int AS n FROM stop_search_monthly WHERE force = 'city-of-london' AND local_month = '2019-06-01'`,
    );
    expect(rollup!.n).toBe(second.rowsLoaded);
  });
});

describe('importPoliceRows, the core other row sources use', () => {
  it('takes rows from any async source and refuses an identity it cannot trust', async () => {
    const file = colFile('2019-07');
    const source = { fileName: 'api:city-of-london:2019-07', force: 'city-of-london', month: '2019-07', sha256: 'a'.repeat(64), rows: readPoliceCsv(file) };
    const report = loaded(await importPoliceRows(pool, source));
    expect(report.rowsLoaded).toBe(await dataRows(file));
    const bad = await failureOf(importPoliceRows(pool, { ...source, month: '2019-7', rows: readPoliceCsv(file) }));
    expect(bad).toBeInstanceOf(PoliceFileError);
    expect((bad as Error).message).toBe('api:city-of-london:2019-07: month must be YYYY-MM');
  });

  it('reports progress with the row count and the estimate it was given', async () => {
    const file = colFile('2019-08');
    const seen: string[] = [];
    await importPoliceFile(pool, file, { onProgress: (p) => seen.push(`${p.phase}:${p.rowsRead}/${p.totalRowsEstimate}`) });
    const rows = await dataRows(file);
    expect(seen.at(-1)).toBe(`done:${rows}/${rows}`);
    expect(seen).toContain(`saving:${rows}/${rows}`);
    expect(seen.filter((s) => s.startsWith('reading'))).toHaveLength(Math.floor(rows / 500));
  });
});

describe('planner statistics', () => {
  it('gives the batch table statistics after a load, so the record export plans its join on real counts', async () => {
    loaded(await importPoliceFile(pool, colFile('2020-06')));
    // reltuples is -1 until the table is first analysed; autovacuum would not do it below 50 rows.
    const [row] = await db.sql<{ reltuples: number; batches: number }>(
      `SELECT (SELECT reltuples FROM pg_class WHERE relname = 'import_batches')::int AS reltuples, (SELECT count(*)::int FROM import_batches) AS batches`,
    );
    expect(row!.batches).toBeGreaterThan(0);
    expect(row!.reltuples).toBe(row!.batches);
  });
});
