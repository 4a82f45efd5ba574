// The record export's SQL was made cheaper (closed-list columns not defused,
// float text for coordinates instead of a numeric cast for nearly all). These
// tests hold it to the output it had before: the same CSV, byte for byte, as
// the straightforward SELECT written out below in plain SQL (every text column
// defused with a regex, coordinates through numeric), on real police.uk files
// with formula cells planted in every free-text column and the file name.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { RECORD_COLUMNS } from '../../lib/open-data/record-columns.ts';
import { recordCsvStream } from '../../lib/open-data/record-export.ts';
import { recordSelect } from '../../lib/open-data/record-query.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const RAW = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');
const FILES = [path.join(RAW, 'metropolitan/2018-07-metropolitan-stop-and-search.csv'), path.join(RAW, 'city-of-london/2018-07-city-of-london-stop-and-search.csv')];
const FORMULAS = ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tTAB', '\rCR', '\uFF1Dwide', '\uFF0B1', '\uFF0D1', '\uFF20x'];

/** Written independently of lib/open-data/sql-text.ts: a leading formula character gets an apostrophe. */
const defused = (sql: string) => `CASE WHEN ${sql} ~ '^[-=+@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]' THEN '''' || ${sql} ELSE ${sql} END`;

/** The export as first written: every text column defused, coordinates through numeric, a plain join. */
const STRAIGHTFORWARD = `
SELECT m.id::text, ${defused('m.type')},
       to_char(m.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       m.part_of_policing_operation::text, ${defused('m.policing_operation')},
       m.latitude::numeric::text, m.longitude::numeric::text,
       ${defused('m.gender')}, ${defused('m.age_range')}, ${defused('m.self_defined_ethnicity')}, ${defused('m.officer_defined_ethnicity')},
       ${defused('m.legislation')}, ${defused('m.object_of_search')}, ${defused('m.outcome')},
       m.outcome_linked_to_object::text, m.removal_of_more_than_outer_clothing::text,
       ${defused('m.force')}, to_char(m.local_month, 'YYYY-MM'), m.officer_ethnic_group::text, m.self_ethnic_group::text,
       CASE WHEN m.location_status = 'london' THEN m.borough_code ELSE m.location_status END,
       ${defused(`b.file_name || ':' || m.line_number`)}
  FROM stop_search_records m JOIN import_batches b ON b.id = m.batch_id
 WHERE b.status = 'loaded'
 ORDER BY m.id`;

let db: TestDatabase;
let pool: pg.Pool;

async function copyText(select: string): Promise<string> {
  const client = await pool.connect();
  try {
    const chunks: Buffer[] = [];
    await pipeline(client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`)), new Writable({ write(chunk: Buffer, _e, done) { chunks.push(chunk); done(); } }));
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    client.release();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  for (const file of FILES) await importPoliceFile(pool, file);
  // Formula cells in every free-text column (a published file could carry them) and in the stored file name.
  const free = ['policing_operation', 'self_defined_ethnicity', 'legislation', 'object_of_search', 'outcome'];
  const ids = await db.sql<{ id: string }>(`SELECT id::text AS id FROM stop_search_records WHERE force = 'metropolitan' ORDER BY id LIMIT ${FORMULAS.length}`);
  for (const [i, { id }] of ids.entries()) {
    await db.sql(`UPDATE stop_search_records SET ${free.map((c) => `${c} = $1`).join(', ')} WHERE id = $2`, [FORMULAS[i], id]);
  }
  await db.sql(`UPDATE import_batches SET file_name = '=HYPERLINK("http://evil")' || file_name WHERE force = 'city-of-london'`);
  // Coordinates on both sides of where float8 text switches to exponent form (Greenwich is in London).
  await db.sql(`UPDATE stop_search_records s SET longitude = t.v
                  FROM (SELECT id, (ARRAY[0.0001, -0.0001, 0.00009, -0.000012, 0, -0.00099999, 1e-7, -5e-5])[row_number() OVER (ORDER BY id)]::float8 AS v
                          FROM (SELECT id FROM stop_search_records WHERE longitude IS NOT NULL ORDER BY id DESC LIMIT 8) AS last) AS t
                 WHERE s.id = t.id`);
}, 600_000);

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

describe('the record export SQL', () => {
  it('gives, byte for byte, the CSV of the straightforward SELECT on real records with formula cells', async () => {
    const planted = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM stop_search_records WHERE policing_operation = ANY($1)`, [FORMULAS]);
    expect(planted[0]!.n).toBe(FORMULAS.length);
    const expected = await copyText(STRAIGHTFORWARD);
    const actual = await copyText(recordSelect({ ethnicity: 'officer', filters: {} }, 'csv'));
    expect(actual.split('\n').length).toBeGreaterThan(9_000);
    const a = actual.split('\n');
    const e = expected.split('\n');
    const first = a.findIndex((line, i) => line !== e[i]);
    expect(first === -1 ? null : { actual: a[first], expected: e[first] }).toBeNull();
    expect(a.length).toBe(e.length);
  });

  it('defuses a formula in the file name in every record of that batch, through the streamed export', async () => {
    const text = await new Response(recordCsvStream(pool, { force: 'city-of-london', ethnicity: 'officer', filters: {} })).text();
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(RECORD_COLUMNS.map((c) => c.name));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.source_file!.startsWith(`'=HYPERLINK("http://evil")2018-07-city-of-london-stop-and-search.csv:`))).toBe(true);
    const metropolitan = parse(await new Response(recordCsvStream(pool, { force: 'metropolitan', ethnicity: 'officer', filters: {} })).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(metropolitan.every((r) => /^2018-07-metropolitan-stop-and-search\.csv:\d+$/.test(r.source_file!))).toBe(true);
  });

  it('writes coordinates exactly as a numeric cast does, without exponent form, across the float8 switch-over', async () => {
    const latitude = RECORD_COLUMNS.find((c) => c.name === 'Latitude')!.sql;
    const rows = await db.sql<{ v: number; ours: string | null; numeric: string | null }>(`
      SELECT m.latitude AS v, ${latitude} AS ours, m.latitude::numeric::text AS numeric
        FROM (SELECT (i / 1e6)::float8 AS latitude FROM generate_series(-300000, 300000) AS i
              UNION ALL SELECT (51 + i / 1e6)::float8 FROM generate_series(0, 999999, 997) AS i
              UNION ALL SELECT (-0.5 + i / 1e7)::float8 FROM generate_series(0, 9999999, 9973) AS i
              UNION ALL SELECT v FROM unnest(ARRAY[0.0001, -0.0001, 0.000099999, 1e-7, -1e-9, 90, -90, 180, -180, -0.0, 0, NULL]::float8[]) AS v) AS m`);
    expect(rows.length).toBeGreaterThan(600_000);
    const differ = rows.filter((r) => r.ours !== r.numeric);
    expect(differ.slice(0, 5)).toEqual([]);
    expect(rows.some((r) => r.ours !== null && /e/i.test(r.ours))).toBe(false);
  });
});
