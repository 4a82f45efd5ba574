// The data.police.uk API import end to end, with the network replaced by a
// local HTTP server on 127.0.0.1 (nothing here reaches the internet). The
// server answers with stops built from real monthly CSV downloads
// (shared/data, police-uk-raw), so the API import can be checked against the
// CSV import of the very same files: same counts, same stored fields.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoliceApiClient } from '../../lib/importers/police-api/api-client.ts';
import { importFromPoliceApi, type ApiImportSummary } from '../../lib/importers/police-api/import-months.ts';
import type { RetryPolicy } from '../../lib/importers/police-api/retry-policy.ts';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const csvPath = (force: string, month: string) => path.join(RAW, force, `${month}-${force}-stop-and-search.csv`);

const CITY = 'city-of-london';
const MET = 'metropolitan';
const CITY_MONTHS = ['2018-04', '2018-05', '2018-06'];
const MET_MONTH = '2018-04';

// ---------------------------------------------------------------------------
// Fixture: CSV rows -> the API's JSON, written from the API documentation
// (https://data.police.uk/docs/method/stops-force/), not from the code under
// test, with the quirks real responses have.

type CsvRecord = Record<string, string>;

const readCsv = (force: string, month: string): CsvRecord[] => parse(readFileSync(csvPath(force, month), 'utf8'), { columns: true });

