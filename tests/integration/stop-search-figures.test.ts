// Every stop-and-search figure checked against an INDEPENDENT computation from
// the raw data.police.uk files. The app's path: importer -> records -> rollup
// (SQL) -> summary query -> lib/stats. The test's path shares none of it: the
// CSVs are read with csv-parse, dates put in London time with Intl, ethnicity
// labels mapped by the table below, points placed in boroughs with d3-geo's
// spherical geoContains, populations read from the shared Census file, and
// everything counted and divided in plain JS here.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { getStopSearchSummary } from '../../lib/queries/stop-search-summary.ts';
import { ParameterError } from '../../lib/stop-search/parameter-error.ts';
import { rebuildStopSearchRollup } from '../../lib/stop-search/rollup.ts';
import type { SummaryRow } from '../../lib/stop-search/summary-figures.ts';
import type { SummaryParams } from '../../lib/stop-search/summary-params.ts';
import { seedPopulation } from '../../prisma/seed/seed-population.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared/data');
const RAW = path.join(SHARED, 'stop-and-search/police-uk-raw');
const FORCES = ['metropolitan', 'city-of-london'] as const;
const Z = 1.959963984540054; // qnorm(0.975)

// ---------------------------------------------------------------------------
// The independent reading of the raw files

type Raw = Record<string, string>;
interface Search {
  force: string;
  lat: string;
  lon: string;
  /** London-time month, from Intl. */
  month: string;
  /** The UTC month as written in the file, to show that London time matters. */
  utcMonth: string;
  officer: string;
  self: string;
  borough: string;
  legislation: string;
  object: string;
  outcome: string;
  linked: string;
  type: string;
  age: string;
  gender: string;
}

const londonParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });
function londonMonth(timestamp: string): string {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(timestamp)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}`;
}

// Self-defined labels are "Broad group - detail"; the broad group decides.
const SELF_BROAD: Record<string, string> = {
  'Asian/Asian British': 'Asian',
  'Black/African/Caribbean/Black British': 'Black',
  'Mixed/Multiple ethnic groups': 'Mixed',
  White: 'White',
  'Other ethnic group': 'Other',
};
function selfGroup(label: string): string {
  if (label === '' || label === 'Other ethnic group - Not stated') return 'Not stated';
  const group = SELF_BROAD[label.split(' - ')[0]!];
  if (!group) throw new Error(`unmapped self-defined label ${label}`);
  return group;
}
function officerGroup(label: string): string {
  if (label === '') return 'Not stated';
  if (!['Asian', 'Black', 'White', 'Other', 'Mixed'].includes(label)) throw new Error(`unmapped officer label ${label}`);
  return label;
}

// d3-geo works on the sphere and takes a ring's winding as meaningful: the
// exterior must run clockwise. The shipped file follows RFC 7946
// (anticlockwise), so each ring is reversed for d3.
const boundaries = JSON.parse(readFileSync(path.join(ROOT, 'prisma/seed/data/boundaries/london-boroughs.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { borough_code: string }
>;
const shapes = boundaries.features
  .map((f) => {
    const geometry =
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon' as const, coordinates: f.geometry.coordinates.map((ring) => [...ring].reverse()) }
        : { type: 'MultiPolygon' as const, coordinates: f.geometry.coordinates.map((poly) => poly.map((ring) => [...ring].reverse())) };
    return { code: f.properties.borough_code, feature: { type: 'Feature' as const, properties: {}, geometry } };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
const d3Borough = (lat: number, lon: number) => shapes.find((s) => geoContains(s.feature, [lon, lat]))?.code ?? 'outside';
const pointKey = (lat: number, lon: number) => `${lat},${lon}`;
const boroughCache = new Map<string, string>();
function boroughOf(lat: string, lon: string): string {
  if (lat === '' || lon === '') return 'none';
  const key = pointKey(Number(lat), Number(lon));
  let code = boroughCache.get(key);
  if (code === undefined) {
    code = d3Borough(Number(lat), Number(lon));
    boroughCache.set(key, code);
  }
  return code;
}
// Police.uk snaps points to streets, and streets are often borough
// boundaries: a point can sit on an edge, where d3's great-circle edges and a
// planar test may fairly disagree. Such a point has another borough within
// about 2 m (0.00002 degrees) in some direction.
function boroughsWithin2m(lat: number, lon: number): Set<string> {
  const e = 0.00002;
  return new Set([[0, 0], [e, 0], [-e, 0], [0, e], [0, -e]].map(([dy, dx]) => d3Borough(lat + dy!, lon + dx!)));
}

const rawFiles: { force: string; file: string; rows: Raw[] }[] = FORCES.flatMap((force) =>
  readdirSync(path.join(RAW, force))
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => ({ force, file, rows: parse(readFileSync(path.join(RAW, force, file)), { columns: true }) as Raw[] })),
);

// A file in which every row appears at least twice (City of London 2020-07)
// was published k times over: keep each distinct row n/k times.
function deduplicatedRows(rows: Raw[]): Raw[] {
  const groups = new Map<string, Raw[]>();
  for (const row of rows) {
    const key = JSON.stringify(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const k = Math.min(...[...groups.values()].map((g) => g.length));
  return k < 2 ? rows : [...groups.values()].flatMap((g) => g.slice(0, Math.ceil(g.length / k)));
}

const searches: Search[] = rawFiles.flatMap(({ force, rows }) =>
  deduplicatedRows(rows).map((r) => ({
    force,
    lat: r.Latitude!,
    lon: r.Longitude!,
    month: londonMonth(r.Date!),
    utcMonth: r.Date!.slice(0, 7),
    officer: officerGroup(r['Officer-defined ethnicity']!),
    self: selfGroup(r['Self-defined ethnicity']!),
    borough: boroughOf(r.Latitude!, r.Longitude!),
    legislation: r.Legislation || 'Not recorded',
    object: r['Object of search'] || 'Not recorded',
    outcome: r.Outcome!,
    linked: r['Outcome linked to object of search']!,
    type: r.Type!,
    age: r['Age range'] || 'Not recorded',
    gender: r.Gender || 'Not recorded',
  })),
);

function tally(items: Search[], key: (s: Search) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of items) counts[key(s)] = (counts[key(s)] ?? 0) + 1;
  return counts;
}

const quarterOf = (m: string) => `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5)) / 3)}`;
const financialYearOf = (m: string) => {
  const year = Number(m.slice(0, 4)) - (Number(m.slice(5)) < 4 ? 1 : 0);
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
};

// Census 2021 by borough and broad group, from the shared copy (not the seed file).
const census = (parse(readFileSync(path.join(SHARED, 'population/census2021-lad-ethnicity-5groups.csv')), { columns: true }) as Raw[]).filter((r) =>
  r.LAD_code!.startsWith('E09'),
);
function residents(group: string | null, codes: (code: string) => boolean): number {
  const groups = group ? [group] : ['Asian', 'Black', 'Mixed', 'Other', 'White'];
  return census.filter((r) => codes(r.LAD_code!)).reduce((n, r) => n + groups.reduce((m, g) => m + Number(r[g]), 0), 0);
}
const metArea = (code: string) => code !== 'E09000001';
const london = () => true;

function katz(a: number, na: number, b: number, nb: number) {
  const ratio = a / na / (b / nb);
  const se = Math.sqrt(1 / a - 1 / na + 1 / b - 1 / nb);
  return { ratio, lower: ratio * Math.exp(-Z * se), upper: ratio * Math.exp(Z * se) };
}
function wilsonInterval(x: number, n: number) {
  const p = x / n;
  const centre = (p + (Z * Z) / (2 * n)) / (1 + (Z * Z) / n);
  const half = (Z / (1 + (Z * Z) / n)) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  return { rate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

// ---------------------------------------------------------------------------
// The app's path

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  for (const { force, file } of rawFiles) await importPoliceFile(pool, path.join(RAW, force, file));
  await seedPopulation(db.prisma);
  appPlaces = new Map(
    (await db.sql<{ lat: number; lon: number; place: string }>(
      `SELECT DISTINCT latitude AS lat, longitude AS lon, coalesce(borough_code, location_status) AS place
         FROM stop_search_records WHERE latitude IS NOT NULL`,
    )).map((r) => [pointKey(r.lat, r.lon), r.place]),
  );
}, 900_000);

/** Points where the app's borough differs from d3's, with the boroughs d3 finds within 2 m. */
let appPlaces: Map<string, string>;
function disagreements() {
  return [...appPlaces]
    .filter(([key, place]) => boroughCache.get(key) !== place)
    .map(([key, place]) => {
      const [lat, lon] = key.split(',').map(Number) as [number, number];
      return { point: key, app: place, d3: boroughCache.get(key), near: [...boroughsWithin2m(lat, lon)].sort() };
    });
}

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function summary(params: Partial<SummaryParams>) {
  return getStopSearchSummary({ period: 'month', by: [], ethnicity: 'officer', filters: {}, ...params }, db.prisma);
}

/** period|dim|dim... -> searches, for comparison with tally(). */
function searchesBy(rows: SummaryRow[], dims: (keyof SummaryRow)[]): Record<string, number> {
  return Object.fromEntries(rows.filter((r) => r.searches > 0).map((r) => [[r.period, ...dims.map((d) => r[d])].join('|'), r.searches]));
}

const only = (force: string) => searches.filter((s) => s.force === force);
const met = only('metropolitan');
const city = only('city-of-london');

describe('the raw files, read independently', () => {
  it('hold what SOURCES.md says they hold', () => {
    expect(met.length).toBe(161_731);
    // 6,855 rows, the doubled 2020-07 file (518 rows) counted once: 6,596.
    expect(city.length).toBe(6_596);
    // Officer-defined Black and White across the twelve 2018 Met files (SOURCES.md, quirk 10).
    expect(tally(met.filter((s) => s.month.startsWith('2018')), (s) => s.officer)).toMatchObject({ Black: 63_565, White: 52_605 });
    expect(shapes.find((s) => geoContains(s.feature, [-0.1281, 51.508]))?.code).toBe('E09000033'); // Trafalgar Square, Westminster
  });
});

describe('searches per month', () => {
  it('equal the rows of every file of both forces, month by month', async () => {
    for (const force of FORCES) {
      const rows = (await summary({ force })).rows;
      expect(searchesBy(rows, []), force).toEqual(tally(only(force), (s) => s.month));
    }
  });

  it('count City of London 2020-07, where every row is printed twice, once (259), and keep the Met’s repeated rows', async () => {
    const july = (await summary({ force: 'city-of-london', from: '2020-07', to: '2020-07' })).rows;
    expect(july.map((r) => r.searches)).toEqual([259]);
    const april = rawFiles.find((f) => f.file === '2018-04-metropolitan-stop-and-search.csv')!.rows;
    const distinct = new Set(april.map((r) => JSON.stringify(r))).size;
    expect(april.length - distinct).toBeGreaterThan(200); // identical rows exist...
    const row = (await summary({ force: 'metropolitan', from: '2018-04', to: '2018-04' })).rows[0]!;
    expect(row.searches).toBe(april.length); // ...and each is a search
  });

  it('bucket by London time: the first hour of a BST month belongs to it, not to the month before', async () => {
    const bst = met.filter((s) => s.month === '2018-04' && s.utcMonth === '2018-03');
    expect(bst.length).toBe(38); // 23:00-23:59 UTC on 31 March 2018 is April in London
    const rows = (await summary({ force: 'metropolitan', from: '2018-03', to: '2018-04' })).rows;
    expect(searchesBy(rows, [])).toEqual({ '2018-03': 10_866, '2018-04': 12_860 });
    // Counting by the UTC date would have moved those 38 into March, and 19 of May's first hour into April.
    expect(tally(met.filter((s) => ['2018-03', '2018-04'].includes(s.utcMonth)), (s) => s.utcMonth)).toEqual({ '2018-03': 10_904, '2018-04': 12_841 });
  });
});

describe('ethnicity', () => {
  it('officer-defined, month by month, all six groups listed (Mixed always 0: officers do not record it)', async () => {
    const rows = (await summary({ force: 'metropolitan', by: ['ethnicity'] })).rows;
    expect(searchesBy(rows, ['ethnicity'])).toEqual(tally(met, (s) => `${s.month}|${s.officer}`));
    expect(rows.length).toBe(13 * 6);
    expect(rows.filter((r) => r.ethnicity === 'Mixed').every((r) => r.searches === 0 && r.rate_per_1000 === null)).toBe(true);
  });

  it('self-defined, by year for both forces, with the records that have none counted as "Not stated"', async () => {
    const rows = (await summary({ period: 'year', by: ['ethnicity'], ethnicity: 'self' })).rows;
    expect(searchesBy(rows, ['ethnicity'])).toEqual(tally(searches, (s) => `${s.month.slice(0, 4)}|${s.self}`));
    const notStated = rows.filter((r) => r.ethnicity === 'Not stated');
    expect(notStated.every((r) => r.ethnicity_not_stated === r.searches)).toBe(true);
    expect(notStated.reduce((n, r) => n + r.searches, 0)).toBe(searches.filter((s) => s.self === 'Not stated').length);
  });

  it('reports records without an ethnicity in every row when not grouped by it', async () => {
    const rows = (await summary({ force: 'metropolitan', period: 'quarter' })).rows;
    expect(Object.fromEntries(rows.map((r) => [r.period, r.ethnicity_not_stated]))).toEqual(
      tally(met.filter((s) => s.officer === 'Not stated'), (s) => quarterOf(s.month)),
    );
  });
});

describe('place', () => {
  it('puts every point in the borough d3-geo finds, except one point lying on the Hackney-Islington boundary', () => {
    expect(appPlaces.size).toBeGreaterThan(10_000);
    // 51.539248,-0.085868 (5 Met searches) has Hackney and Islington within
    // 2 m on either side; d3 says Hackney, the app's planar test Islington.
    expect(disagreements()).toEqual([{ point: '51.539248,-0.085868', app: 'E09000019', d3: 'E09000012', near: ['E09000012', 'E09000019'] }]);
  });

  it('assigns every search to its borough, outside London or no location, as point-in-polygon on the shipped boundaries does', async () => {
    // The boundary point above goes where the app put it (checked in the test before).
    const place = (s: Search) => (s.lat === '' ? 'none' : (appPlaces.get(pointKey(Number(s.lat), Number(s.lon))) ?? 'missing'));
    const onEdge = new Set(disagreements().map((d) => d.point));
    const expectedPlace = (s: Search) => (s.lat !== '' && onEdge.has(pointKey(Number(s.lat), Number(s.lon))) ? place(s) : s.borough);
    const rows = (await summary({ force: 'metropolitan', period: 'year', by: ['borough'] })).rows;
    expect(searchesBy(rows, ['borough'])).toEqual(tally(met, (s) => `${s.month.slice(0, 4)}|${expectedPlace(s)}`));
    expect(rows.find((r) => r.borough === 'E09000022')?.borough_name).toBe('Lambeth');
  });

  it('counts records without a location and outside London in every row', async () => {
    const rows = (await summary({ period: 'month' })).rows;
    expect(Object.fromEntries(rows.map((r) => [r.period, r.no_location]))).toEqual(
      Object.fromEntries(Object.keys(tally(searches, (s) => s.month)).map((m) => [m, searches.filter((s) => s.month === m && s.borough === 'none').length])),
    );
    // Two Met points are far outside London (lat 52.1-52.3, SOURCES.md quirk 4); the
    // rest of "outside" are points just beyond the simplified outline (e.g. on the river edge).
    expect(Object.fromEntries(rows.map((r) => [r.period, r.outside_london]))).toEqual(
      Object.fromEntries(Object.keys(tally(searches, (s) => s.month)).map((m) => [m, searches.filter((s) => s.month === m && s.borough === 'outside').length])),
    );
    expect(met.filter((s) => s.borough === 'outside' && Number(s.lat) > 52).length).toBe(2);
    // About 95% of 2018-02 rows have no location (SOURCES.md, quirk 4).
    expect(rows.find((r) => r.period === '2018-02')!.no_location).toBe(10_237 + city.filter((s) => s.month === '2018-02' && s.borough === 'none').length);
  });
});

describe('periods', () => {
  it('group months into quarters, years and April-March financial years', async () => {
    const q = (await summary({ period: 'quarter' })).rows;
    expect(searchesBy(q, [])).toEqual(tally(searches, (s) => quarterOf(s.month)));
    const fy = (await summary({ force: 'metropolitan', period: 'financial-year' })).rows;
    expect(searchesBy(fy, [])).toEqual(tally(met, (s) => financialYearOf(s.month)));
    expect(fy.map((r) => [r.period, r.period_start, r.period_end, r.force_months_with_data, r.force_months_in_period])).toEqual([
      ['2017-18', '2017-04', '2018-03', 3, 12],
      ['2018-19', '2018-04', '2019-03', 9, 12],
      ['2022-23', '2022-04', '2023-03', 1, 12],
    ]);
  });

  it('leaves out months without a file (unknown, not zero) and marks periods they leave incomplete', async () => {
    const months = (await summary({ force: 'metropolitan' })).rows.map((r) => r.period);
    expect(months).toEqual([...Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}`), '2022-09']);
    const years = (await summary({ period: 'year' })).rows;
    // Both forces: 2018 has all 24 force-months; 2019 and 2020 only the City's.
    expect(years.map((r) => [r.period, r.force_months_with_data, r.force_months_in_period, r.complete])).toEqual([
      ['2017', 1, 24, false],
      ['2018', 24, 24, true],
      ['2019', 12, 24, false],
      ['2020', 11, 24, false],
      ['2022', 1, 24, false],
    ]);
  });

  it('lists a group with no searches in a month that has a file as 0', async () => {
    const rows = (await summary({ force: 'city-of-london', by: ['type'] })).rows.filter((r) => r.type === 'Vehicle search');
    const expected = tally(city.filter((s) => s.type === 'Vehicle search'), (s) => s.month);
    expect(rows.length).toBe(36);
    expect(Object.fromEntries(rows.map((r) => [r.period, r.searches]))).toEqual(
      Object.fromEntries(rows.map((r) => [r.period, expected[r.period] ?? 0])),
    );
    expect(rows.filter((r) => r.searches === 0).length).toBeGreaterThan(20);
  });

  it('answers from/to limits month by month', async () => {
    const rows = (await summary({ force: 'city-of-london', from: '2019-02', to: '2019-05', period: 'quarter' })).rows;
    expect(rows.map((r) => [r.period, r.searches, r.force_months_with_data])).toEqual([
      ['2019-Q1', tally(city.filter((s) => ['2019-02', '2019-03'].includes(s.month)), () => 'x').x, 2],
      ['2019-Q2', tally(city.filter((s) => ['2019-04', '2019-05'].includes(s.month)), () => 'x').x, 2],
    ]);
  });
});

