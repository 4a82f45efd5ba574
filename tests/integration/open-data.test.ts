// Open data, end to end against real PostgreSQL and real police.uk files:
// the OpenAPI document validates and every documented route answers as it
// says; the ZIP's datapackage.json validates against the official Tabular
// Data Package profile and lists every file; downloads equal the API; the
// streamed record export matches counts made here from the raw files and
// plain SQL, and defuses formulas exactly as csv-stringify does.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../lib/archives/zip-archive.ts';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { seedPopulation } from '../../prisma/seed/seed-population.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Json = Record<string, any>; // response bodies are what is under test
type Handler = (request: Request, context?: any) => Promise<Response>;

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const FILES = [path.join(RAW, 'metropolitan/2018-07-metropolitan-stop-and-search.csv'), path.join(RAW, 'city-of-london/2018-07-city-of-london-stop-and-search.csv')];
const metRaw = parse(readFileSync(FILES[0]!), { columns: true }) as Record<string, string>[];
const FORMULAS = ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tTAB', '\rCR', '\uFF1Dwide'];

const SNAPSHOT_QUARTER = '2018-Q3';

let db: TestDatabase;
let pool: pg.Pool;
const routes = new Map<string, Handler>();
let exportGet: Handler;
let zipGet: Handler;

const ROUTE_FILES: Record<string, () => Promise<{ GET: Handler }>> = {
  '/api/v1/commitments': () => import('../../app/api/v1/commitments/route.ts'),
  '/api/v1/status-updates': () => import('../../app/api/v1/status-updates/route.ts'),
  '/api/v1/findings': () => import('../../app/api/v1/findings/route.ts'),
  '/api/v1/indicators': () => import('../../app/api/v1/indicators/route.ts'),
  '/api/v1/observations': () => import('../../app/api/v1/observations/route.ts'),
  '/api/v1/stop-search/monthly': () => import('../../app/api/v1/stop-search/monthly/route.ts'),
  '/api/v1/population': () => import('../../app/api/v1/population/route.ts'),
  '/api/v1/import-batches': () => import('../../app/api/v1/import-batches/route.ts'),
  '/api/v1/panel-questions': () => import('../../app/api/v1/panel-questions/route.ts'),
  '/api/v1/panel-answers': () => import('../../app/api/v1/panel-answers/route.ts'),
  '/api/v1/stop-search/summary': () => import('../../app/api/v1/stop-search/summary/route.ts'),
  '/api/v1/stop-search/records': () => import('../../app/api/v1/stop-search/records/route.ts'),
  '/api/v1/stop-search/reconciliation': () => import('../../app/api/v1/stop-search/reconciliation/route.ts'),
  '/api/v1/imports': () => import('../../app/api/v1/imports/route.ts'),
  '/api/v1/imports/{id}': () => import('../../app/api/v1/imports/[id]/route.ts'),
  '/api/v1/openapi.json': () => import('../../app/api/v1/openapi.json/route.ts'),
  '/api/v1/snapshots': () => import('../../app/api/v1/snapshots/route.ts'),
  '/api/v1/snapshots/{quarter}': () => import('../../app/api/v1/snapshots/[quarter]/route.ts'),
  '/api/v1/snapshot-revisions': () => import('../../app/api/v1/snapshot-revisions/route.ts'),
};

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  for (const file of FILES) await importPoliceFile(pool, file);
  await seedDatabase(db.prisma);
  await seedPopulation(db.prisma);
  // Cells a spreadsheet would run as formulas, put where a published file could carry them.
  const ids = await db.sql<{ id: string }>(`SELECT id::text AS id FROM stop_search_records WHERE force = 'metropolitan' ORDER BY stop_search_records.id LIMIT ${FORMULAS.length}`);
  for (const [i, { id }] of ids.entries()) await db.sql('UPDATE stop_search_records SET policing_operation = $1 WHERE id = $2', [FORMULAS[i], id]);
  await db.sql(`UPDATE commitments SET caveat = '=HYPERLINK("http://evil")' WHERE id = (SELECT min(id) FROM commitments)`);
  process.env.DATABASE_URL = db.url;
  // A published snapshot and a correction of it, so the snapshot routes and dataset answer with rows.
  const { publishSnapshot } = await import('../../lib/snapshots/publish.ts');
  const { parseQuarter } = await import('../../lib/snapshots/quarter.ts');
  await publishSnapshot(db.prisma, db.prisma, parseQuarter(SNAPSHOT_QUARTER)!, null);
  // The correction must differ from the original, so a link that fetched the wrong revision would show.
  await db.sql(`UPDATE commitments SET summary = summary || ' (reworded)' WHERE id = (SELECT max(id) FROM commitments)`);
  await publishSnapshot(db.prisma, db.prisma, parseQuarter(SNAPSHOT_QUARTER)!, null, { note: 'A figure was read from the wrong month.' });
  for (const [apiPath, load] of Object.entries(ROUTE_FILES)) routes.set(apiPath, (await load()).GET);
  exportGet = (await import('../../app/(public)/data/stop-search-records.csv/route.ts')).GET;
  zipGet = (await import('../../app/(public)/data/open-data.zip/route.ts')).GET;
}, 600_000);

