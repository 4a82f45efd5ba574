// The explorer's map, a borough page's figures against London and the
// overview's headline figures, each checked against plain SQL over the
// imported RECORDS (not the monthly rollup the app counts from), with rates,
// ratios and intervals worked out here by hand.
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { seedPopulation } from '../../prisma/seed/seed-population.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const MONTHS_2018 = Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}`);
const FILES = [
  ...MONTHS_2018.map((m) => path.join(RAW, 'metropolitan', `${m}-metropolitan-stop-and-search.csv`)),
  ...MONTHS_2018.map((m) => path.join(RAW, 'city-of-london', `${m}-city-of-london-stop-and-search.csv`)),
  path.join(RAW, 'metropolitan', '2022-09-metropolitan-stop-and-search.csv'),
];
const Z = 1.959963984540054;
const LAMBETH = 'E09000022';

let db: TestDatabase;
let pool: pg.Pool;
let explorer: typeof import('../../lib/queries/stop-search-explorer.ts');
let comparisonView: typeof import('../../lib/stop-search/borough-comparison-view.ts').boroughComparisonView;
let csvGet: (request: Request, ctx: { params: Promise<{ file: string }> }) => Promise<Response>;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  for (const file of FILES) await importPoliceFile(pool, file);
  await seedPopulation(db.prisma);
  process.env.DATABASE_URL = db.url;
  explorer = await import('../../lib/queries/stop-search-explorer.ts');
  comparisonView = (await import('../../lib/stop-search/borough-comparison-view.ts')).boroughComparisonView;
  csvGet = (await import('../../app/(public)/stop-and-search/data/[file]/route.ts')).GET;
}, 900_000);

afterAll(async () => {
  const { getDb } = await import('../../lib/db.ts');
  await getDb().$disconnect();
  await pool?.end();
  await db?.drop();
});

// ---------------------------------------------------------------------------
// The independent path: counts from stop_search_records, Census from population.

