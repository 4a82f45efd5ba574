// GET /api/v1/imports and /api/v1/imports/<id>: the import batches and the
// report of each (rows loaded and rejected, and every rejected row), called
// as Next calls them. Real City of London files, plus one SYNTHETIC file with
// known bad rows for a made-up force so the rejected rows are known exactly;
// nothing synthetic reaches the stop-and-search figures (they read London
// forces only).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw/city-of-london');
const HEADER =
  'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing';
const GOOD = 'Person search,2030-01-05T10:00:00+00:00,,,51.5138,-0.0984,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False';
// Line numbers count the header as line 1.
const SYNTHETIC = [
  HEADER,
  GOOD, // line 2
  'Person search,2030-01-32T10:00:00+00:00,,,51.5138,-0.0984,Male,18-24,,White,,,Arrest,,', // line 3: no such date
  GOOD.replace('10:00', '11:00'), // line 4
  'Person search,2030-01-06T10:00:00+00:00,,,51.5138,-0.0984,Robot,18-24,,White,,,Arrest,,', // line 5: unknown gender
  'Person search,2030-01-06T10:00:00+00:00', // line 6: too few values
].join('\n');

type Json = Record<string, any>; // response bodies are what is under test

let db: TestDatabase;
let pool: pg.Pool;
let listGet: (request: Request) => Promise<Response>;
let oneGet: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let syntheticId: string;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  dir = mkdtempSync(path.join(tmpdir(), 'imports-api-'));
  for (const month of ['2018-04', '2020-07']) await importPoliceFile(pool, path.join(RAW, `${month}-city-of-london-stop-and-search.csv`));
  const synthetic = path.join(dir, '2030-01-synthetic-test-force-stop-and-search.csv');
  writeFileSync(synthetic, `${SYNTHETIC}\n`);
  const report = await importPoliceFile(pool, synthetic);
  if (!report.batchId) throw new Error('the synthetic file was not loaded');
  syntheticId = report.batchId;
  process.env.DATABASE_URL = db.url;
  listGet = (await import('../../app/api/v1/imports/route.ts')).GET;
  oneGet = (await import('../../app/api/v1/imports/[id]/route.ts')).GET;
}, 300_000);

afterAll(async () => {
  const { getDb } = await import('../../lib/db.ts');
  await getDb().$disconnect();
  await pool?.end();
  await db?.drop();
});

const list = (query = '') => listGet(new Request(`http://localhost/api/v1/imports${query}`));
const one = (id: string, query = '') => oneGet(new Request(`http://localhost/api/v1/imports/${id}${query}`), { params: Promise.resolve({ id }) });

describe('GET /api/v1/imports', () => {
  it('lists every batch with its report and a link to its rejected rows', async () => {
    const response = await list();
    expect(response.status).toBe(200);
    const { batches } = (await response.json()) as { batches: Json[] };
    expect(batches.map((b) => [b.month, b.force, b.file_name, b.status, b.rows_total, b.rows_loaded, b.rows_rejected, b.all_rows_repeated])).toEqual([
      ['2030-01', 'synthetic-test-force', '2030-01-synthetic-test-force-stop-and-search.csv', 'loaded', 5, 2, 3, false],
      ['2020-07', 'city-of-london', '2020-07-city-of-london-stop-and-search.csv', 'loaded', 518, 518, 0, true],
      ['2018-04', 'city-of-london', '2018-04-city-of-london-stop-and-search.csv', 'loaded', 110, 110, 0, false],
    ]);
    expect(batches[0]!.links).toEqual({ self: `/api/v1/imports/${syntheticId}` });
    // The published file's sha256, as SOURCES.md lists it (first 16 hex digits).
    expect(batches[1]!.sha256.slice(0, 16)).toBe('0e98eaba5d2ba6e6');
    expect(Object.keys(batches[0]!)).not.toContain('imported_by_id');
  });

  it('filters by force and status, and shows a replaced batch as history', async () => {
    const original = readFileSync(path.join(RAW, '2018-04-city-of-london-stop-and-search.csv'), 'utf8');
    const shorter = path.join(dir, '2018-04-city-of-london-stop-and-search.csv');
    writeFileSync(shorter, original.split('\n').slice(0, 11).join('\n') + '\n');
    const report = await importPoliceFile(pool, shorter, { replace: true });

    const { batches } = (await (await list('?force=city-of-london&status=replaced')).json()) as { batches: Json[] };
    expect(batches.map((b) => [b.month, b.status, b.rows_loaded])).toEqual([['2018-04', 'replaced', 110]]);
    const loaded = (await (await list('?force=city-of-london&status=loaded')).json()).batches as Json[];
    expect(loaded.find((b) => b.month === '2018-04')).toMatchObject({ id: report.batchId, rows_loaded: 10, replaces_id: batches[0]!.id });
  });

  it.each([
    ['?colour=red', 'colour'],
    ['?status=done', 'status'],
    ['?force=Not%20A%20Force', 'force'],
  ])('%s is a 400 naming %s', async (query, parameter) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_parameter', message: expect.any(String), parameter } });
  });
});

describe('GET /api/v1/imports/<id>', () => {
  it('gives the batch with every rejected row: line, field, value and reason', async () => {
    const response = await one(syntheticId);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ id: syntheticId, rows_loaded: 2, rows_rejected: 3, rejected_total: 3, links: { next: null } });
    expect(body.rejected_rows.map((r: Json) => [r.line_number, r.field, r.value])).toEqual([
      [3, 'Date', '2030-01-32T10:00:00+00:00'],
      [5, 'Gender', 'Robot'],
      [6, 'Part of a policing operation', '2030-01-06T10:00:00+00:00'],
    ]);
    expect(body.rejected_rows.every((r: Json) => typeof r.reason === 'string' && r.reason.length > 0)).toBe(true);
  });

  it('pages through rejected rows', async () => {
    const first = (await (await one(syntheticId, '?limit=2')).json()) as Json;
    expect(first.rejected_rows.map((r: Json) => r.line_number)).toEqual([3, 5]);
    expect(first.links.next).toBe(`/api/v1/imports/${syntheticId}?offset=2&limit=2`);
    const second = (await (await one(syntheticId, '?offset=2&limit=2')).json()) as Json;
    expect(second.rejected_rows.map((r: Json) => r.line_number)).toEqual([6]);
    expect(second.links.next).toBeNull();
  });

  it('is a 404 for a batch that does not exist and a 400 for a malformed id or page', async () => {
    const missing = await one('00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: expect.any(String), parameter: 'id' } });
    for (const [id, query, parameter] of [
      ['not-a-uuid', '', 'id'],
      [syntheticId, '?limit=0', 'limit'],
      [syntheticId, '?limit=lots', 'limit'],
      [syntheticId, '?offset=-1', 'offset'],
      [syntheticId, '?page=2', 'page'],
    ] as const) {
      const response = await one(id, query);
      expect(response.status, `${id}${query}`).toBe(400);
      expect((await response.json()).error.parameter).toBe(parameter);
    }
  });
});

describe("the editor's recent imports", () => {
  it('are the latest batches by when they ran, however many there are', async () => {
    const { listRecentImportBatches } = await import('../../lib/queries/imports.ts');
    const expected = (await pool.query<{ id: string }>('SELECT id FROM import_batches ORDER BY started_at DESC, id LIMIT 2')).rows.map((r) => r.id);
    const total = Number((await pool.query('SELECT count(*) FROM import_batches')).rows[0].count);
    expect(total).toBeGreaterThan(2);
    expect((await listRecentImportBatches(2)).map((b) => b.id)).toEqual(expected);
  });
});
