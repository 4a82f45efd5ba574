// Every real data.police.uk file we hold (13 Met months, 36 City of London
// months), imported once into a fresh database and checked against an
// independent reading of the same CSV files: csv-parse's synchronous parser,
// PostgreSQL's own time-zone rules and d3-geo's spherical point-in-polygon
// over the shared copy of the boundaries. None of these is the importer's code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile, type ImportReport } from '../../lib/importers/police-uk/import-file.ts';
import { independentBoroughLocator, metresToNearestBoundary } from '../fixtures/import/independent-boroughs.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const FILES = ['metropolitan', 'city-of-london'].flatMap((force) =>
  readdirSync(path.join(RAW, force))
    .filter((name) => name.endsWith('-stop-and-search.csv'))
    .sort()
    .map((name) => ({ force, month: name.slice(0, 7), name, file: path.join(RAW, force, name) })),
);

type CsvRow = Record<string, string>;
const readCsv = (file: string): CsvRow[] => parse(readFileSync(file), { columns: true, skip_empty_lines: true });

// The Census 2011-style labels in these files, mapped by hand to the five groups.
const SELF_DEFINED: Record<string, string> = {
  'White - English/Welsh/Scottish/Northern Irish/British': 'White',
  'White - Irish': 'White',
  'White - Any other White background': 'White',
  'Black/African/Caribbean/Black British - African': 'Black',
  'Black/African/Caribbean/Black British - Caribbean': 'Black',
  'Black/African/Caribbean/Black British - Any other Black/African/Caribbean background': 'Black',
  'Asian/Asian British - Bangladeshi': 'Asian',
  'Asian/Asian British - Chinese': 'Asian',
  'Asian/Asian British - Indian': 'Asian',
  'Asian/Asian British - Pakistani': 'Asian',
  'Asian/Asian British - Any other Asian background': 'Asian',
  'Mixed/Multiple ethnic groups - White and Black Caribbean': 'Mixed',
  'Mixed/Multiple ethnic groups - White and Black African': 'Mixed',
  'Mixed/Multiple ethnic groups - White and Asian': 'Mixed',
  'Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background': 'Mixed',
  'Other ethnic group - Any other ethnic group': 'Other',
  'Other ethnic group - Not stated': 'Not stated',
  '': 'Not stated',
};
const OFFICER_DEFINED: Record<string, string> = { White: 'White', Black: 'Black', Asian: 'Asian', Other: 'Other', '': 'Not stated' };

const tally = (values: string[]) => values.reduce<Record<string, number>>((n, v) => ((n[v] = (n[v] ?? 0) + 1), n), {});

/** What the tests expect of one file, worked out from the CSV alone (read once: the Met files are 40 MB). */
interface Facts {
  rows: number;
  dated: string[];
  self: Record<string, number>;
  officer: Record<string, number>;
  blankAge: number;
  blankGender: number;
  locations: { none: number; outside: number; london: number };
  duplicateRows: number;
}

function factsOf(file: string, locate: (latitude: number, longitude: number) => string): Facts {
  const csv = readCsv(file);
  const located = csv.filter((r) => r['Latitude'] !== '' && r['Longitude'] !== '');
  const outside = located.filter((r) => locate(Number(r['Latitude']), Number(r['Longitude'])) === 'outside').length;
  const lines = readFileSync(file, 'utf8').split('\n').slice(1).filter((line) => line !== '');
  return {
    rows: csv.length,
    dated: csv.map((r) => r['Date']!),
    self: tally(csv.map((r) => SELF_DEFINED[r['Self-defined ethnicity']!] ?? 'unmapped')),
    officer: tally(csv.map((r) => OFFICER_DEFINED[r['Officer-defined ethnicity']!] ?? 'unmapped')),
    blankAge: csv.filter((r) => r['Age range'] === '').length,
    blankGender: csv.filter((r) => r['Gender'] === '').length,
    locations: { none: csv.length - located.length, outside, london: located.length - outside },
    duplicateRows: lines.length - new Set(lines).size,
  };
}