const POP_GROUPS = `ethnic_group::text <> 'Not stated'`;
async function population(codes: string[] | null, group?: string): Promise<number> {
  const [row] = await db.sql<{ n: string }>(
    `SELECT sum(count)::text AS n FROM population WHERE census_year = 2021 AND ${POP_GROUPS} AND area_code LIKE 'E09%'
       ${codes ? 'AND area_code = ANY($1::text[])' : ''} ${group ? `AND ethnic_group::text = '${group}'` : ''}`,
    codes ? [codes] : [],
  );
  return Number(row!.n);
}
async function count(where: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM stop_search_records r WHERE ${where}`, params);
  return row!.n;
}
function katz(a: number, na: number, b: number, nb: number) {
  const ratio = a / na / (b / nb);
  const se = Math.sqrt(1 / a - 1 / na + 1 / b - 1 / nb);
  return { ratio, lower: ratio * Math.exp(-Z * se), upper: ratio * Math.exp(Z * se) };
}
function wilsonByHand(x: number, n: number) {
  const p = x / n;
  const d = 1 + (Z * Z) / n;
  const c = (p + (Z * Z) / (2 * n)) / d;
  const h = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / d;
  return { rate: p, lower: c - h, upper: c + h };
}
const ARREST = `r.outcome IN ('Arrest', 'Suspect arrested')`;
const NFA = `r.outcome IN ('A no further action disposal', 'Nothing found - no further action')`;
const DEFAULTS = { ethnicity: 'officer', period: 'year', measure: 'rate' } as const;

describe('the borough map', () => {
  it('gives each borough the searches, rate per 1,000 and Black/White ratio that plain SQL gives', async () => {
    const [view] = await explorer.getExplorerViews(['boroughs'], { ...DEFAULTS });
    expect(view!.rows).toHaveLength(33);
    const located = await db.sql<{ code: string; n: number; black: number; white: number }>(
      `SELECT borough_code AS code, count(*)::int AS n,
              count(*) FILTER (WHERE officer_ethnic_group::text = 'Black')::int AS black,
              count(*) FILTER (WHERE officer_ethnic_group::text = 'White')::int AS white
         FROM stop_search_records WHERE location_status = 'london' GROUP BY 1`,
    );
    for (const b of located) {
      const row = view!.rows.find((r) => r.borough === b.code)!;
      expect(row.searches, b.code).toBe(b.n);
      if (b.code === 'E09000001') {
        expect(row.rate_per_1000, 'no rate for the City').toBeNull();
        continue;
      }
      const pop = await population([b.code]);
      expect(row.rate_per_1000 as number, b.code).toBeCloseTo((b.n / pop) * 1000, 9);
      const expected = katz(b.black, await population([b.code], 'Black'), b.white, await population([b.code], 'White'));
      expect(row.ratio_to_white as number, b.code).toBeCloseTo(expected.ratio, 9);
      expect(row.ratio_lower as number, b.code).toBeCloseTo(expected.lower, 9);
      expect(row.ratio_upper as number, b.code).toBeCloseTo(expected.upper, 9);
    }
  });
});

describe('a borough page', () => {
  it('sets Lambeth against London with the figures plain SQL gives', async () => {
    const borough = (await explorer.getBorough(LAMBETH))!;
    const c = await explorer.getBoroughComparison(borough, { ...DEFAULTS });
    const view = comparisonView(LAMBETH, borough.name, c.boroughFigures, c.areaName, c.areaFigures);
    const get = (label: string) => view.rows.find((r) => String(r.measure).startsWith(label))!;

    const inB = `r.borough_code = '${LAMBETH}'`;
    const [bAll, bBlack, bWhite, bOutcome, bArrest, bNfa] = await Promise.all([
      count(inB),
      count(`${inB} AND officer_ethnic_group::text = 'Black'`),
      count(`${inB} AND officer_ethnic_group::text = 'White'`),
      count(`${inB} AND r.outcome IS NOT NULL`),
      count(`${inB} AND ${ARREST}`),
      count(`${inB} AND ${NFA}`),
    ]);
    const [lAll, lBlack, lWhite, lOutcome, lArrest] = await Promise.all([
      count('true'),
      count(`officer_ethnic_group::text = 'Black'`),
      count(`officer_ethnic_group::text = 'White'`),
      count('r.outcome IS NOT NULL'),
      count(ARREST),
    ]);
    const popB = await population([LAMBETH]);
    const popL = await population(null);

    expect(get('Searches').borough_value).toBe(bAll);
    expect(get('Searches').comparison_value).toBe(lAll);
    expect(get('Searches per 1,000 residents').borough_value as number).toBeCloseTo((bAll / popB) * 1000, 9);
    expect(get('Searches per 1,000 residents').comparison_value as number).toBeCloseTo((lAll / popL) * 1000, 9);
    const rB = katz(bBlack, await population([LAMBETH], 'Black'), bWhite, await population([LAMBETH], 'White'));
    const rL = katz(lBlack, await population(null, 'Black'), lWhite, await population(null, 'White'));
    const ratio = get('Black people');
    expect(ratio.borough_value as number).toBeCloseTo(rB.ratio, 9);
    expect(ratio.borough_lower as number).toBeCloseTo(rB.lower, 9);
    expect(ratio.comparison_upper as number).toBeCloseTo(rL.upper, 9);
    const arrest = get('Arrest rate');
    const wB = wilsonByHand(bArrest, bOutcome);
    expect(arrest.borough_value as number).toBeCloseTo(wB.rate, 12);
    expect(arrest.borough_lower as number).toBeCloseTo(wB.lower, 12);
    expect(arrest.comparison_value as number).toBeCloseTo(lArrest / lOutcome, 12);
    expect(get('No further action').borough_value as number).toBeCloseTo(bNfa / bOutcome, 12);
    expect(view.summary).toContain(`${bAll.toLocaleString('en-GB')} searches were recorded in Lambeth`);
  });

  it('explains why a small borough figure is unreliable', async () => {
    const borough = (await explorer.getBorough(LAMBETH))!;
    // One month of one law in one borough: few searches.
    const c = await explorer.getBoroughComparison(borough, { ...DEFAULTS, from: '2018-01', to: '2018-01', legislation: 'Firearms Act 1968 (section 47)' });
    const view = comparisonView(LAMBETH, borough.name, c.boroughFigures, c.areaName, c.areaFigures);
    expect(view.rows.find((r) => r.measure === 'Searches')!.borough_value as number).toBeLessThan(20);
    expect(view.warnings.join(' ')).toMatch(/fewer than 20 searches/);
  });
});

describe('the overview headline figures', () => {
  it('are 2018 (the latest complete year) figures as plain SQL gives them', async () => {
    const h = await explorer.getStopSearchHeadlines();
    expect(h.period).toBe('2018');
    expect(h.complete).toBe(true);
    const in2018 = `r.local_month BETWEEN '2018-01-01' AND '2018-12-01'`;
    const total = await count(in2018);
    const black = await count(`${in2018} AND officer_ethnic_group::text = 'Black'`);
    const white = await count(`${in2018} AND officer_ethnic_group::text = 'White'`);
    const notStated = await count(`${in2018} AND officer_ethnic_group::text = 'Not stated'`);
    const ratio = katz(black, await population(null, 'Black'), white, await population(null, 'White'));
    const byKey = new Map(h.headlines.map((x) => [x.key, x]));
    expect(byKey.get('searches')!.value).toBe(total.toLocaleString('en-GB'));
    expect(byKey.get('ratio')!.value).toBe(`${ratio.ratio.toFixed(1)} times as often`);
    expect(byKey.get('ratio')!.detail).toContain(`95% interval ${ratio.lower.toFixed(1)} to ${ratio.upper.toFixed(1)}`);
    expect(byKey.get('rate')!.value).toBe(`${((black / (await population(null, 'Black'))) * 1000).toFixed(1)} Black, ${((white / (await population(null, 'White'))) * 1000).toFixed(1)} White`);
    const arrestB = (await count(`${in2018} AND officer_ethnic_group::text = 'Black' AND ${ARREST}`)) / (await count(`${in2018} AND officer_ethnic_group::text = 'Black' AND r.outcome IS NOT NULL`));
    expect(byKey.get('arrest')!.value.startsWith(`${(arrestB * 100).toFixed(1)}% Black`)).toBe(true);
    expect(byKey.get('not-stated')!.value).toBe(`${((notStated / total) * 100).toFixed(1)}%`);
    expect(byKey.get('ratio')!.href).toBe('/stop-and-search?ethnicity=officer&period=year&from=2018-01&to=2018-12#ratio');
  });
});

describe('the CSV of a view', () => {
  it('holds exactly the rows of the view, with its header block', async () => {
    const query = 'force=metropolitan&period=quarter&from=2018-01&to=2018-12';
    const response = await csvGet(new Request(`http://localhost/stop-and-search/data/ratio.csv?${query}`), { params: Promise.resolve({ file: 'ratio.csv' }) });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^\uFEFF?# How many times as likely/);
    expect(text).toContain('# Filters: force: metropolitan; months: 2018-01 to 2018-12; period: quarter; ethnicity field: officer-defined');
    const [view] = await explorer.getExplorerViews(['ratio'], { ...DEFAULTS, force: 'metropolitan', period: 'quarter', from: '2018-01', to: '2018-12' });
    const dataLines = text.split('\r\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('\uFEFF#'));
    expect(dataLines).toHaveLength(view!.rows.length + 1);
    expect(dataLines[0]).toBe(view!.columns.map((c) => c.key).join(','));
    const bad = await csvGet(new Request('http://localhost/stop-and-search/data/ratio.csv?period=weekly'), { params: Promise.resolve({ file: 'ratio.csv' }) });
    expect(bad.status).toBe(400);
    const unknown = await csvGet(new Request('http://localhost/stop-and-search/data/nope.csv'), { params: Promise.resolve({ file: 'nope.csv' }) });
    expect(unknown.status).toBe(404);
  });
});

// Last: it imports another month. Answers are kept between requests, keyed by the state of the loaded files.
describe('answers kept between requests', () => {
  it('are asked again once another file is loaded, and the list of imported months follows', async () => {
    const question = { ...DEFAULTS, force: 'city-of-london', period: 'month', from: '2019-01', to: '2019-01' } as const;
    const [before] = await explorer.getExplorerViews(['searches'], question);
    expect(before!.rows).toEqual([]);
    expect(await explorer.listImportedMonths()).not.toContain('2019-01');

    await importPoliceFile(pool, path.join(RAW, 'city-of-london', '2019-01-city-of-london-stop-and-search.csv'));

    const [after] = await explorer.getExplorerViews(['searches'], question);
    const shown = after!.rows.reduce((s, r) => s + Number(r.searches ?? 0), 0);
    expect(shown).toBe(await count(`r.force = 'city-of-london' AND r.local_month = '2019-01-01'`));
    expect(shown).toBeGreaterThan(0);
    expect(await explorer.listImportedMonths()).toContain('2019-01');
  });
});