describe('rates per 1,000 and disproportionality', () => {
  it('divide Met searches by Census 2021 residents of the 32 Met boroughs, with Katz intervals against White', async () => {
    const rows = (await summary({ force: 'metropolitan', from: '2018-01', to: '2018-12', period: 'year', by: ['ethnicity'] })).rows;
    const year = met.filter((s) => s.month.startsWith('2018'));
    const white = year.filter((s) => s.officer === 'White').length;
    const whitePop = residents('White', metArea);
    for (const group of ['Asian', 'Black', 'Other']) {
      const row = rows.find((r) => r.ethnicity === group)!;
      const n = year.filter((s) => s.officer === group).length;
      const pop = residents(group, metArea);
      const expected = katz(n, pop, white, whitePop);
      expect([row.searches, row.population, row.white_searches, row.white_population, row.population_area]).toEqual([n, pop, white, whitePop, 'met-police-area']);
      expect(row.rate_per_1000).toBeCloseTo((n / pop) * 1000, 10);
      expect(row.ratio_to_white).toBeCloseTo(expected.ratio, 10);
      expect(row.ratio_lower).toBeCloseTo(expected.lower, 10);
      expect(row.ratio_upper).toBeCloseTo(expected.upper, 10);
    }
    const black = rows.find((r) => r.ethnicity === 'Black')!;
    expect(black.ratio_lower!).toBeLessThan(black.ratio_to_white!);
    expect(black.ratio_to_white!).toBeLessThan(black.ratio_upper!);
    expect(rows.find((r) => r.ethnicity === 'White')).toMatchObject({ ratio_to_white: 1, ratio_lower: null, ratio_upper: null });
    for (const group of ['Mixed', 'Not stated']) expect(rows.find((r) => r.ethnicity === group)).toMatchObject({ population: null, rate_per_1000: null, ratio_to_white: null });
  });

  it('use all 33 boroughs for both forces together, and self-defined Mixed gets a rate', async () => {
    const rows = (await summary({ period: 'financial-year', from: '2018-04', to: '2019-03', by: ['ethnicity'], ethnicity: 'self' })).rows;
    const fy = searches.filter((s) => financialYearOf(s.month) === '2018-19');
    const mixed = rows.find((r) => r.ethnicity === 'Mixed')!;
    const n = fy.filter((s) => s.self === 'Mixed').length;
    expect([mixed.searches, mixed.population, mixed.population_area]).toEqual([n, residents('Mixed', london), 'london']);
    const expected = katz(n, residents('Mixed', london), fy.filter((s) => s.self === 'White').length, residents('White', london));
    expect(mixed.ratio_to_white).toBeCloseTo(expected.ratio, 10);
    expect(mixed.ratio_upper).toBeCloseTo(expected.upper, 10);
    const all = (await summary({ period: 'financial-year', from: '2018-04', to: '2019-03' })).rows[0]!;
    expect(all.rate_per_1000).toBeCloseTo((fy.length / residents(null, london)) * 1000, 10);
  });

  it('divide by each borough’s residents when grouped by borough, and give the City of London none', async () => {
    const rows = (await summary({ force: 'metropolitan', period: 'year', from: '2018-01', to: '2018-12', by: ['borough', 'ethnicity'] })).rows;
    const lambeth = met.filter((s) => s.month.startsWith('2018') && s.borough === 'E09000022');
    const is = (code: string) => (c: string) => c === code;
    const black = rows.find((r) => r.borough === 'E09000022' && r.ethnicity === 'Black')!;
    const n = lambeth.filter((s) => s.officer === 'Black').length;
    const w = lambeth.filter((s) => s.officer === 'White').length;
    const expected = katz(n, residents('Black', is('E09000022')), w, residents('White', is('E09000022')));
    expect([black.searches, black.white_searches, black.population, black.population_area]).toEqual([n, w, residents('Black', is('E09000022')), 'E09000022']);
    expect(black.ratio_to_white).toBeCloseTo(expected.ratio, 10);
    expect(black.ratio_lower).toBeCloseTo(expected.lower, 10);
    const cityBorough = rows.filter((r) => r.borough === 'E09000001' || r.borough === 'none' || r.borough === 'outside');
    expect(cityBorough.length).toBeGreaterThan(0);
    expect(cityBorough.every((r) => r.population === null && r.rate_per_1000 === null)).toBe(true);
  });

  it('give the City of London Police no rate per resident at all', async () => {
    const rows = (await summary({ force: 'city-of-london', period: 'year', by: ['ethnicity'] })).rows;
    expect(rows.every((r) => r.rate_per_1000 === null && r.ratio_to_white === null)).toBe(true);
    const summaryData = await summary({ force: 'city-of-london', period: 'year' });
    expect(summaryData.notes.join(' ')).toMatch(/No rate for the City of London/);
  });

  it('compare one group with White in each borough when filtered to that group', async () => {
    const rows = (await summary({ force: 'metropolitan', period: 'year', from: '2018-01', to: '2018-12', by: ['borough'], filters: { ethnicity: 'Black' } })).rows;
    const lambeth = rows.find((r) => r.borough === 'E09000022')!;
    const byBoth = (await summary({ force: 'metropolitan', period: 'year', from: '2018-01', to: '2018-12', by: ['borough', 'ethnicity'] })).rows.find(
      (r) => r.borough === 'E09000022' && r.ethnicity === 'Black',
    )!;
    expect(lambeth.searches).toBe(byBoth.searches);
    expect(lambeth.ratio_to_white).toBe(byBoth.ratio_to_white);
    expect(lambeth.ratio_upper).toBe(byBoth.ratio_upper);
  });
});

