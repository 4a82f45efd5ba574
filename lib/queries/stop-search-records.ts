// Record-level stop-and-search reads: a page for the API (keyset on id) and
// the streamed CSV export. Both use the statement in lib/open-data/record-query.ts.
import 'server-only';
import type pg from 'pg';
import { RECORD_COLUMNS } from '@/lib/open-data/record-columns';
import { recordCsvStream } from '@/lib/open-data/record-export';
import { recordSelect, type RecordFilters, type RecordPage } from '@/lib/open-data/record-query';
import { getExportPool } from '@/lib/open-data/pg-pool';

export type RecordRow = Record<string, string | number | boolean | null>;

function typed(raw: Record<string, string | null>): RecordRow {
  const row: RecordRow = {};
  for (const column of RECORD_COLUMNS) {
    const value = raw[column.name] ?? null;
    row[column.name] =
      value === null ? null
      : column.type === 'integer' || column.type === 'number' ? Number(value)
      : column.type === 'boolean' ? value === 'true'
      : value;
  }
  return row;
}

/** One page of records after the cursor, and the cursor of the next page (null on the last). */
export async function getRecordPage(filters: RecordFilters, page: RecordPage, pool: pg.Pool = getExportPool()): Promise<{ records: RecordRow[]; nextAfter: string | null }> {
  // One more than asked tells whether another page exists without a count.
  const { rows } = await pool.query<Record<string, string | null>>(recordSelect(filters, 'json', { ...page, limit: page.limit + 1 }));
  const records = rows.slice(0, page.limit).map(typed);
  const last = records.at(-1);
  return { records, nextAfter: rows.length > page.limit && last ? String(last.id) : null };
}

export function streamRecordsCsv(filters: RecordFilters, pool: pg.Pool = getExportPool()): ReadableStream<Uint8Array> {
  return recordCsvStream(pool, filters);
}

/** Changes whenever an import changes the records: the ETag of a streamed export, which cannot hash its body. */
export async function recordsVersion(pool: pg.Pool = getExportPool()): Promise<string> {
  const { rows } = await pool.query<{ v: string }>(
    `SELECT count(*) || ':' || coalesce(to_char(max(coalesce(finished_at, started_at)), 'YYYYMMDDHH24MISSUS'), '') AS v FROM import_batches`,
  );
  return rows[0]?.v ?? '';
}
