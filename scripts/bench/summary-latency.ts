// bench:summary — latency of the stop-and-search summary on 3 million records.
// The records are SYNTHETIC: the real Met months imported again and again into
// other months (2000-01 onwards), each through the real importer, every row
// moved to the same London wall-clock time in its new month (support/redate.ts).
// Then, for one year by borough and officer-defined ethnic group, timed in
// turn after a warm-up: the summary endpoint's GET handler, the query function
// behind it (getStopSearchSummary, which reads the monthly rollup), and the
// same GROUP BY over the raw stop_search_records table. Targets: endpoint p95
// under 50 ms; getStopSearchSummary at least 10 times faster than the raw
// GROUP BY (medians). The main statement getStopSearchSummary runs over the
// rollup is also timed alone, to show where its time goes. Run with --conditions=react-server (the query modules
// import "server-only").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { importPoliceFile } from '@/lib/importers/police-uk/import-file';
import { createPrismaClient, type Db } from '@/lib/prisma-client';
import { seedDatabase } from '../../prisma/seed/seed-database.ts';
import { runCli } from '../run-cli.ts';
import { startBenchDatabase, type BenchDatabase } from './support/bench-database.ts';
import { describeMachine, machineLine } from './support/machine.ts';
import { metLabel, writeResult } from './support/results.ts';
import { round, thousands } from './support/stats.ts';
import { loadSyntheticMonths } from './support/synthetic-months.ts';
import { timeInTurn } from './support/timing.ts';

// Found by this benchmark: once the records table has statistics, the rollup
// refresh inside an import (lib/stop-search/rollup.ts) is planned for a month
// the statistics say is empty, and PostgreSQL picks a nested loop that rescans
// the month's rows once per row: 20-40 s per Met month instead of about one,
// and growing with the square of the month's size. Loading 3 M records that
// way would take hours, so the loading sessions turn nested loops off. The
// timed queries run with the default settings.
const LOAD_WORKAROUND = 'the rollup refresh otherwise takes a quadratic nested-loop plan once the table has statistics (see docs/performance.md)';

const TARGET_P95_MS = 50;
const TARGET_RATIO = 10;
const FORCE = 'metropolitan';

/** The summary's grouping written directly over the records: same force, months, year, borough label, ethnic group and counts. */
const RAW_GROUP_BY = `
  SELECT date_trunc('year', r.local_month)::date AS period_start,
         CASE WHEN r.location_status = 'london' THEN r.borough_code ELSE r.location_status END AS borough,
         r.officer_ethnic_group::text AS ethnicity,
         count(*)::int AS searches,
         count(*) FILTER (WHERE r.location_status = 'none')::int AS no_location,
         count(*) FILTER (WHERE r.location_status = 'outside')::int AS outside_london,
         count(*) FILTER (WHERE r.outcome IS NOT NULL)::int AS outcome_recorded,
         count(*) FILTER (WHERE r.outcome = ANY($4::text[]))::int AS arrests,
         count(*) FILTER (WHERE r.outcome = ANY($5::text[]))::int AS no_further_action,
         count(*) FILTER (WHERE r.outcome_linked_to_object IS NOT NULL)::int AS linked_recorded,
         count(*) FILTER (WHERE r.outcome_linked_to_object)::int AS linked
    FROM stop_search_records r
   WHERE r.force = $1 AND r.local_month BETWEEN $2::date AND $3::date
   GROUP BY 1, 2, 3`;

