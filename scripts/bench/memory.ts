// bench:memory — resident memory of the importer while it loads one very large
// file (~1 GB, ~4.5 million rows: every real Met month written again and again,
// re-dated into January 2016, one day further on at each pass so the copies
// are not identical). The import runs in a child process whose VmRSS is read
// from /proc every 100 ms; the kernel's own high-water mark (VmHWM) is read at
// the end, so a peak between two samples is not missed. Target: peak < 300 MB
// and flat as the file grows. `--size 200MB` builds a smaller file.
import { fork } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, UsageError } from '../run-cli.ts';
import type { ChildMessage } from './memory-child.ts';
import { startBenchDatabase } from './support/bench-database.ts';
import { describeMachine, machineLine } from './support/machine.ts';
import { daysIn, realMetFiles, writeSyntheticFile } from './support/redate.ts';
import { metLabel, writeResult } from './support/results.ts';
import { round, thousands } from './support/stats.ts';

const TARGET_PEAK_MB = 300;
const SAMPLE_EVERY_MS = 100;
const YEAR = 2016;
const MONTH = 1;
const MB = 1_000_000;

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(GB|MB|G|M)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--size must look like 1GB or 200MB, not "${text}"`);
  return Number(m[1]) * (/^g/i.test(m[2] ?? 'MB') ? 1000 * MB : MB);
}

/** VmRSS and VmHWM of a process, in MB, from /proc (Linux). */
async function residentMb(pid: number): Promise<{ rss: number; hwm: number } | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status ?? '')?.[1] ?? Number.NaN);
  const rss = kb('VmRSS');
  // A process that has exited but not been reaped has no memory lines left.
  if (Number.isNaN(rss)) return undefined;
  return { rss: (rss * 1024) / MB, hwm: (kb('VmHWM') * 1024) / MB };
}

interface Sample {
  ms: number;
  rssMb: number;
  phase: string;
  rowsRead: number;
}

async function measureImport(url: string, file: string) {
  const child = fork(path.join(import.meta.dirname, 'memory-child.ts'), [url, file], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const started = performance.now();
  const samples: Sample[] = [];
  let state = { phase: 'starting', rowsRead: 0, total: null as number | null };
  let finished: Extract<ChildMessage, { kind: 'finished' }> | undefined;
  let failure: string | undefined;
  let hwm = 0;
  child.on('message', (m: ChildMessage) => {
    if (m.kind === 'progress') {
      const quarter = (p: { rowsRead: number; total: number | null }) => (p.total ? Math.floor((4 * p.rowsRead) / p.total) : 0);
      if (m.phase !== state.phase || quarter(m) !== quarter(state)) {
        console.log(`  ${m.phase}: ${thousands(m.rowsRead)} rows after ${round((performance.now() - started) / 1000)} s`);
      }
      state = { phase: m.phase, rowsRead: m.rowsRead, total: m.total };
    }
    else if (m.kind === 'finished') finished = m;
    else failure = m.message;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    const now = await residentMb(child.pid!);
    if (now) {
      hwm = Math.max(hwm, now.hwm);
      samples.push({ ms: Math.round(performance.now() - started), rssMb: round(now.rss), phase: state.phase, rowsRead: state.rowsRead });
    }
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
  }
  const code = await exited;
  if (code !== 0 || !finished) throw new Error(`the import failed: ${failure ?? `exit code ${code}`}`);
  return { samples, hwm, finished, total: state.total ?? finished.rowsLoaded, elapsedMs: performance.now() - started };
}

/** RSS when reading had got through 25, 50, 75 and 100% of the rows, then the peak while PostgreSQL saves. */
function checkpoints(samples: Sample[], total: number) {
  const reading = samples.filter((s) => s.phase === 'reading' || s.phase === 'starting');
  const at = (share: number) => {
    const sample = reading.find((s) => s.rowsRead >= share * total) ?? reading.at(-1);
    return { progress: `${share * 100}%`, rowsRead: sample?.rowsRead ?? 0, rssMb: sample?.rssMb ?? Number.NaN, atMs: sample?.ms ?? 0 };
  };
  const saving = samples.filter((s) => s.phase !== 'reading' && s.phase !== 'starting');
  return {
    reading: [0.25, 0.5, 0.75, 1].map(at),
    peakWhileSavingMb: saving.length ? Math.max(...saving.map((s) => s.rssMb)) : null,
  };
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1GB' } } });
  const targetBytes = parseSize(values.size!);
  const folder = await mkdtemp(path.join(tmpdir(), 'dashboard-bench-memory-'));
  const file = path.join(folder, `${YEAR}-${String(MONTH).padStart(2, '0')}-metropolitan-stop-and-search.csv`);
  const db = await startBenchDatabase();
  try {
    const machine = await describeMachine(db.pool);
    console.log(`bench:memory — building a ${round(targetBytes / MB, 0)} MB file from the real Met months, re-dated into ${YEAR}-0${MONTH} (synthetic)…`);
    const buildStarted = performance.now();
    const built = await writeSyntheticFile(await realMetFiles(), file, {
      year: YEAR,
      month: MONTH,
      maxBytes: targetBytes,
      day: (day, pass) => ((day - 1 + pass) % daysIn(YEAR, MONTH)) + 1,
    });
    console.log(`  ${thousands(built.rows)} rows, ${round(built.bytes / MB)} MB in ${round((performance.now() - buildStarted) / 1000)} s; importing in a child process…`);
    const run = await measureImport(db.url, file);
    const marks = checkpoints(run.samples, run.total);
    const peakSampled = Math.max(...run.samples.map((s) => s.rssMb));
    const peak = Math.max(peakSampled, run.hwm);
    const readingRss = marks.reading.map((m) => m.rssMb);
    const growth = readingRss.at(-1)! - readingRss[0]!;
    const result = {
      machine,
      synthetic: true,
      file: { name: path.basename(file), bytes: built.bytes, rows: built.rows, how: `every real Met month (13 files) written repeatedly, each row moved to the same London wall-clock time in ${YEAR}-0${MONTH}, one day later per pass` },
      rowsLoaded: run.finished.rowsLoaded,
      importSeconds: round(run.elapsedMs / 1000),
      rowsPerSecond: Math.round((run.finished.rowsLoaded / run.elapsedMs) * 1000),
      peakRssMb: round(peak),
      peakRssSampledMb: peakSampled,
      vmHwmMb: round(run.hwm),
      rssAtProgressMb: marks.reading,
      peakWhileSavingMb: marks.peakWhileSavingMb,
      rssGrowth25To100PercentMb: round(growth),
      sampleEveryMs: SAMPLE_EVERY_MS,
      samples: run.samples.filter((_, i) => i % 10 === 0), // one a second is enough to plot
      target: { peakRssBelowMb: TARGET_PEAK_MB, met: peak < TARGET_PEAK_MB },
    };
    const written = await writeResult('memory', result);
    console.log(`\n${machineLine(machine)}`);
    console.log(`imported ${thousands(run.finished.rowsLoaded)} rows (${round(built.bytes / MB)} MB, synthetic) in ${round(run.elapsedMs / 1000)} s, ${thousands(result.rowsPerSecond)} rows/s`);
    console.log(`RSS while reading: ${marks.reading.map((m) => `${m.progress} ${m.rssMb} MB`).join(', ')} (growth 25→100%: ${round(growth)} MB)`);
    console.log(`peak while PostgreSQL saves and rolls up: ${marks.peakWhileSavingMb ?? '–'} MB`);
    console.log(`peak RSS ${round(peak)} MB (kernel high-water mark ${round(run.hwm)} MB; target < ${TARGET_PEAK_MB} MB): ${metLabel(peak < TARGET_PEAK_MB)}`);
    console.log(`written to ${written}`);
  } finally {
    await db.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

runCli(main);