const slug = (label: string) => `bu-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function toApiStop(row: CsvRecord, index: number): Record<string, unknown> {
  const orNull = (value: string | undefined) => (value ? value : null);
  const flag = (value: string | undefined) => (value ? value === 'True' : null);
  const label = row['Outcome'] ?? '';
  return {
    age_range: orNull(row['Age range']),
    officer_defined_ethnicity: orNull(row['Officer-defined ethnicity']),
    involved_person: row['Type'] !== 'Vehicle search',
    self_defined_ethnicity: orNull(row['Self-defined ethnicity']),
    gender: orNull(row['Gender']),
    legislation: orNull(row['Legislation']),
    outcome_linked_to_object_of_search: flag(row['Outcome linked to object of search']),
    datetime: row['Date'],
    // Older responses carry no outcome_object, and `false` for "no outcome".
    ...(label ? { outcome_object: { id: slug(label), name: label } } : {}),
    location: row['Latitude'] ? { latitude: row['Latitude'], street: { id: 900_000 + index, name: 'On or near Somewhere' }, longitude: row['Longitude'] } : null,
    object_of_search: orNull(row['Object of search']),
    operation: flag(row['Part of a policing operation']),
    // Now and then the outcome comes as an object, as some clients have seen.
    outcome: !label ? false : index % 10 === 9 ? { id: slug(label), name: label } : label,
    type: row['Type'],
    operation_name: orNull(row['Policing operation']),
    removal_of_more_than_outer_clothing: flag(row['Removal of more than just outer clothing']),
  };
}

const stopsFor = new Map<string, unknown[]>([
  ...CITY_MONTHS.map((month) => [`${CITY} ${month}`, readCsv(CITY, month).map(toApiStop)] as const),
  [`${MET} ${MET_MONTH}`, readCsv(MET, MET_MONTH).map(toApiStop)],
]);

// ---------------------------------------------------------------------------
// The stand-in API: replays the fixture, records when each request arrived,
// and fails on cue.

interface Hit {
  at: number;
  method: string;
  month: string | null;
  status: number;
}

const hits: Hit[] = [];
/** Failures to give once each, in order, before a month answers. */
const failOnce = new Map<string, { status: number; retryAfter?: string }[]>();
/** Months that answer 500 until this is cleared. */
const alwaysFail = new Set<string>();

function answer(url: URL): { status: number; body: string; headers?: Record<string, string> } {
  if (url.pathname === '/api/crimes-street-dates') {
    const months = [...new Set([...stopsFor.keys()].map((key) => key.split(' ')[1]!))].sort().reverse();
    const list = months.map((date) => ({ date, 'stop-and-search': [...stopsFor.keys()].filter((k) => k.endsWith(date)).map((k) => k.split(' ')[0]) }));
    return { status: 200, body: JSON.stringify(list) };
  }
  if (url.pathname !== '/api/stops-force') return { status: 404, body: 'Not found' };
  const key = `${url.searchParams.get('force')} ${url.searchParams.get('date')}`;
  const failure = failOnce.get(key)?.shift();
  if (failure) return { status: failure.status, body: 'Too many requests', headers: failure.retryAfter ? { 'retry-after': failure.retryAfter } : {} };
  if (alwaysFail.has(key)) return { status: 500, body: '<html>Internal Server Error</html>' };
  const stops = stopsFor.get(key);
  return stops ? { status: 200, body: JSON.stringify(stops) } : { status: 404, body: '{"error":"not found"}' };
}

let server: Server;
let baseUrl: string;

function startServer(): Promise<void> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const reply = answer(url);
    hits.push({ at: performance.now(), method: url.pathname.replace('/api/', ''), month: url.searchParams.get('date'), status: reply.status });
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

// ---------------------------------------------------------------------------

/** Immediate retries, so that only the rate limiter spaces them, and up to 1 s for Retry-After. */
const FAST_RETRY: RetryPolicy = { maxAttempts: 25, baseDelayMs: 0, maxDelayMs: 1000 };

function runImport(db: TestDatabase, force: string, from: string, to: string, replace = false): Promise<ApiImportSummary> {
  const client = createPoliceApiClient({ baseUrl, retry: FAST_RETRY });
  return importFromPoliceApi(db.url, { force, from, to, replace }, { client });
}

/** The most requests that arrived within any one second. */
function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= 1000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

const dataRows = (force: string, month: string) => readFileSync(csvPath(force, month), 'utf8').trimEnd().split('\n').length - 1;

/** Every stored field of every record but the ids, in batch month then line order. */
const projection = (db: TestDatabase, force: string) =>
  db.sql(
    `SELECT to_char(b.month, 'YYYY-MM') AS batch_month, to_jsonb(r) - 'id' - 'batch_id' AS record
       FROM stop_search_records r JOIN import_batches b ON b.id = r.batch_id
      WHERE r.force = $1 ORDER BY b.month, r.line_number`,
    [force],
  );

const rejectedRows = (db: TestDatabase, force: string) =>
  db.sql(
    `SELECT to_char(b.month, 'YYYY-MM') AS month, x.line_number, x.field, x.value, x.reason
       FROM rejected_rows x JOIN import_batches b ON b.id = x.batch_id
      WHERE b.force = $1 ORDER BY b.month, x.line_number, x.field`,
    [force],
  );

const loadedBatches = (db: TestDatabase, force: string) =>
  db.sql<{ month: string; file_name: string; rows_total: number; records: number }>(
    `SELECT to_char(b.month, 'YYYY-MM') AS month, b.file_name, b.rows_total,
            (SELECT count(*)::int FROM stop_search_records r WHERE r.batch_id = b.id) AS records
       FROM import_batches b WHERE b.force = $1 AND b.status = 'loaded' ORDER BY b.month`,
    [force],
  );

let apiDb: TestDatabase;
let csvDb: TestDatabase;

beforeAll(async () => {
  await startServer();
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  [apiDb, csvDb] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  for (const month of CITY_MONTHS) await importPoliceFile(csvDb.url, csvPath(CITY, month));
  await importPoliceFile(csvDb.url, csvPath(MET, MET_MONTH));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await apiDb?.drop();
  await csvDb?.drop();
});

describe('importing stop and search from the police API', () => {
  it('retries a 429 after Retry-After, stops at a month that keeps failing, and never sends more than 15 requests a second', async () => {
    hits.length = 0;
    failOnce.set(`${CITY} 2018-04`, [{ status: 429, retryAfter: '1' }]);
    alwaysFail.add(`${CITY} 2018-06`);

    const summary = await runImport(apiDb, CITY, '2018-04', '2018-06');

    expect(summary.months.map((m) => [m.month, m.outcome])).toEqual([
      ['2018-04', 'imported'],
      ['2018-05', 'imported'],
    ]);
    expect(summary.stopped).toMatchObject({ month: '2018-06', resumable: true });
    expect(summary.stopped?.reason).toMatch(/stops-force\?force=city-of-london&date=2018-06 failed: HTTP 500 .*gave up after 25 attempts/);
    expect((await loadedBatches(apiDb, CITY)).map((b) => b.month)).toEqual(['2018-04', '2018-05']);

    const april = hits.filter((h) => h.month === '2018-04');
    expect(april.map((h) => h.status)).toEqual([429, 200]);
    expect(april[1]!.at - april[0]!.at).toBeGreaterThanOrEqual(990);

    // 25 immediate retries of 2018-06: only the rate limiter keeps them apart.
    expect(hits.filter((h) => h.month === '2018-06')).toHaveLength(25);
    expect(busiestSecond(hits.map((h) => h.at))).toBeLessThanOrEqual(15);
  });

  it('resumes with the month it stopped at, and only that month', async () => {
    alwaysFail.clear();
    hits.length = 0;

    const summary = await runImport(apiDb, CITY, '2018-04', '2018-06');

    expect(summary.stopped).toBeNull();
    expect(summary.months.map((m) => [m.month, m.outcome])).toEqual([
      ['2018-04', 'already-loaded'],
      ['2018-05', 'already-loaded'],
      ['2018-06', 'imported'],
    ]);
    expect(hits.map((h) => [h.method, h.month])).toEqual([
      ['crimes-street-dates', null],
      ['stops-force', '2018-06'],
    ]);
  });

  it('imports nothing, and asks the API nothing, when run again', async () => {
    hits.length = 0;
    const before = await apiDb.sql('SELECT count(*)::int AS n FROM import_batches');

    const summary = await runImport(apiDb, CITY, '2018-04', '2018-06');

    expect(summary.months.every((m) => m.outcome === 'already-loaded')).toBe(true);
    expect(hits).toEqual([]);
    expect(await apiDb.sql('SELECT count(*)::int AS n FROM import_batches')).toEqual(before);
  });

  it('recognises a month fetched again (with replace) as the one already imported', async () => {
    const summary = await runImport(apiDb, CITY, '2018-05', '2018-05', true);
    const [result] = summary.months;
    expect(result?.outcome === 'imported' && result.report.outcome).toBe('unchanged');
    expect((await loadedBatches(apiDb, CITY)).map((b) => b.file_name)).toEqual(CITY_MONTHS.map((m) => `api:${CITY}:${m}`));
  });

  it('stores, per month, one record per row of the CSV download', async () => {
    const batches = await loadedBatches(apiDb, CITY);
    expect(batches.map((b) => [b.month, b.rows_total, b.records])).toEqual(CITY_MONTHS.map((m) => [m, dataRows(CITY, m), dataRows(CITY, m)]));
  });

  it('stores exactly the fields the CSV import of the same files stores', async () => {
    const fromApi = await projection(apiDb, CITY);
    expect(fromApi).toHaveLength(CITY_MONTHS.reduce((n, m) => n + dataRows(CITY, m), 0));
    expect(fromApi).toEqual(await projection(csvDb, CITY));
    expect(await rejectedRows(apiDb, CITY)).toEqual(await rejectedRows(csvDb, CITY));
  });

  it('does the same for a Met month (no locations for some rows, Met-style empty columns)', async () => {
    const summary = await runImport(apiDb, MET, MET_MONTH, MET_MONTH);
    expect(summary.stopped).toBeNull();
    const [batch] = await loadedBatches(apiDb, MET);
    expect([batch?.rows_total, batch?.records]).toEqual([dataRows(MET, MET_MONTH), dataRows(MET, MET_MONTH)]);
    expect(await projection(apiDb, MET)).toEqual(await projection(csvDb, MET));
  });
});
