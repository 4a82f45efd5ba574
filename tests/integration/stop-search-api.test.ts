// GET /api/v1/stop-search/summary and /reconciliation, called as Next calls
// them (a Request in, a Response out) over every real month of both forces.
// Figures are checked against counts made here from the raw files (csv-parse
// and Intl, nothing from lib/), and the CSV against the JSON.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { seedPopulation } from '../../prisma/seed/seed-population.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const SHARED = path.resolve(import.meta.dirname, '../../../shared/data');
const RAW = path.join(SHARED, 'stop-and-search/police-uk-raw');
const Z = 1.959963984540054;

type Raw = Record<string, string>;
type Json = Record<string, any>; // response bodies are what is under test

const files = (['metropolitan', 'city-of-london'] as const).flatMap((force) =>
  readdirSync(path.join(RAW, force))
    .sort()
    .map((file) => ({ force, file, rows: parse(readFileSync(path.join(RAW, force, file)), { columns: true }) as Raw[] })),
);
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });
const londonMonth = (iso: string) => {
  const p = Object.fromEntries(monthFormat.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}`;
};
const metRows = files.filter((f) => f.force === 'metropolitan').flatMap((f) => f.rows.map((r) => ({ month: londonMonth(r.Date!), officer: r['Officer-defined ethnicity'] || 'Not stated' })));
const count = (pred: (r: { month: string; officer: string }) => boolean) => metRows.filter(pred).length;

let db: TestDatabase;
let pool: pg.Pool;
let summaryGet: (request: Request) => Promise<Response>;
let reconciliationGet: (request: Request) => Promise<Response>;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  for (const { force, file } of files) await importPoliceFile(pool, path.join(RAW, force, file));
  await seedDatabase(db.prisma);
  await seedPopulation(db.prisma);
  // The routes read the app's database from DATABASE_URL, parsed when lib/env is first imported.
  process.env.DATABASE_URL = db.url;
  summaryGet = (await import('../../app/api/v1/stop-search/summary/route.ts')).GET;
  reconciliationGet = (await import('../../app/api/v1/stop-search/reconciliation/route.ts')).GET;
}, 900_000);

afterAll(async () => {
  const { getDb } = await import('../../lib/db.ts');
  await getDb().$disconnect();
  await pool?.end();
  await db?.drop();
});

const call = (query: string) => summaryGet(new Request(`http://localhost/api/v1/stop-search/summary${query}`));
async function json(query: string): Promise<Json> {
  const response = await call(query);
  expect(response.status, query).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
}

describe('GET /api/v1/stop-search/summary as JSON', () => {
  it('answers with rows named as asked, the counts behind every figure, its sources and the import batches behind it', async () => {
    const body = await json('?force=metropolitan&period=year&by=ethnicity');
    expect(body.query).toMatchObject({ force: 'metropolitan', from: '2018-01', to: '2022-09', period: 'year', by: ['ethnicity'], ethnicity: 'officer' });
    expect(body.rows.map((r: Json) => `${r.period} ${r.ethnicity}`)).toEqual(
      ['2018', '2022'].flatMap((y) => ['Asian', 'Black', 'Mixed', 'White', 'Other', 'Not stated'].map((g) => `${y} ${g}`)),
    );
    for (const row of body.rows) {
      expect(row.searches, `${row.period} ${row.ethnicity}`).toBe(count((r) => r.month.startsWith(row.period) && r.officer === row.ethnicity));
    }
    expect(Object.keys(body.rows[0]).slice(0, 5)).toEqual(['period', 'period_start', 'period_end', 'ethnicity', 'searches']);
    // Each rate, ratio and interval sits beside the counts it comes from.
    const black = body.rows.find((r: Json) => r.period === '2018' && r.ethnicity === 'Black');
    expect(black).toMatchObject({ population: expect.any(Number), white_searches: expect.any(Number), white_population: expect.any(Number), outcome_recorded: expect.any(Number) });
    const se = Math.sqrt(1 / black.searches - 1 / black.population + 1 / black.white_searches - 1 / black.white_population);
    const ratio = black.searches / black.population / (black.white_searches / black.white_population);
    expect(black.ratio_to_white).toBeCloseTo(ratio, 10);
    expect(black.ratio_lower).toBeCloseTo(ratio * Math.exp(-Z * se), 10);
    expect(black.arrest_rate).toBeCloseTo(black.arrests / black.outcome_recorded, 12);

    expect(body.sources.map((s: Json) => s.url)).toEqual(expect.arrayContaining(['https://data.police.uk/data/']));
    expect(body.sources.map((s: Json) => s.id)).toContain('ons-census-2021-ethnic-group');
    expect(body.sources.every((s: Json) => s.title && s.publisher && s.url)).toBe(true);
    expect(body.import_batches.map((b: Json) => b.file_name)).toEqual(files.filter((f) => f.force === 'metropolitan').map((f) => f.file));
    expect(body.import_batches[0]).toMatchObject({ force: 'metropolitan', month: '2018-01', rows_loaded: 12_137, rows_rejected: 0, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(body.notes.join(' ')).toMatch(/officer-defined/);
    expect(body.links.csv).toBe('/api/v1/stop-search/summary?force=metropolitan&period=year&by=ethnicity&ethnicity=officer&format=csv');
  });

  it.each([
    ['month', '2018-04', '2018-04', '2018-04'],
    ['quarter', '2018-Q2', '2018-04', '2018-06'],
    ['year', '2018', '2018-01', '2018-12'],
    ['financial-year', '2018-19', '2018-04', '2019-03'],
  ])('labels %s periods like %s', async (period, label, start, end) => {
    const body = await json(`?force=metropolitan&period=${period}&from=2018-04&to=2018-04`);
    expect(body.rows.map((r: Json) => [r.period, r.period_start, r.period_end, r.searches])).toEqual([[label, start, end, 12_860]]);
  });

  it('names boroughs by code with their names, and "none" and "outside" for searches without a London place', async () => {
    const body = await json('?force=metropolitan&period=year&from=2018-01&to=2018-12&by=borough');
    const boroughs = body.rows.map((r: Json) => r.borough);
    expect(boroughs.slice(-2)).toEqual(['outside', 'none']);
    expect(body.rows.find((r: Json) => r.borough === 'E09000033')).toMatchObject({ borough_name: 'Westminster', population_area: 'E09000033' });
    expect(body.rows.find((r: Json) => r.borough === 'none')).toMatchObject({ borough_name: null, rate_per_1000: null });
    expect(body.rows.reduce((n: number, r: Json) => n + r.searches, 0)).toBe(count((r) => r.month.startsWith('2018')));
  });

  it('filters by every dimension name, ethnic group by ethnic_group', async () => {
    const body = await json('?force=metropolitan&period=year&from=2018-01&to=2018-12&ethnic_group=black&legislation=misuse%20of%20drugs%20act%201971%20(section%2023)&ethnicity=officer');
    expect(body.query.filters).toEqual({ ethnicity: 'Black', legislation: 'Misuse of Drugs Act 1971 (section 23)' });
    const drugsBlack = files
      .filter((f) => f.force === 'metropolitan' && f.file.startsWith('2018'))
      .flatMap((f) => f.rows)
      .filter((r) => r['Officer-defined ethnicity'] === 'Black' && r.Legislation === 'Misuse of Drugs Act 1971 (section 23)').length;
    expect(body.rows.map((r: Json) => r.searches)).toEqual([drugsBlack]);
    expect(body.rows[0].ratio_to_white).toBeGreaterThan(1);
  });
});

describe('GET /api/v1/stop-search/summary?format=csv', () => {
  it('gives the same rows as the JSON, with sources, filters, notes and import batches above the table', async () => {
    const query = '?period=quarter&from=2018-01&to=2018-12&by=ethnicity,borough&ethnicity=self';
    const body = await json(query);
    const response = await call(`${query}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stop-search-summary.csv"');
    // Bytes, not response.text(): a text decoder would swallow the byte order mark Excel needs.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe('\uFEFF# Stop and search summary (Met accountability dashboard)');
    const head = text.split('\r\n').filter((line) => line.replace('\uFEFF', '').startsWith('# '));
    expect(head).toEqual(expect.arrayContaining(['# Source: Home Office (data.police.uk), from data supplied by each police force, Stop and search data: monthly record-level files for each force, https://data.police.uk/data/']));
    expect(head.find((l) => l.startsWith('# Filters: '))).toBe(
      '# Filters: force: both London forces; months: 2018-01 to 2018-12; period: quarter; grouped by: ethnicity, borough; ethnicity field: self',
    );
    expect(head.filter((l) => l.startsWith('# Note: Import batch ')).length).toBe(24);

    const rows = parse(text, { bom: true, comment: '#', columns: true }) as Raw[];
    expect(Object.keys(rows[0]!).slice(0, 8)).toEqual(['period', 'period_start', 'period_end', 'ethnicity', 'borough', 'borough_name', 'searches', 'searches_small']);
    expect(rows.length).toBe(body.rows.length);
    rows.forEach((row, i) => {
      const expected = body.rows[i];
      for (const [column, value] of Object.entries(row)) expect(value, `${i} ${column}`).toBe(expected[column] === null ? '' : String(expected[column]));
    });
  });
});

describe('bad requests', () => {
  it.each([
    ['?colour=red', 'colour'],
    ['?force=essex', 'force'],
    ['?from=2018-4', 'from'],
    ['?from=2018-05&to=2018-04', 'to'],
    ['?period=weekly', 'period'],
    ['?by=ethnicity,shoe', 'by'],
    ['?ethnicity=Black', 'ethnicity'],
    ['?ethnic_group=Green', 'ethnic_group'],
    ['?borough=Camden', 'borough'],
    ['?outcome=Knighted', 'outcome'],
    ['?format=xlsx', 'format'],
    // Every month by all eight dimensions would be about two million rows.
    ['?by=ethnicity,borough,legislation,object,outcome,age,gender,type', 'by'],
  ])('%s is a 400 naming %s', async (query, parameter) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ error: { code: 'invalid_parameter', message: expect.any(String), parameter } });
    expect(body.error.message).toContain(parameter);
  });
});

describe('GET /api/v1/stop-search/reconciliation', () => {
  it('sets each seeded official figure beside the records for the same force and period', async () => {
    const response = await reconciliationGet(new Request('http://localhost/api/v1/stop-search/reconciliation'));
    expect(response.status).toBe(200);
    const rows: Json[] = (await response.json()).rows;
    const bySeedKey = new Map(rows.map((r) => [r.seed_key, r]));
    expect(rows.length).toBe(14);

    // MOPAC: 43% of Met searches in 2018 were of Black people. Records: officer-defined Black / all.
    const share = bySeedKey.get('official-ss#met_share_searches_2018_black')!;
    const year = count((r) => r.month.startsWith('2018'));
    const black = count((r) => r.month.startsWith('2018') && r.officer === 'Black');
    expect(share).toMatchObject({ status: 'compared', official_value: 43, force: 'metropolitan' });
    expect(share.counts).toMatchObject({ months_in_period: 12, months_with_records: 12, searches: year, group_searches: black });
    expect(share.record_value).toBeCloseTo((black / year) * 100, 10);
    expect(share.difference).toBeCloseTo((black / year) * 100 - 43, 10);

    // MOPAC's 4.3 against the records' Black/White ratio on Census 2021 residents of the 32 Met boroughs.
    const census = (parse(readFileSync(path.join(SHARED, 'population/census2021-lad-ethnicity-5groups.csv')), { columns: true }) as Raw[]).filter(
      (r) => r.LAD_code!.startsWith('E09') && r.LAD_code !== 'E09000001',
    );
    const pop = (g: string) => census.reduce((n, r) => n + Number(r[g]), 0);
    const white = count((r) => r.month.startsWith('2018') && r.officer === 'White');
    const ratio = bySeedKey.get('official-ss#met_disparity_ratio_2018')!;
    expect(ratio.status).toBe('compared');
    expect(ratio.record_value).toBeCloseTo(black / pop('Black') / (white / pop('White')), 10);

    expect(bySeedKey.get('official-ss#met_total_ye2025')).toMatchObject({ status: 'no-records', record_value: null, difference: null });
    expect(bySeedKey.get('official-ss#col_total_ye2025')).toMatchObject({ status: 'no-records', force: 'city-of-london' });
    expect(bySeedKey.get('official-ss#met_disparity_casey_2023')).toMatchObject({ status: 'not-comparable', counts: null });
    expect(bySeedKey.get('official-ss#met_people_searched_aug13_jul14')).toMatchObject({ status: 'not-comparable' });
    expect(rows.every((r) => r.source?.url && r.official_url)).toBe(true);
  });

  it('refuses parameters it does not take', async () => {
    const response = await reconciliationGet(new Request('http://localhost/api/v1/stop-search/reconciliation?force=metropolitan'));
    expect(response.status).toBe(400);
    expect((await response.json()).error.parameter).toBe('force');
  });
});