describe('outcomes', () => {
  const arrest = (o: string) => o === 'Arrest' || o === 'Suspect arrested';
  const nfa = (o: string) => o === 'A no further action disposal' || o === 'Nothing found - no further action';

  it('give arrest, no-further-action and linked-to-object rates with Wilson intervals, over the searches that record each', async () => {
    const rows = (await summary({ force: 'city-of-london', period: 'year', from: '2019-01', to: '2019-12', by: ['ethnicity'], ethnicity: 'self' })).rows;
    const year = city.filter((s) => s.month.startsWith('2019'));
    for (const row of rows) {
      const group = year.filter((s) => s.self === row.ethnicity);
      const recorded = group.filter((s) => s.outcome !== '');
      const filled = group.filter((s) => s.linked !== '');
      const counts = [recorded.length, recorded.filter((s) => arrest(s.outcome)).length, recorded.filter((s) => nfa(s.outcome)).length];
      expect([row.outcome_recorded, row.arrests, row.no_further_action], row.ethnicity!).toEqual(counts);
      expect([row.linked_recorded, row.linked], row.ethnicity!).toEqual([filled.length, filled.filter((s) => s.linked === 'True').length]);
      if (recorded.length === 0) continue;
      const a = wilsonInterval(counts[1]!, counts[0]!);
      expect(row.arrest_rate).toBeCloseTo(a.rate, 12);
      expect(row.arrest_lower).toBeCloseTo(a.lower, 12);
      expect(row.arrest_upper).toBeCloseTo(a.upper, 12);
      const n = wilsonInterval(counts[2]!, counts[0]!);
      expect(row.nfa_lower).toBeCloseTo(n.lower, 12);
      const l = wilsonInterval(row.linked, row.linked_recorded);
      expect(row.linked_upper).toBeCloseTo(l.upper, 12);
      expect(row.outcome_small).toBe(recorded.length < 20);
    }
  });

  it('give no linked-to-object rate where the force leaves the field empty (the Met in these files)', async () => {
    const rows = (await summary({ force: 'metropolitan', period: 'year' })).rows;
    expect(rows.every((r) => r.linked_recorded === 0 && r.linked_rate === null)).toBe(true);
    const all = rows.find((r) => r.period === '2018')!;
    const year = met.filter((s) => s.month.startsWith('2018'));
    expect([all.arrests, all.no_further_action]).toEqual([year.filter((s) => arrest(s.outcome)).length, year.filter((s) => nfa(s.outcome)).length]);
  });

  it('flags figures resting on fewer than 20 searches without hiding them', async () => {
    const rows = (await summary({ force: 'metropolitan', period: 'month', by: ['borough', 'legislation'] })).rows;
    const small = rows.filter((r) => r.searches > 0 && r.searches < 20);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((r) => r.searches_small && r.outcome_small && r.arrest_rate !== null)).toBe(true);
    expect(rows.filter((r) => r.searches >= 20).every((r) => !r.searches_small)).toBe(true);
  });
});

