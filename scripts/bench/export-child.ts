// Child of bench:export: streams every record through the app's export (the
// same function the /data/stop-search-records.csv route uses) into a sink, so
// the parent can read this process's resident memory from /proc as it runs.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { recordCsvStream } from '../../lib/open-data/record-export.ts';

const [url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 1 });
let bytes = 0;
let lines = 0;
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
    done();
  },
});
await pipeline(Readable.fromWeb(recordCsvStream(pool, { ethnicity: 'officer', filters: {} }) as import('node:stream/web').ReadableStream), sink);
await pool.end();
process.send?.({ bytes, lines });
