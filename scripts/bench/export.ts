// bench:export: the record-level CSV export against plain COPY, and its memory.
// Rows: one real Met month imported through the importer, then copied with
// INSERT ... SELECT over generate_series until there are ~3 million (SYNTHETIC:
// the same searches repeated, shifted by whole days; never shown in the app).
// 1. Throughput: the export (recordCsvStream: defusing, ISO dates, derived
//    columns, the batch join) ÷ `COPY (SELECT * FROM stop_search_records) TO
//    STDOUT (FORMAT csv)` of the same rows, alternated in the same run. Target ≥ 0.5.
// 2. Memory: the export run in a child process whose VmRSS is sampled every
//    100 ms (and VmHWM read at the end). Target: peak < 200 MB and flat.
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { recordCsvStream } from '../../lib/open-data/record-export.ts';
import { recordSelect } from '../../lib/open-data/record-query.ts';
import { runCli } from '../run-cli.ts';
import { startBenchDatabase } from './support/bench-database.ts';
import { describeMachine, machineLine } from './support/machine.ts';
import { realMetFiles } from './support/redate.ts';
import { metLabel, writeResult } from './support/results.ts';
import { round, thousands } from './support/stats.ts';
import type { HeapSample } from './export-child.ts';

const TARGET_RATIO = 0.5;
const TARGET_PEAK_MB = 200;
const MB = 1_000_000;

async function countingSink(source: Readable): Promise<number> {
  let bytes = 0;
  await pipeline(source, new Writable({ write(chunk: Buffer, _e, done) { bytes += chunk.byteLength; done(); } }));
  return bytes;
}