let db: TestDatabase;
let pool: pg.Pool;
const reports = new Map<string, ImportReport>();
const facts = new Map<string, Facts>();
const locate = independentBoroughLocator();
let metSeconds = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const started = Date.now();
  for (const { name, file, force } of FILES) {
    reports.set(name, await importPoliceFile(pool, file));
    if (force === 'metropolitan') metSeconds = (Date.now() - started) / 1000;
  }
  for (const { name, file } of FILES) facts.set(name, factsOf(file, locate));
  console.log(`Imported ${FILES.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s (the 13 Met files: ${metSeconds.toFixed(1)} s)`);
}, 300_000);

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function batchOf(name: string): Promise<string> {
  const report = reports.get(name)!;
  if (report.outcome !== 'loaded') throw new Error(`${name} was not loaded: ${report.outcome}`);
  return report.batchId;
}

describe('importing every real file', () => {
  it('holds all 49 files and their published totals', async () => {
    expect(FILES.filter((f) => f.force === 'metropolitan')).toHaveLength(13);
    expect(FILES.filter((f) => f.force === 'city-of-london')).toHaveLength(36);
    const totals = await db.sql<{ force: string; n: number }>('SELECT force, count(*)::int AS n FROM stop_search_records GROUP BY force ORDER BY force');
    // SOURCES.md, section 1: Met 161,731 rows; City of London 6,855.
    expect(totals).toEqual([
      { force: 'city-of-london', n: 6855 },
      { force: 'metropolitan', n: 161731 },
    ]);
  });

  it('loads every row of each file and rejects none', async () => {
    for (const { name, force, month } of FILES) {
      const expected = facts.get(name)!.rows;
      const report = reports.get(name)!;
      expect(report, name).toMatchObject({ outcome: 'loaded', force, month, rowsTotal: expected, rowsLoaded: expected, rowsRejected: 0, rejections: [] });
      const [batch] = await db.sql<{ status: string; rows_total: number; rows_loaded: number; rows_rejected: number; records: number }>(
        `SELECT status, rows_total, rows_loaded, rows_rejected, (SELECT count(*)::int FROM stop_search_records r WHERE r.batch_id = b.id) AS records
           FROM import_batches b WHERE id = $1`,
        [await batchOf(name)],
      );
      expect(batch, name).toEqual({ status: 'loaded', rows_total: expected, rows_loaded: expected, rows_rejected: 0, records: expected });
    }
    expect(await db.sql('SELECT * FROM rejected_rows')).toEqual([]);
  });

  it('stores every published value as it is in the file, line by line', async () => {
    const flag = (v: string) => (v === '' ? null : v === 'True');
    const text = (v: string) => (v === '' ? null : v);
    for (const { name, file } of FILES) {
      const records = await db.sql<Record<string, unknown>>(
        `SELECT line_number, type, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS at, part_of_policing_operation AS op,
                policing_operation AS op_name, latitude, longitude, gender, age_range, self_defined_ethnicity AS self, officer_defined_ethnicity AS officer,
                legislation, object_of_search AS object, outcome, outcome_linked_to_object AS linked, removal_of_more_than_outer_clothing AS removal
           FROM stop_search_records WHERE batch_id = $1 ORDER BY line_number`,
        [await batchOf(name)],
      );
      const expected = readCsv(file).map((row, index) => ({
        line_number: index + 2,
        type: row['Type'],
        at: row['Date']!.slice(0, 19),
        op: flag(row['Part of a policing operation']!),
        op_name: text(row['Policing operation']!),
        latitude: row['Latitude'] === '' ? null : Number(row['Latitude']),
        longitude: row['Longitude'] === '' ? null : Number(row['Longitude']),
        gender: text(row['Gender']!),
        age_range: text(row['Age range']!),
        self: text(row['Self-defined ethnicity']!),
        officer: text(row['Officer-defined ethnicity']!),
        legislation: text(row['Legislation']!),
        object: text(row['Object of search']!),
        outcome: text(row['Outcome']!),
        linked: flag(row['Outcome linked to object of search']!),
        removal: flag(row['Removal of more than just outer clothing']!),
      }));
      expect(records, name).toEqual(expected);
    }
  });
});

