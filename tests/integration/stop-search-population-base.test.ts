// Whose residents a rate divides by when the two forces' files cover
// different months. Checked against Census counts summed here in plain SQL
// and searches counted here from the RECORDS, never through the summary code.
// Files: the Met for 2018-11, 2018-12 and 2022-09; the City of London for
// 2018-12, 2019-01 and 2019-02. So with both forces: 2018 has both (the Met
// for two months, the City for one: incomplete), 2019 only the City, 2022
// only the Met.
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { seedPopulation } from '../../prisma/seed/seed-population.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const FILES = [
  ...['2018-11', '2018-12', '2022-09'].map((m) => path.join(RAW, 'metropolitan', `${m}-metropolitan-stop-and-search.csv`)),
  ...['2018-12', '2019-01', '2019-02'].map((m) => path.join(RAW, 'city-of-london', `${m}-city-of-london-stop-and-search.csv`)),
];
const CITY = 'E09000001';

let db: TestDatabase;
let pool: pg.Pool;
let getSummary: typeof import('../../lib/queries/stop-search-summary.ts').getStopSearchSummary;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  for (const file of FILES) await importPoliceFile(pool, file);
  await seedPopulation(db.prisma);
  getSummary = (await import('../../lib/queries/stop-search-summary.ts')).getStopSearchSummary;
}, 600_000);

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

/** Census 2021 residents of the boroughs chosen by `where`, one group or all five. */
async function residents(where: string, group?: string): Promise<number> {
  const [row] = await db.sql<{ n: string }>(
    `SELECT sum(count)::text AS n FROM population WHERE census_year = 2021 AND area_code LIKE 'E09%' AND ${where}
       ${group ? `AND ethnic_group::text = '${group}'` : ''}`,
  );
  return Number(row!.n);
}
async function searches(from: string, to: string, extra = 'TRUE'): Promise<number> {
  const [row] = await db.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM stop_search_records r WHERE r.local_month BETWEEN $1::date AND $2::date AND ${extra}`,
    [`${from}-01`, `${to}-01`],
  );
  return row!.n;
}

const base = { period: 'year', ethnicity: 'officer', filters: {} } as const;

describe('the population base follows the forces with files in each period', () => {
  it('divides a year of both forces by London, a year of only the Met by its 32 boroughs, and gives no rate to a year of only the City', async () => {
    const data = await getSummary({ ...base, from: '2018-01', to: '2022-12', by: [] }, db.prisma);
    const byYear = new Map(data.rows.map((r) => [r.period, r]));
    expect([...byYear.keys()]).toEqual(['2018', '2019', '2022']);

    const london = await residents('TRUE');
    const met = await residents(`area_code <> '${CITY}'`);
    const y2018 = byYear.get('2018')!;
    expect(y2018.searches).toBe(await searches('2018-01', '2018-12'));
    expect(y2018.population).toBe(london);
    expect(y2018.rate_per_1000).toBeCloseTo((y2018.searches / london) * 1000, 9);
    // The City had one file of twelve and the Met two: counted, but flagged.
    expect(y2018.complete).toBe(false);

    const y2019 = byYear.get('2019')!;
    expect(y2019.searches).toBe(await searches('2019-01', '2019-12'));
    expect(y2019.population).toBeNull();
    expect(y2019.rate_per_1000).toBeNull();

    const y2022 = byYear.get('2022')!;
    expect(y2022.searches).toBe(await searches('2022-01', '2022-12'));
    expect(y2022.population).toBe(met);
    expect(y2022.population_area).toBe('met-police-area');
    expect(y2022.rate_per_1000).toBeCloseTo((y2022.searches / met) * 1000, 9);

    expect(data.notes.some((n) => n.includes('no rate when only the City of London has'))).toBe(true);
  });

  it('uses the same residents for each group and for White in the ratio', async () => {
    const data = await getSummary({ ...base, from: '2022-01', to: '2022-12', by: ['ethnicity'] }, db.prisma);
    const black = data.rows.find((r) => r.ethnicity === 'Black')!;
    const metBlack = await residents(`area_code <> '${CITY}'`, 'Black');
    const metWhite = await residents(`area_code <> '${CITY}'`, 'White');
    expect(black.population).toBe(metBlack);
    const a = await searches('2022-01', '2022-12', `r.officer_ethnic_group::text = 'Black'`);
    const b = await searches('2022-01', '2022-12', `r.officer_ethnic_group::text = 'White'`);
    expect(black.ratio_to_white).toBeCloseTo(a / metBlack / (b / metWhite), 9);
  });

  it('gives boroughs a rate only in periods with the Met\'s files', async () => {
    const data = await getSummary({ ...base, from: '2018-01', to: '2019-12', by: ['borough'] }, db.prisma);
    const lambeth = (year: string) => data.rows.find((r) => r.period === year && r.borough === 'E09000022');
    const lambethResidents = await residents(`area_code = 'E09000022'`);
    expect(lambeth('2018')!.population).toBe(lambethResidents);
    // City of London officers searched in Lambeth in 2019? Either way there is no Met file, so no rate.
    for (const row of data.rows.filter((r) => r.period === '2019')) expect(row.population).toBeNull();
  });

  it('divides a Met borough by its residents only when the Met has files', async () => {
    const data = await getSummary({ ...base, from: '2018-01', to: '2019-12', by: [], filters: { borough: 'E09000033' } }, db.prisma);
    const byYear = new Map(data.rows.map((r) => [r.period, r]));
    expect(byYear.get('2018')!.population).toBe(await residents(`area_code = 'E09000033'`));
    if (byYear.has('2019')) expect(byYear.get('2019')!.population).toBeNull();
  });
});