describe('filters', () => {
  it('keep only matching searches, matching labels without regard to case', async () => {
    const s60 = 'Criminal Justice and Public Order Act 1994 (section 60)';
    const rows = (await summary({ force: 'metropolitan', period: 'quarter', by: ['ethnicity'], filters: { legislation: s60.toUpperCase() } })).rows;
    expect(searchesBy(rows, ['ethnicity'])).toEqual(tally(met.filter((s) => s.legislation === s60), (s) => `${quarterOf(s.month)}|${s.officer}`));
    const result = await summary({ force: 'metropolitan', filters: { legislation: s60.toUpperCase() } });
    expect(result.query.filters.legislation).toBe(s60);
  });

  it('filter by borough, with that borough’s residents as the denominator', async () => {
    const rows = (await summary({ force: 'metropolitan', period: 'year', from: '2018-01', to: '2018-12', by: ['ethnicity'], filters: { borough: 'E09000022' } })).rows;
    const black = rows.find((r) => r.ethnicity === 'Black')!;
    expect(black.searches).toBe(met.filter((s) => s.month.startsWith('2018') && s.borough === 'E09000022' && s.officer === 'Black').length);
    expect(black.population_area).toBe('E09000022');
  });

  it('refuse a value no search has, naming the parameter', async () => {
    await expect(summary({ filters: { outcome: 'Beheading' } })).rejects.toThrow(ParameterError);
    await expect(summary({ filters: { outcome: 'Beheading' } })).rejects.toMatchObject({ parameter: 'outcome' });
  });

  it('combine dimensions; every group adds up to the total', async () => {
    const rows = (await summary({ force: 'city-of-london', period: 'year', by: ['outcome', 'age', 'gender', 'object'] })).rows;
    expect(searchesBy(rows, ['outcome', 'age', 'gender', 'object'])).toEqual(
      tally(city, (s) => [s.month.slice(0, 4), s.outcome || 'Not recorded', s.age, s.gender, s.object].join('|')),
    );
    const total = (period: string) => rows.filter((r) => r.period === period).reduce((n, r) => n + r.searches, 0);
    for (const [period, n] of Object.entries(tally(city, (s) => s.month.slice(0, 4)))) expect(total(period), period).toBe(n);
  });
});

