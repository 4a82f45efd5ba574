// A regression case the property test (import-bad-input-property.test.ts)
// found: a one-row file with two huge fields, CR line endings and a NUL byte
// inside the first field. The import is refused, but the connection
// PostgreSQL then closed ("protocol synchronization was lost") raised an
// 'error' event nobody listened for: an uncaught exception, which crashes the
// process running the import (the web server, for an upload). Fixed in
// lib/importers/police-uk/pg-client.ts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PoliceFileError } from '../../lib/importers/police-uk/errors.ts';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { fingerprint } from '../fixtures/import/database-fingerprint.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const SOURCE = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw/city-of-london/2018-01-city-of-london-stop-and-search.csv');

let db: TestDatabase;
let pool: pg.Pool;
let dir: string;
const uncaught: unknown[] = [];
const remember = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on('uncaughtException', remember);
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
  dir = await mkdtemp(path.join(tmpdir(), 'import-broken-'));
});

afterAll(async () => {
  process.off('uncaughtException', remember);
  await pool?.end();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The shrunk counterexample, rebuilt: header, CR, one row whose first two values are huge, a NUL at 14.1%. */
async function counterexample(): Promise<string> {
  const [header, row] = parse(await readFile(SOURCE), { bom: true }) as string[][];
  const broken = row!.map((v, i) => (i === 0 ? 'x'.repeat(70_000) : i === 1 ? 'x'.repeat(1001) : v));
  const text = `${stringify([header!]).trimEnd()}\r${stringify([broken]).trimEnd()}`;
  const bytes = Buffer.from(text, 'utf8');
  const at = Math.floor(0.141 * bytes.length);
  const file = path.join(dir, '2018-01-city-of-london-stop-and-search.csv');
  await writeFile(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]));
  return file;
}

it('a file refused while PostgreSQL ends the connection saves nothing and crashes nothing', async () => {
  const file = await counterexample();
  const before = await fingerprint(db);
  // Several times: whether the server's message arrives before or after the
  // connection is let go depends on timing.
  for (let i = 0; i < 5; i++) {
    await expect(importPoliceFile(pool, file)).rejects.toBeInstanceOf(PoliceFileError);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(uncaught).toEqual([]);
  expect(await fingerprint(db)).toEqual(before);
  expect((await pool.query<{ ok: number }>('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
});