describe('London time', () => {
  it('puts the 38 rows of the April 2018 Met file dated 31 March (UTC) in April, as London saw them', async () => {
    const batch = await batchOf('2018-04-metropolitan-stop-and-search.csv');
    const rows = await db.sql<{ month: string; date: string; n: number }>(
      `SELECT to_char(local_month, 'YYYY-MM-DD') AS month, to_char(local_date, 'YYYY-MM-DD') AS date, count(*)::int AS n
         FROM stop_search_records WHERE batch_id = $1 AND occurred_at < '2018-04-01T00:00:00Z' GROUP BY 1, 2`,
      [batch],
    );
    expect(rows).toEqual([{ month: '2018-04-01', date: '2018-04-01', n: 38 }]);
    const utcMarch = facts.get('2018-04-metropolitan-stop-and-search.csv')!.dated.filter((date) => date.startsWith('2018-03'));
    expect(utcMarch).toHaveLength(38);
  });

  it("counts each Met month of 2018 as exactly its own file's rows, across both clock changes", async () => {
    const byMonth = await db.sql<{ month: string; n: number }>(
      `SELECT to_char(local_month, 'YYYY-MM') AS month, count(*)::int AS n FROM stop_search_records WHERE force = 'metropolitan' GROUP BY 1 ORDER BY 1`,
    );
    const expected = FILES.filter((f) => f.force === 'metropolitan').map((f) => ({ month: f.month, n: facts.get(f.name)!.rows }));
    expect(byMonth).toEqual(expected);
  });

  it("agrees with PostgreSQL's own Europe/London rules for every record's month and day", async () => {
    const [row] = await db.sql<{ wrong: number }>(
      `SELECT count(*)::int AS wrong FROM stop_search_records
        WHERE local_date <> (occurred_at AT TIME ZONE 'Europe/London')::date
           OR local_month <> date_trunc('month', occurred_at AT TIME ZONE 'Europe/London')::date`,
    );
    expect(row!.wrong).toBe(0);
  });
});

describe('enrichment', () => {
  it('maps both ethnicity fields to the five groups and "Not stated" as a hand-made table does', async () => {
    for (const { name } of FILES) {
      const stored = await db.sql<{ self: string; officer: string }>(
        'SELECT self_ethnic_group::text AS self, officer_ethnic_group::text AS officer FROM stop_search_records WHERE batch_id = $1',
        [await batchOf(name)],
      );
      expect(tally(stored.map((r) => r.self)), name).toEqual(facts.get(name)!.self);
      expect(tally(stored.map((r) => r.officer)), name).toEqual(facts.get(name)!.officer);
    }
  });

  it('matches the officer-defined Black and White counts for the 2018 Met files given in SOURCES.md', async () => {
    const rows = await db.sql<{ group: string; n: number }>(
      `SELECT officer_ethnic_group::text AS group, count(*)::int AS n FROM stop_search_records
        WHERE force = 'metropolitan' AND local_month BETWEEN '2018-01-01' AND '2018-12-01' GROUP BY 1`,
    );
    const counts = Object.fromEntries(rows.map((r) => [r.group, r.n]));
    expect([counts['Black'], counts['White']]).toEqual([63565, 52605]);
  });

  it('keeps unknown age and gender as unknown (null), never guessed', async () => {
    for (const { name } of FILES) {
      const [row] = await db.sql<{ age: number; gender: number }>(
        'SELECT count(*) FILTER (WHERE age_range IS NULL)::int AS age, count(*) FILTER (WHERE gender IS NULL)::int AS gender FROM stop_search_records WHERE batch_id = $1',
        [await batchOf(name)],
      );
      expect(row, name).toEqual({ age: facts.get(name)!.blankAge, gender: facts.get(name)!.blankGender });
    }
  });
});