afterAll(async () => {
  const { getDb } = await import('../../lib/db.ts');
  const { getExportPool } = await import('../../lib/open-data/pg-pool.ts');
  await getDb().$disconnect();
  await getExportPool().end();
  await pool?.end();
  await db?.drop();
});

const get = (apiPath: string, query = '', headers: Record<string, string> = {}) => {
  const handler = routes.get(apiPath);
  if (!handler) throw new Error(`no handler for ${apiPath}`);
  return handler(new Request(`http://localhost${apiPath}${query}`, { headers }));
};
/** What csv-stringify's escape_formulas makes of a cell, written out here (not taken from the code under test). */
const defuse = (value: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value);
const asCells = (row: Json) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : defuse(String(v))]));
const csvRows = (text: string) => parse(text, { columns: true, bom: true, skip_empty_lines: true, comment: '#' }) as Record<string, string>[];

async function exportCsv(query: string): Promise<{ response: Response; rows: Record<string, string>[] }> {
  const response = await exportGet(new Request(`http://localhost/data/stop-search-records.csv${query}`));
  expect(response.status, query).toBe(200);
  return { response, rows: csvRows(await response.text()) };
}

async function allPages(query: string): Promise<Json[]> {
  const records: Json[] = [];
  let next: string | null = `/api/v1/stop-search/records${query}`;
  while (next) {
    const url: URL = new URL(next, 'http://localhost');
    const body: Json = await (await get('/api/v1/stop-search/records', url.search)).json();
    records.push(...body.records);
    next = body.links.next;
  }
  return records;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const document = await (await get('/api/v1/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents only routes that answer 200 with a body matching the documented schema, and a 400 in the documented error shape', async () => {
    const document = await (await get('/api/v1/openapi.json')).json();
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const validateError = ajv.compile(document.components.schemas.Error);
    const [batch] = await db.sql<{ id: string }>('SELECT id::text FROM import_batches LIMIT 1');
    for (const [apiPath, item] of Object.entries<Json>(document.paths)) {
      const operation = item.get;
      if (!apiPath.startsWith('/api/')) continue; // the two /data files are checked below
      const concrete = apiPath.replace('{id}', batch!.id).replace('{quarter}', SNAPSHOT_QUARTER);
      const handler = routes.get(apiPath)!;
      expect(handler, `${apiPath} has a handler in the test`).toBeDefined();
      const call = (query: string) => handler(new Request(`http://localhost${concrete}${query}`), { params: Promise.resolve({ id: batch!.id, quarter: SNAPSHOT_QUARTER }) });
      const response = await call('');
      expect(response.status, apiPath).toBe(200);
      const schema = operation.responses['200'].content['application/json'].schema;
      const body = await response.json();
      const validate = ajv.compile(schema);
      expect(validate(body) ? [] : validate.errors, apiPath).toEqual([]);
      expect(response.headers.get('etag'), apiPath).toMatch(/^"[\w-]+"$/);
      expect(response.headers.get('cache-control'), apiPath).toMatch(/max-age/);
      expect(response.headers.get('access-control-allow-origin'), apiPath).toBe('*');
      if (operation.responses['200'].content['text/csv']) {
        const csv = await call('?format=csv');
        expect(csv.headers.get('content-type'), apiPath).toMatch(/^text\/csv/);
      }
      const bad = await call('?no_such_parameter=1');
      expect(bad.status, apiPath).toBe(400);
      const error = await bad.json();
      expect(validateError(error), apiPath).toBe(true);
      expect(error.error.parameter).toBe('no_such_parameter');
    }
    // Every API route file is documented (openapi.json describes itself only by being this document).
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/api/')).sort()).toEqual([...routes.keys()].filter((p) => p !== '/api/v1/openapi.json').sort());
  });
});

