// Child of bench:export: streams every record through the app's export (the
// same function the /data/stop-search-records.csv route uses) into a sink, so
// the parent can read this process's resident memory from /proc as it runs.
// It also samples V8's own counters, which say whether growth in resident
// memory is the JavaScript heap (objects kept alive) or not.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { recordCsvStream } from '../../lib/open-data/record-export.ts';

export interface HeapSample {
  ms: number;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  /** Buffers and other memory outside the V8 heap. */
  externalMb: number;
}

const MB = 1_000_000;
const [url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 1 });
let bytes = 0;
let lines = 0;
const started = performance.now();
const samples: HeapSample[] = [];
const sample = () => {
  const m = process.memoryUsage();
  samples.push({ ms: Math.round(performance.now() - started), rssMb: m.rss / MB, heapUsedMb: m.heapUsed / MB, heapTotalMb: m.heapTotal / MB, externalMb: m.external / MB });
};
const timer = setInterval(sample, 100);
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
    done();
  },
});
await pipeline(Readable.fromWeb(recordCsvStream(pool, { ethnicity: 'officer', filters: {} }) as import('node:stream/web').ReadableStream), sink);
clearInterval(timer);
sample();
// After a full collection, what is still alive: if the export retained anything per row, it would show here.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const afterGc = process.memoryUsage();
await pool.end();
process.send?.({ bytes, lines, samples, heapUsedAfterGcMb: gc ? afterGc.heapUsed / MB : null });