describe('boroughs', () => {
  it('counts rows without a location and outside London per file as d3-geo does', async () => {
    for (const { name } of FILES) {
      const expected = facts.get(name)!.locations;
      expect(reports.get(name)!, name).toMatchObject({ locations: expected });
      const rows = await db.sql<{ status: string; n: number; with_code: number }>(
        `SELECT location_status AS status, count(*)::int AS n, count(borough_code)::int AS with_code
           FROM stop_search_records WHERE batch_id = $1 GROUP BY 1`,
        [await batchOf(name)],
      );
      for (const row of rows) {
        expect(row.n, `${name} ${row.status}`).toBe(expected[row.status as keyof typeof expected]);
        expect(row.with_code, `${name} ${row.status} borough codes`).toBe(row.status === 'london' ? row.n : 0);
      }
    }
    // SOURCES.md: two Met rows lie far outside London (2018-05 and 2018-09, latitude 52.1-52.3).
    // Other "outside" points sit just beyond London's edge (or its simplified outline).
    const farAway = await db.sql<{ month: string; status: string }>(
      `SELECT to_char(local_month, 'YYYY-MM') AS month, location_status AS status FROM stop_search_records
        WHERE force = 'metropolitan' AND latitude > 52 ORDER BY 1`,
    );
    expect(farAway).toEqual([
      { month: '2018-05', status: 'outside' },
      { month: '2018-09', status: 'outside' },
    ]);
  });

  it('puts each located row in the same borough as d3-geo, except points on a boundary line', async () => {
    const stored = await db.sql<{ latitude: number; longitude: number; borough_code: string; n: number }>(
      `SELECT latitude, longitude, borough_code, count(*)::int AS n FROM stop_search_records WHERE location_status = 'london' GROUP BY 1, 2, 3`,
    );
    const differing = stored.filter((p) => locate(p.latitude, p.longitude) !== p.borough_code);
    const rowsDiffering = differing.reduce((n, p) => n + p.n, 0);
    const rowsLocated = stored.reduce((n, p) => n + p.n, 0);
    // Planar and spherical tests may only disagree for a point sitting on an edge.
    expect(rowsDiffering / rowsLocated).toBeLessThan(0.0001);
    for (const p of differing) expect(metresToNearestBoundary(p.latitude, p.longitude), `${p.latitude},${p.longitude}`).toBeLessThan(5);
  });
});

describe('duplicates and the rollup', () => {
  it('keeps duplicate rows and flags only the doubled City of London 2020-07 file', async () => {
    for (const { name } of FILES) {
      const report = reports.get(name)!;
      expect(report.outcome === 'loaded' && report.duplicateRows, name).toBe(facts.get(name)!.duplicateRows);
      expect(report.outcome === 'loaded' && report.allRowsRepeated, name).toBe(name === '2020-07-city-of-london-stop-and-search.csv');
    }
    const flagged = await db.sql<{ file_name: string; rows_loaded: number }>('SELECT file_name, rows_loaded FROM import_batches WHERE all_rows_repeated');
    expect(flagged).toEqual([{ file_name: '2020-07-city-of-london-stop-and-search.csv', rows_loaded: 518 }]);
  });

  it('refreshes the monthly rollup of every month it loads', async () => {
    const mismatched = await db.sql(
      `SELECT r.force, to_char(r.local_month, 'YYYY-MM') AS month, r.n AS records, m.n AS searches
         FROM (SELECT force, local_month, count(*)::int AS n FROM stop_search_records GROUP BY 1, 2) r
         FULL JOIN (SELECT force, local_month, sum(searches)::int AS n FROM stop_search_monthly GROUP BY 1, 2) m USING (force, local_month)
        WHERE r.n IS DISTINCT FROM m.n`,
    );
    // The rollup counts the doubled file's 518 rows as the 259 searches they are (SOURCES.md, quirk 8).
    expect(mismatched).toEqual([{ force: 'city-of-london', month: '2020-07', records: 518, searches: 259 }]);
  });
});