async function main() {
  const { values } = parseArgs({
    options: {
      records: { type: 'string', default: '3000000' },
      runs: { type: 'string', default: '60' },
      year: { type: 'string', default: '2010' },
      // 'on' loads with PostgreSQL's default planner settings: see LOAD_WORKAROUND.
      'load-nestloop': { type: 'string', default: 'off' },
    },
  });
  const workaround = values['load-nestloop'] !== 'on';
  const records = Number(values.records);
  const runs = Number(values.runs);
  const year = values.year!;
  const db = await startBenchDatabase();
  const folder = await mkdtemp(path.join(tmpdir(), 'dashboard-bench-summary-'));
  let prisma: Db | undefined;
  try {
    const machine = await describeMachine(db.pool);
    prisma = createPrismaClient(db.url);
    await seedDatabase(prisma); // areas and Census population, for names and rates
    console.log(`bench:summary — loading ${thousands(records)} SYNTHETIC records (real Met months re-dated from 2000-01) through the importer…`);
    if (workaround) console.log(`  (loading sessions run with enable_nestloop = off: ${LOAD_WORKAROUND})`);
    const loader = new pg.Pool({ connectionString: db.url, max: 1, ...(workaround ? { options: '-c enable_nestloop=off' } : {}) });
    const load = await loadSyntheticMonths(folder, records, (file) => importPoliceFile(loader, file)).finally(() => loader.end());
    console.log(`  ${load.months} months, ${thousands(load.rows)} records in ${round(load.seconds)} s (${thousands(load.rowsPerSecond)} rows/s through the importer)`);
    await db.pool.query('ANALYZE');
    const timings = await timeAll(db, prisma, year, runs);
    const ratio = timings.raw.p50 / timings.query.p50;
    const result = {
      machine,
      synthetic: true,
      loadPlannerWorkaround: workaround ? { setting: 'enable_nestloop = off, on the importer\'s connection only (not for the timed queries)', why: LOAD_WORKAROUND } : null,
      data: { ...load, how: 'the 13 real Met files imported again into 2000-01 onwards (each month from the 2018 file of the same calendar month; September alternates with 2022-09), every row at the same London wall-clock time in its new month' },
      question: { force: FORCE, year, period: 'year', by: ['borough', 'ethnicity'], ethnicity: 'officer', recordsInYear: timings.recordsInYear, rollupRowsInYear: timings.rollupRowsInYear, narrowBoroughSliceRowsInYear: timings.narrowRowsInYear, rows: timings.answerRows },
      runs,
      endpointMs: timings.endpoint,
      getStopSearchSummaryMs: timings.query,
      rawGroupByMs: timings.raw,
      summaryStatementOnlyMs: timings.rollupStatement,
      rawGroupBySql: RAW_GROUP_BY.replace(/\s+/g, ' ').trim(),
      ratioRawToSummaryP50: round(ratio, 2),
      ratioRawToSummaryP95: round(timings.raw.p95 / timings.query.p95, 2),
      targets: {
        endpointP95BelowMs: { target: TARGET_P95_MS, met: timings.endpoint.p95 < TARGET_P95_MS },
        summaryFasterThanRawAtLeast: { target: TARGET_RATIO, met: ratio >= TARGET_RATIO },
      },
    };
    const written = await writeResult('summary', result);
    console.log(`\n${machineLine(machine)}`);
    console.log(`${year}, Met, by borough and ethnic group: ${thousands(timings.recordsInYear)} records (${thousands(timings.rollupRowsInYear)} wide rollup rows, ${thousands(timings.narrowRowsInYear)} in the narrow rollup's borough slice), ${timings.answerRows} rows; ${runs} runs each, after warm-up, in turn`);
    const line = (label: string, t: { p50: number; p95: number }) => console.log(`  ${label.padEnd(34)} p50 ${String(t.p50).padStart(7)} ms   p95 ${String(t.p95).padStart(7)} ms`);
    line('GET /api/v1/stop-search/summary', timings.endpoint);
    line('getStopSearchSummary (rollup)', timings.query);
    line('same GROUP BY over raw records', timings.raw);
    line('  (its main rollup statement alone)', timings.rollupStatement);
    console.log(`endpoint p95 ${timings.endpoint.p95} ms (target < ${TARGET_P95_MS} ms): ${metLabel(timings.endpoint.p95 < TARGET_P95_MS)}`);
    console.log(`raw / summary at p50: ${round(ratio, 2)}x (target >= ${TARGET_RATIO}x): ${metLabel(ratio >= TARGET_RATIO)}`);
    console.log(`written to ${written}`);
  } finally {
    await prisma?.$disconnect();
    const shared = (globalThis as { db?: Db }).db;
    await shared?.$disconnect();
    await db.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

async function timeAll(db: BenchDatabase, prisma: Db, year: string, runs: number) {
  // The app's modules read DATABASE_URL once, on first use: set it before loading them.
  process.env.DATABASE_URL = db.url;
  const { GET } = await import('@/app/api/v1/stop-search/summary/route');
  const { getStopSearchSummary } = await import('@/lib/queries/stop-search-summary');
  const { parseSummaryRequest } = await import('@/lib/stop-search/summary-params');
  const { ARREST_OUTCOMES, NO_FURTHER_ACTION_OUTCOMES } = await import('@/lib/stop-search/outcomes');
  const { buildSummarySql } = await import('@/lib/stop-search/summary-sql');
  const { populationBase } = await import('@/lib/stop-search/population-base');
  const search = `force=${FORCE}&from=${year}-01&to=${year}-12&period=year&by=borough,ethnicity&ethnicity=officer`;
  const url = `http://localhost/api/v1/stop-search/summary?${search}`;
  const { format: _format, ...params } = parseSummaryRequest(new URLSearchParams(search));
  const rawArgs = [FORCE, `${year}-01-01`, `${year}-12-01`, ARREST_OUTCOMES, NO_FURTHER_ACTION_OUTCOMES];
  // The one statement over the rollup that getStopSearchSummary runs (beside a few small lookups), over the rollup it chooses.
  const rollupSql = buildSummarySql({
    grain: params.period,
    forces: [FORCE],
    from: `${year}-01`,
    to: `${year}-12`,
    by: params.by,
    field: params.ethnicity,
    filters: {},
    base: populationBase(params.force, true, undefined),
  });

  const summary = await getStopSearchSummary(params, prisma);
  const raw = await prisma.$queryRawUnsafe<{ borough: string; ethnicity: string; searches: number }[]>(RAW_GROUP_BY, ...rawArgs);
  assertSameCounts(summary.rows, raw);
  const response = await GET(new Request(url));
  if (response.status !== 200) throw new Error(`the endpoint answered ${response.status}: ${await response.text()}`);

  const timings = await timeInTurn(runs, {
    endpoint: async () => {
      const res = await GET(new Request(url));
      await res.json();
    },
    query: () => getStopSearchSummary(params, prisma),
    raw: () => prisma.$queryRawUnsafe(RAW_GROUP_BY, ...rawArgs),
    rollupStatement: () => prisma.$queryRawUnsafe(rollupSql.text, ...rollupSql.values),
  });
  const [rollup] = await prisma.$queryRawUnsafe<{ n: number; narrow: number }[]>(
    `SELECT (SELECT count(*)::int FROM stop_search_monthly WHERE force = $1 AND local_month BETWEEN $2::date AND $3::date) AS n,
            (SELECT count(*)::int FROM stop_search_monthly_by WHERE force = $1 AND local_month BETWEEN $2::date AND $3::date AND dimension = 'borough') AS narrow`,
    ...rawArgs.slice(0, 3),
  );
  return {
    ...timings,
    recordsInYear: raw.reduce((n, r) => n + r.searches, 0),
    rollupRowsInYear: rollup?.n ?? 0,
    narrowRowsInYear: rollup?.narrow ?? 0,
    answerRows: summary.rows.length,
  };
}

/** The two ways must count the same searches in every cell, or the comparison means nothing. */
function assertSameCounts(rows: { borough?: string | null; ethnicity?: string | null; searches: number }[], raw: { borough: string; ethnicity: string; searches: number }[]) {
  const key = (b: string | null | undefined, e: string | null | undefined) => `${b}|${e}`;
  const fromRaw = new Map(raw.map((r) => [key(r.borough, r.ethnicity), r.searches]));
  for (const row of rows) {
    const expected = fromRaw.get(key(row.borough, row.ethnicity)) ?? 0;
    if (expected !== row.searches) throw new Error(`summary and raw GROUP BY disagree for ${key(row.borough, row.ethnicity)}: ${row.searches} vs ${expected}`);
  }
  const total = (xs: { searches: number }[]) => xs.reduce((n, r) => n + r.searches, 0);
  if (total(rows) !== total(raw)) throw new Error(`summary counts ${total(rows)} searches, the raw GROUP BY ${total(raw)}`);
}

runCli(main);