describe('the rollup', () => {
  it('matches the records month by month (each search once, the doubled file counted once)', async () => {
    const rollup = await db.sql<{ force: string; month: string; n: number }>(
      `SELECT force, to_char(local_month, 'YYYY-MM') AS month, sum(searches)::int AS n FROM stop_search_monthly GROUP BY 1, 2`,
    );
    const records = await db.sql<{ force: string; month: string; n: number }>(
      `SELECT force, to_char(local_month, 'YYYY-MM') AS month, count(*)::int AS n FROM stop_search_records GROUP BY 1, 2`,
    );
    const key = (r: { force: string; month: string; n: number }) => [`${r.force} ${r.month}`, r.n] as const;
    const expected = Object.fromEntries(records.map(key));
    expected['city-of-london 2020-07'] = 259;
    expect(Object.fromEntries(rollup.map(key))).toEqual(expected);
  });

  it('is rebuilt identically from the records', async () => {
    const dump = () => db.sql(`SELECT (to_jsonb(m) - 'id')::text AS row FROM stop_search_monthly m ORDER BY 1`);
    const before = await dump();
    const client = await pool.connect();
    try {
      await rebuildStopSearchRollup(client);
    } finally {
      client.release();
    }
    expect(await dump()).toEqual(before);
  });

  it('follows a re-import that replaces a month', async () => {
    const file = '2018-04-city-of-london-stop-and-search.csv';
    const original = readFileSync(path.join(RAW, 'city-of-london', file), 'utf8');
    const dir = mkdtempSync(path.join(tmpdir(), 'stop-search-replace-'));
    const shorter = path.join(dir, file);
    writeFileSync(shorter, original.split('\n').slice(0, 51).join('\n') + '\n'); // header + 50 rows
    const month = async () => (await summary({ force: 'city-of-london', from: '2018-04', to: '2018-04' })).rows[0]!.searches;

    await importPoliceFile(pool, shorter, { replace: true });
    expect(await month()).toBe(50);
    await importPoliceFile(pool, path.join(RAW, 'city-of-london', file), { replace: true });
    expect(await month()).toBe(city.filter((s) => s.month === '2018-04').length);
  });
});