describe('HTTP conventions', () => {
  it('answers 304 to a matching If-None-Match and opens CORS preflight for GET', async () => {
    const first = await get('/api/v1/population');
    const etag = first.headers.get('etag')!;
    const again = await get('/api/v1/population', '', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const { OPTIONS } = await import('../../app/api/v1/population/route.ts');
    const preflight = await OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });
});

describe('dataset downloads', () => {
  it('give the same rows as the API, as CSV, in the ZIP and as checked with plain SQL', async () => {
    const archive = readZip(new Uint8Array(await (await zipGet(new Request('http://localhost/data/open-data.zip'))).arrayBuffer()));
    const document = await (await get('/api/v1/openapi.json')).json();
    const datasetPaths = Object.keys(document.paths).filter((p) => document.paths[p].get.tags.includes('Datasets') && p.startsWith('/api/'));
    expect(datasetPaths.length).toBe(11);
    for (const apiPath of datasetPaths) {
      const body = await (await get(apiPath)).json();
      const fromCsv = csvRows(await (await get(apiPath, '?format=csv')).text());
      const inZip = csvRows(new TextDecoder().decode(archive.get(`data/${body.dataset}.csv`)));
      // The CSV defuses formulas (an apostrophe in front); JSON gives the value as stored.
      expect(fromCsv, apiPath).toEqual(body.rows.map(asCells));
      expect(inZip, apiPath).toEqual(fromCsv);
    }
    const [commitments] = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM commitments');
    expect((await (await get('/api/v1/commitments')).json()).rows).toHaveLength(commitments!.n);
    const [residents] = await db.sql<{ n: number }>('SELECT sum(count)::int AS n FROM population');
    const population = (await (await get('/api/v1/population')).json()).rows as Json[];
    expect(population.reduce((sum, r) => sum + r.residents, 0)).toBe(residents!.n);
    const monthly = (await (await get('/api/v1/stop-search/monthly')).json()).rows as Json[];
    expect(monthly.filter((r) => r.force === 'metropolitan').reduce((sum, r) => sum + r.searches, 0)).toBe(metRaw.length);
    // Each snapshot revision is a row whose JSON link serves bytes hashing to its published SHA-256.
    const revisions = (await (await get('/api/v1/snapshot-revisions')).json()).rows as Json[];
    const published = await db.sql<{ id: string; sha256: string }>('SELECT id::text, sha256 FROM snapshots ORDER BY quarter, revision');
    expect(revisions.map((r) => [r.id, r.sha256])).toEqual(published.map((r) => [r.id, r.sha256]));
    expect(new Set(published.map((r) => r.sha256)).size).toBe(2);
    const { GET: snapshotJson } = await import('../../app/(public)/snapshots/[quarter]/snapshot.json/route.ts');
    for (const row of revisions) {
      const file = await snapshotJson(new Request(`http://localhost${row.json_url}`), { params: Promise.resolve({ quarter: row.quarter }) });
      expect(createHash('sha256').update(new Uint8Array(await file.arrayBuffer())).digest('hex'), row.json_url).toBe(row.sha256);
    }
    const commitmentsCsv = csvRows(new TextDecoder().decode(archive.get('data/commitments.csv')));
    expect(commitmentsCsv.some((r) => r.caveat === `'=HYPERLINK("http://evil")`)).toBe(true);
  });

  it('ships a datapackage.json valid against the Tabular Data Package profile that lists every CSV in the archive with its fields', async () => {
    const archive = readZip(new Uint8Array(await (await zipGet(new Request('http://localhost/data/open-data.zip'))).arrayBuffer()));
    const datapackage = JSON.parse(new TextDecoder().decode(archive.get('datapackage.json')));
    const profile = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/frictionless/tabular-data-package.json'), 'utf8'));
    const validate = new AjvDraft4({ strict: false, allErrors: true }).compile(profile);
    expect(validate(datapackage) ? [] : validate.errors).toEqual([]);
    const csvFiles = [...archive.keys()].filter((name) => name.endsWith('.csv')).sort();
    expect(datapackage.resources.map((r: Json) => r.path).sort()).toEqual(csvFiles);
    expect([...archive.keys()].filter((name) => !name.endsWith('.csv')).sort()).toEqual(['README.md', 'datapackage.json']);
    for (const resource of datapackage.resources) {
      const header = parse(new TextDecoder().decode(archive.get(resource.path)), { bom: true, to_line: 1 })[0];
      expect(header, resource.path).toEqual(resource.schema.fields.map((f: Json) => f.name));
    }
    const readme = new TextDecoder().decode(archive.get('README.md'));
    expect(readme).toMatch(/How to cite/);
    expect(readme).toMatch(/Open Government Licence v3\.0/);
    expect(readme).toContain('Creative Commons Attribution 4.0 International licence (CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/)');
    // What the project wrote is CC BY 4.0; what it copies from police.uk and the ONS stays OGL v3.
    const ogl = { name: 'OGL-UK-3.0', title: 'Open Government Licence v3.0', path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' };
    const ccBy = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' };
    expect(datapackage.licenses).toEqual([ogl, ccBy]);
    const licenceOf = new Map(datapackage.resources.map((r: Json) => [r.name, r.licenses]));
    for (const written of ['commitments', 'status-updates', 'findings', 'indicators', 'observations']) expect(licenceOf.get(written), written).toEqual([ccBy]);
    for (const copied of ['stop-search-monthly', 'population']) expect(licenceOf.get(copied), copied).toEqual([ogl]);
    for (const resource of datapackage.resources) expect(resource.licenses, resource.name).toHaveLength(1);
  });
});

describe('record-level export', () => {
  it('streams every record of a filter, counted independently from the raw file and with plain SQL', async () => {
    const { response, rows } = await exportCsv('?force=metropolitan');
    expect(rows).toHaveLength(metRaw.length);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stop-search-records_metropolitan_first-to-latest.csv"');
    const noEthnicity = await exportCsv('?force=metropolitan&ethnic_group=Not%20stated');
    expect(noEthnicity.rows).toHaveLength(metRaw.filter((r) => r['Officer-defined ethnicity'] === '').length);
    expect(noEthnicity.response.headers.get('content-disposition')).toContain('metropolitan_first-to-latest_officer-ethnic-group-not-stated.csv');
    const noLocation = await exportCsv('?force=metropolitan&borough=none');
    expect(noLocation.rows).toHaveLength(metRaw.filter((r) => r.Latitude === '').length);
    expect(noLocation.rows.every((r) => r.Latitude === '' && r.borough === 'none')).toBe(true);
    const [outside] = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM stop_search_records WHERE location_status = 'outside'`);
    const outsideRows = (await exportCsv('?borough=outside')).rows;
    expect(outsideRows).toHaveLength(outside!.n);
    const [drugs] = await db.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM stop_search_records WHERE force = 'city-of-london' AND self_ethnic_group = 'White' AND object_of_search = 'Controlled drugs'`,
    );
    const { rows: city } = await exportCsv('?force=city-of-london&ethnicity=self&ethnic_group=white&object=Controlled%20drugs&from=2018-07&to=2018-07');
    expect(city).toHaveLength(drugs!.n);
    expect(city.length).toBeGreaterThan(0);
  });

  it('gives the same rows as the paged API, whose cursor visits every record once', async () => {
    const { rows } = await exportCsv('?ethnic_group=Black');
    const pages = await allPages('?ethnic_group=Black&limit=1000');
    expect(pages.map((r) => String(r.id))).toEqual(rows.map((r) => r.id));
    expect(new Set(pages.map((r) => r.id)).size).toBe(pages.length);
    const cells = pages.map(asCells);
    const firstDifference = rows.findIndex((row, i) => JSON.stringify(Object.entries(row).sort()) !== JSON.stringify(Object.entries(cells[i]!).sort()));
    expect(firstDifference === -1 ? null : [rows[firstDifference], cells[firstDifference]]).toBeNull();
  });

  it('defuses formula cells in SQL exactly as csv-stringify does in the paged CSV', async () => {
    const streamed = (await exportCsv('?force=metropolitan')).rows.filter((r) => r['Policing operation'] !== '');
    const paged = csvRows(await (await get('/api/v1/stop-search/records', `?force=metropolitan&limit=${FORMULAS.length}&format=csv`)).text());
    expect(streamed.map((r) => r['Policing operation'])).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(paged.map((r) => r['Policing operation'])).toEqual(FORMULAS.map((f) => `'${f}`));
  });

  it('refuses grouping and bad filters with the error shape, naming the parameter', async () => {
    for (const [query, parameter] of [['?period=year', 'period'], ['?borough=E10000001', 'borough'], ['?from=2018-13', 'from']] as const) {
      const response = await exportGet(new Request(`http://localhost/data/stop-search-records.csv${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.parameter).toBe(parameter);
    }
    const badCursor = await get('/api/v1/stop-search/records', '?after=abc');
    expect((await badCursor.json()).error).toMatchObject({ code: 'invalid_parameter', parameter: 'after' });
  });
});

describe('record export from the /data form', () => {
  it('treats the empty fields an HTML form sends as "no filter"', async () => {
    const { rows } = await exportCsv('?force=city-of-london&borough=&from=&to=&ethnic_group=&ethnicity=officer');
    const [city] = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM stop_search_records WHERE force = 'city-of-london'`);
    expect(rows).toHaveLength(city!.n);
  });
});
