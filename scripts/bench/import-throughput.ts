// bench:import — the importer's rows per second against a baseline measured
// in the same run on the same file: PostgreSQL's own COPY of the CSV into an
// UNLOGGED table of text columns (no validation, no enrichment, no WAL). The
// importer runs as it does for real: sha256, parse, validate, enrich (London
// dates, ethnic groups, borough point-in-polygon), COPY into staging, move
// into stop_search_records, refresh the rollup, commit. Target: ratio >= 0.5.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { from as copyFrom } from 'pg-copy-streams';
import { importPoliceFile } from '@/lib/importers/police-uk/import-file';
import { runCli } from '../run-cli.ts';
import { emptyImportTables, startBenchDatabase, type BenchDatabase } from './support/bench-database.ts';
import { describeMachine, machineLine } from './support/machine.ts';
import { parseOnlyMs, parseValidateEnrichMs } from './support/node-stages.ts';
import { MET_DIR, monthOfFile } from './support/redate.ts';
import { metLabel, writeResult } from './support/results.ts';
import { median, round, thousands } from './support/stats.ts';

const TARGET_RATIO = 0.5;
const COLUMNS = 15;

async function baselineCopy(db: BenchDatabase, file: string): Promise<{ ms: number; rows: number }> {
  await db.pool.query('TRUNCATE bench_copy_baseline');
  const client = await db.pool.connect();
  try {
    const started = performance.now();
    const copy = client.query(copyFrom('COPY bench_copy_baseline FROM STDIN WITH (FORMAT csv, HEADER true)'));
    await pipeline(createReadStream(file), copy);
    return { ms: performance.now() - started, rows: Number(copy.rowCount) };
  } finally {
    client.release();
  }
}

async function importerRun(db: BenchDatabase, file: string): Promise<{ ms: number; rows: number; readingMs: number }> {
  await emptyImportTables(db.pool);
  const started = performance.now();
  let savingAt: number | undefined;
  const report = await importPoliceFile(db.pool, file, {
    onProgress: (p) => {
      if (p.phase === 'saving' && savingAt === undefined) savingAt = performance.now();
    },
  });
  const ms = performance.now() - started;
  if (report.outcome !== 'loaded') throw new Error(`expected the file to load, got ${report.outcome}`);
  return { ms, rows: report.rowsLoaded, readingMs: (savingAt ?? started) - started };
}

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, file: { type: 'string', default: path.join(MET_DIR, '2018-08-metropolitan-stop-and-search.csv') } },
  });
  const runs = Number(values.runs);
  const file = values.file!;
  const db = await startBenchDatabase();
  try {
    const machine = await describeMachine(db.pool);
    const columns = Array.from({ length: COLUMNS }, (_, i) => `c${i + 1} text`).join(', ');
    await db.pool.query(`CREATE UNLOGGED TABLE bench_copy_baseline (${columns})`);
    console.log(`bench:import — ${path.basename(file)}, ${runs} timed runs each after one warm-up, alternating order`);
    await baselineCopy(db, file);
    await importerRun(db, file);
    const baseline: { ms: number; rows: number }[] = [];
    const importer: { ms: number; rows: number; readingMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always meets a warmer cache.
      if (i % 2 === 0) {
        baseline.push(await baselineCopy(db, file));
        importer.push(await importerRun(db, file));
      } else {
        importer.push(await importerRun(db, file));
        baseline.push(await baselineCopy(db, file));
      }
      console.log(`  run ${i + 1}: COPY ${round(baseline.at(-1)!.ms)} ms, importer ${round(importer.at(-1)!.ms)} ms`);
    }
    // Where the importer's time goes: its Node side alone, no database.
    const parseMs: number[] = [];
    const enrichMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      parseMs.push(await parseOnlyMs(file));
      enrichMs.push(await parseValidateEnrichMs(file, monthOfFile(file)));
    }
    const rows = importer[0]!.rows;
    if (baseline.some((b) => b.rows !== rows)) throw new Error('the baseline COPY and the importer loaded different row counts');
    const baselineMs = median(baseline.map((b) => b.ms));
    const importerMs = median(importer.map((r) => r.ms));
    const readingMs = median(importer.map((r) => r.readingMs));
    const baselineRowsPerSecond = (rows / baselineMs) * 1000;
    const importerRowsPerSecond = (rows / importerMs) * 1000;
    const ratio = importerRowsPerSecond / baselineRowsPerSecond;
    const result = {
      machine,
      file: path.basename(file),
      fileBytes: statSync(file).size,
      rows,
      runs,
      baseline: { what: 'COPY … FROM STDIN (FORMAT csv) into an UNLOGGED table of 15 text columns, streamed from the file', medianMs: round(baselineMs), rowsPerSecond: Math.round(baselineRowsPerSecond), runsMs: baseline.map((b) => round(b.ms)) },
      importer: {
        what: 'importPoliceFile: sha256, parse, validate, enrich, COPY into staging, insert, rollup, commit',
        medianMs: round(importerMs),
        rowsPerSecond: Math.round(importerRowsPerSecond),
        medianReadingPhaseMs: round(readingMs),
        medianSavingPhaseMs: round(importerMs - readingMs),
        runsMs: importer.map((r) => round(r.ms)),
      },
      nodeSideAlone: {
        what: 'no database: readPoliceCsv alone, then with rowOutcome (validate, enrich) and the COPY text of each record',
        parseMedianMs: round(median(parseMs)),
        parseRowsPerSecond: Math.round((rows / median(parseMs)) * 1000),
        parseValidateEnrichMedianMs: round(median(enrichMs)),
        parseValidateEnrichRowsPerSecond: Math.round((rows / median(enrichMs)) * 1000),
      },
      ratio: round(ratio, 3),
      target: { ratioAtLeast: TARGET_RATIO, met: ratio >= TARGET_RATIO },
    };
    const written = await writeResult('import', result);
    console.log(`\n${machineLine(machine)}`);
    console.log(`${thousands(rows)} rows: COPY baseline ${thousands(baselineRowsPerSecond)} rows/s (median ${round(baselineMs)} ms)`);
    console.log(`          importer ${thousands(importerRowsPerSecond)} rows/s (median ${round(importerMs)} ms: ${round(readingMs)} ms reading/checking/staging, ${round(importerMs - readingMs)} ms saving + rollup)`);
    console.log(`          Node side alone, no database: parse ${thousands(result.nodeSideAlone.parseRowsPerSecond)} rows/s, parse + validate + enrich ${thousands(result.nodeSideAlone.parseValidateEnrichRowsPerSecond)} rows/s`);
    console.log(`ratio ${round(ratio, 3)} (target >= ${TARGET_RATIO}): ${metLabel(ratio >= TARGET_RATIO)}`);
    console.log(`written to ${written}`);
  } finally {
    await db.stop();
  }
}

runCli(main);
