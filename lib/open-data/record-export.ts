// Streams every record matching a filter as CSV straight from PostgreSQL
// (COPY ... TO STDOUT): the server holds one chunk at a time whatever the
// size, and a client that goes away stops the query.
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { recordSelect, type RecordFilters } from '@/lib/open-data/record-query';

const BOM = new TextEncoder().encode('\uFEFF');
/** COPY sends one message per row; handing rows on in blocks of about this size keeps per-chunk overhead off the hot path. */
const BLOCK_BYTES = 64 * 1024;

async function* copyChunks(pool: pg.Pool, sql: string): AsyncGenerator<Uint8Array> {
  const client = await pool.connect();
  let finished = false;
  try {
    const stream = client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER true)`));
    yield BOM;
    let block: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      block.push(chunk as Buffer);
      size += (chunk as Buffer).byteLength;
      if (size >= BLOCK_BYTES) {
        yield Buffer.concat(block, size);
        block = [];
        size = 0;
      }
    }
    if (size) yield Buffer.concat(block, size);
    finished = true;
  } finally {
    // A connection left mid-COPY (client gone, or an error) is closed, not reused.
    client.release(finished ? undefined : new Error('record export stopped before its end'));
  }
}

/** The CSV body of a record export: UTF-8 with a byte order mark (as every CSV here), a header row, one line per record. */
export function recordCsvStream(pool: pg.Pool, filters: RecordFilters): ReadableStream<Uint8Array> {
  const chunks = copyChunks(pool, recordSelect(filters, 'csv'));
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** A file name that says what the export holds: force, months and each filter. */
export function recordExportFilename(filters: RecordFilters): string {
  const parts = [
    'stop-search-records',
    filters.force ?? 'london-forces',
    `${filters.from ?? 'first'}-to-${filters.to ?? 'latest'}`,
    ...Object.entries(filters.filters).map(([dimension, value]) => `${dimension === 'ethnicity' ? `${filters.ethnicity}-ethnic-group` : dimension}-${value}`),
  ];
  return `${parts.join('_').toLowerCase().replace(/[^a-z0-9_.-]+/g, '-')}.csv`;
}
