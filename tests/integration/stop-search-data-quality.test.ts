// The data-quality page's figures (files, rows, rejected rows, searches
// without a location, outside London or without an ethnicity) against an
// independent reading of the same CSV files: csv-parse and d3-geo, not the
// importer. Every City of London month (it includes the file printed twice)
// and two Met months (one in summer time) are imported.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { independentBoroughLocator } from '../fixtures/import/independent-boroughs.ts';
import { pointAppAt, releaseApp } from './support/app-database.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Queries = typeof import('../../lib/queries/stop-search-data-quality.ts');
type Route = { GET: () => Promise<Response> };

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const FILES = [
  ...readdirSync(path.join(RAW, 'city-of-london'))
    .filter((name) => name.endsWith('-stop-and-search.csv'))
    .map((name) => ({ force: 'city-of-london', file: path.join(RAW, 'city-of-london', name) })),
  ...['2018-01', '2018-07'].map((month) => ({ force: 'metropolitan', file: path.join(RAW, 'metropolitan', `${month}-metropolitan-stop-and-search.csv`) })),
];

type CsvRow = Record<string, string>;
const readCsv = (file: string): CsvRow[] => parse(readFileSync(file), { columns: true, skip_empty_lines: true });

interface Expected {
  files: number;
  months: string[];
  rows: number;
  searches: number;
  none: number;
  outside: number;
  officerNotStated: number;
  selfNotStated: number;
}

// Worked out from the CSV text alone. A file in which every line appears at
// least twice is one list printed twice, so each search is half its lines.
function expectedByForce(): Map<string, Expected> {
  const locate = independentBoroughLocator();
  const byForce = new Map<string, Expected>();
  for (const { force, file } of FILES) {
    const rows = readCsv(file);
    const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
    const copies = new Map<string, number>();
    for (const line of lines) copies.set(line, (copies.get(line) ?? 0) + 1);
    const printedTwice = [...copies.values()].every((n) => n >= 2);
    const weight = printedTwice ? 0.5 : 1;
    const e = byForce.get(force) ?? { files: 0, months: [], rows: 0, searches: 0, none: 0, outside: 0, officerNotStated: 0, selfNotStated: 0 };
    e.files += 1;
    e.months.push(path.basename(file).slice(0, 7));
    e.rows += rows.length;
    for (const row of rows) {
      e.searches += weight;
      if (row.Latitude === '' || row.Longitude === '') e.none += weight;
      else if (locate(Number(row.Latitude), Number(row.Longitude)) === 'outside') e.outside += weight;
      if (row['Officer-defined ethnicity'] === '') e.officerNotStated += weight;
      const self = row['Self-defined ethnicity'] ?? '';
      if (self === '' || /not stated/i.test(self)) e.selfNotStated += weight;
    }
    byForce.set(force, e);
  }
  return byForce;
}

let db: TestDatabase;
let queries: Queries;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
  pointAppAt(db);
  queries = await import('../../lib/queries/stop-search-data-quality.ts');
}, 120_000);

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

describe('the data-quality page', () => {
  it('says nothing is imported yet rather than showing zeros', async () => {
    expect(await queries.getStopSearchRecordQuality(db.prisma)).toEqual([]);
  });

  it('counts files, rows and what the figures cannot place or group exactly as the CSV files give them', async () => {
    for (const { file } of FILES) await importPoliceFile(db.url, file);
    const expected = expectedByForce();
    const rows = await queries.getStopSearchRecordQuality(db.prisma);
    expect(rows.map((r) => r.force)).toEqual(['city-of-london', 'metropolitan']);
    for (const row of rows) {
      const e = expected.get(row.force)!;
      const months = [...e.months].sort();
      expect(row, row.force).toMatchObject({
        files: e.files,
        first_month: months[0],
        last_month: months.at(-1),
        rows_published: e.rows,
        rows_rejected: 0,
        searches: e.searches,
        no_location: e.none,
        outside_london: e.outside,
        officer_ethnicity_not_stated: e.officerNotStated,
        self_ethnicity_not_stated: e.selfNotStated,
      });
    }
    const city = rows.find((r) => r.force === 'city-of-london')!;
    expect(city.repeated_files).toBe(1);
    expect(city.rows_published - city.searches).toBe(259);
  }, 180_000);

  it('downloads the table it shows', async () => {
    const route = (await import('../../app/(public)/stop-and-search/data-quality/records.csv/route.ts')) as Route;
    const csv = parse(await (await route.GET()).text(), { bom: true, comment: '#', columns: true, skip_empty_lines: true }) as CsvRow[];
    const rows = await queries.getStopSearchRecordQuality(db.prisma);
    expect(csv.map((r) => [r.force, Number(r.searches), Number(r.no_location), Number(r.outside_london)])).toEqual(
      rows.map((r) => [r.force, r.searches, r.no_location, r.outside_london]),
    );
  });

  it('lists every seeded official figure once in the comparison, and its CSV holds the same rows', async () => {
    const [{ n }] = (await db.sql<{ n: number }>("SELECT count(*)::int AS n FROM observations WHERE indicator_id LIKE 'official-ss-%'")) as [{ n: number }];
    const { reconciliation } = await queries.getStopSearchDataQuality(db.prisma);
    expect(reconciliation).toHaveLength(n);
    const route = (await import('../../app/(public)/stop-and-search/data-quality/reconciliation.csv/route.ts')) as Route;
    const csv = parse(await (await route.GET()).text(), { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true }) as CsvRow[];
    expect(csv.map((r) => [r.indicator_id, r.comparison])).toEqual(reconciliation.map((r) => [r.indicator_id, r.status]));
  });
});