async function timeCopy(pool: pg.Pool, select = 'SELECT * FROM stop_search_records'): Promise<{ seconds: number; bytes: number }> {
  const client = await pool.connect();
  try {
    const started = performance.now();
    const bytes = await countingSink(client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true)`)));
    return { seconds: (performance.now() - started) / 1000, bytes };
  } finally {
    client.release();
  }
}

async function timeExport(pool: pg.Pool): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const bytes = await countingSink(Readable.fromWeb(recordCsvStream(pool, { ethnicity: 'officer', filters: {} }) as WebReadableStream));
  return { seconds: (performance.now() - started) / 1000, bytes };
}

async function synthesise(pool: pg.Pool, target: number): Promise<number> {
  const files = await realMetFiles();
  const file = files.find((f) => f.endsWith('2018-07-metropolitan-stop-and-search.csv')) ?? files[0]!;
  await importPoliceFile(pool, file);
  const { rows: cols } = await pool.query<{ c: string }>(
    `SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'stop_search_records' AND column_name NOT IN ('id', 'occurred_at', 'local_date') ORDER BY ordinal_position`,
  );
  const names = cols.map((r) => `"${r.c}"`).join(', ');
  const [{ n: real } = { n: 0 }] = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM stop_search_records')).rows;
  const copies = Math.ceil(target / real) - 1;
  for (let from = 1; from <= copies; from += 25) {
    const to = Math.min(copies, from + 24);
    // Only real rows (id ≤ real) are copied; each copy is shifted by g days so no two rows are identical.
    await pool.query(
      `INSERT INTO stop_search_records (${names}, occurred_at, local_date)
       SELECT ${names}, r.occurred_at + g * interval '1 day', r.local_date + g FROM stop_search_records r CROSS JOIN generate_series(${from}, ${to}) g WHERE r.id <= ${real}`,
    );
    process.stdout.write(`\r  synthetic rows: ${thousands(real * (to + 1))}`);
  }
  console.log();
  await pool.query('ANALYZE stop_search_records');
  return (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM stop_search_records')).rows[0]!.n;
}

async function residentMb(pid: number): Promise<{ rss: number; hwm: number } | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status ?? '')?.[1] ?? Number.NaN);
  if (Number.isNaN(kb('VmRSS'))) return undefined;
  return { rss: (kb('VmRSS') * 1024) / MB, hwm: (kb('VmHWM') * 1024) / MB };
}

/** The highest value in each quarter of a run: growth across quarters is drift, a flat line is steady state. */
function quarterPeaks(values: number[]): number[] {
  const size = Math.max(1, Math.ceil(values.length / 4));
  return [0, 1, 2, 3].map((q) => round(Math.max(...values.slice(q * size, (q + 1) * size), 0)));
}

async function measureMemory(url: string, nodeFlags: string[]) {
  // --expose-gc lets the child collect once at the end and report what is still alive.
  const child = fork(path.join(import.meta.dirname, 'export-child.ts'), [url], { execArgv: ['--import', 'tsx', '--expose-gc', ...nodeFlags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const started = performance.now();
  const samples: { ms: number; rssMb: number }[] = [];
  let result: { bytes: number; lines: number; samples: HeapSample[]; heapUsedAfterGcMb: number | null } | undefined;
  child.on('message', (m: typeof result) => (result = m));
  let running = true;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => { running = false; resolve(code); }));
  let hwm = 0;
  while (running) {
    const now = await residentMb(child.pid!);
    if (now) {
      hwm = Math.max(hwm, now.hwm);
      samples.push({ ms: Math.round(performance.now() - started), rssMb: round(now.rss) });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if ((await exited) !== 0 || !result) throw new Error('The export child failed');
  const rss = samples.map((s) => s.rssMb);
  // Flat: the last quarter's highest resident memory is no more than 10% above the second quarter's (the
  // first includes start-up). Peaks, not means: a quarter's mean includes the climb from start-up to the
  // plateau, so it reported growth where the highest values showed none.
  const rssPeaks = quarterPeaks(rss);
  const growth = rssPeaks[3]! / rssPeaks[1]!;
  const heap = {
    rssQuarterPeaksMb: rssPeaks,
    heapUsedQuarterPeaksMb: quarterPeaks(result.samples.map((s) => s.heapUsedMb)),
    heapTotalQuarterPeaksMb: quarterPeaks(result.samples.map((s) => s.heapTotalMb)),
    externalQuarterPeaksMb: quarterPeaks(result.samples.map((s) => s.externalMb)),
    heapUsedAfterGcMb: result.heapUsedAfterGcMb === null ? null : round(result.heapUsedAfterGcMb),
  };
  return { peakMb: round(Math.max(hwm, ...rss)), growth: round(growth, 3), seconds: round((performance.now() - started) / 1000), lines: result.lines, nodeFlags, heap, samples, heapSamples: result.samples };
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '3000000' },
      // Node flags for the memory child only, e.g. --node-flag=--max-semi-space-size=1 to see how V8's young generation sizes the peak.
      'node-flag': { type: 'string', multiple: true, default: [] },
      'memory-only': { type: 'boolean', default: false },
      // Alternated throughput runs; the best of each side is compared.
      runs: { type: 'string', default: '2' },
    },
  });
  const target = Number(values.rows);
  const db = await startBenchDatabase();
  try {
    const machine = await describeMachine(db.pool);
    console.log(`Machine: ${machineLine(machine)}`);
    const rows = await synthesise(db.pool, target);
    console.log(`Rows: ${thousands(rows)} (one real month, the rest SYNTHETIC copies)`);
    const copy: number[] = [];
    const ours: number[] = [];
    // The export's own SELECT through plain COPY: splits the export's cost between SQL (formatting, defusing) and Node.
    const sqlOnly: number[] = [];
    for (let i = 0; i < (values['memory-only'] ? 0 : Number(values.runs)); i++) {
      const c = await timeCopy(db.pool);
      const e = await timeExport(db.pool);
      const q = await timeCopy(db.pool, recordSelect({ ethnicity: 'officer', filters: {} }, 'csv'));
      copy.push(c.seconds);
      ours.push(e.seconds);
      sqlOnly.push(q.seconds);
      console.log(`  run ${i + 1}: COPY ${round(c.seconds)} s (${thousands(c.bytes / MB)} MB), export ${round(e.seconds)} s (${thousands(e.bytes / MB)} MB), export SELECT via COPY ${round(q.seconds)} s`);
    }
    const ratio = copy.length ? round(Math.min(...copy) / Math.min(...ours), 2) : null;
    if (ratio !== null) {
      console.log(`Throughput: export ${thousands(rows / Math.min(...ours))} rows/s, COPY ${thousands(rows / Math.min(...copy))} rows/s, ratio ${ratio} (target ≥ ${TARGET_RATIO}: ${metLabel(ratio >= TARGET_RATIO)})`);
    }
    const memory = await measureMemory(db.url, values['node-flag']);
    const flat = memory.growth <= 1.1;
    console.log(`Memory: peak ${memory.peakMb} MB over ${memory.seconds} s, last/second quarter ${memory.growth} (target < ${TARGET_PEAK_MB} MB and flat: ${metLabel(memory.peakMb < TARGET_PEAK_MB && flat)})`);
    const h = memory.heap;
    console.log(`  highest per quarter: resident ${h.rssQuarterPeaksMb.join(' / ')} MB; V8 heap used ${h.heapUsedQuarterPeaksMb.join(' / ')} MB; heap reserved ${h.heapTotalQuarterPeaksMb.join(' / ')} MB; external ${h.externalQuarterPeaksMb.join(' / ')} MB; heap used after a full GC at the end ${h.heapUsedAfterGcMb} MB`);
    const file = await writeResult('export', {
      machine,
      synthetic: 'one real Met month imported, copied with INSERT ... SELECT over generate_series (shifted by whole days)',
      rows,
      throughput: ratio === null ? null : { copySeconds: copy, exportSeconds: ours, exportSelectViaCopySeconds: sqlOnly, ratio, target: TARGET_RATIO, met: ratio >= TARGET_RATIO },
      memory: { ...memory, targetPeakMb: TARGET_PEAK_MB, met: memory.peakMb < TARGET_PEAK_MB && flat },
    });
    console.log(`Results: ${file}`);
  } finally {
    await db.stop();
  }
});
