// npm run bench:load [-- --duration 30 --connections 100 --port 3217]
// A production build on loopback, with the real police.uk files imported, under
// `connections` concurrent readers for `duration` seconds per address (autocannon):
// a static file first (the baseline: what this server does with no work at all),
// then the overview, the explorer, a borough page and two API endpoints.
// Targets: no errors, p99 under 200 ms for the cached pages and API answers,
// and overview requests/s at least half the static file's, in the same run.
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { z } from 'zod';
import { prepareDatabase, startProductionServer } from '../serve/production-server.ts';
import { ensureBuild } from '../serve/ensure-build.ts';
import { describeMachine, machineLine } from './support/machine.ts';
import { metLabel, writeResult } from './support/results.ts';

const optionsSchema = z.object({
  duration: z.coerce.number().int().min(1).max(600),
  connections: z.coerce.number().int().min(1).max(1000),
  port: z.coerce.number().int().min(1024).max(65535),
});

const TARGETS = [
  { name: 'static file (baseline)', path: '/robots.txt', cachedPage: false },
  { name: 'overview', path: '/', cachedPage: true },
  { name: 'stop-and-search explorer', path: '/stop-and-search', cachedPage: true },
  { name: 'borough page (Lambeth)', path: '/boroughs/E09000022', cachedPage: true },
  { name: 'API: summary by year and ethnicity', path: '/api/v1/stop-search/summary?period=year&by=ethnicity', cachedPage: true },
  { name: 'API: reconciliation', path: '/api/v1/stop-search/reconciliation', cachedPage: true },
];
const P99_TARGET_MS = 200;

interface Measured {
  name: string;
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requests: number;
  /** Cores the load generator itself kept busy (it shares the machine with the server): CPU time ÷ wall time. */
  loadGeneratorCores: number;
  /** Failed requests of any kind, timeouts included (autocannon counts them here too). */
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function measure(origin: string, target: (typeof TARGETS)[number], duration: number, connections: number): Promise<Measured> {
  // One request first, so the cache holds the answer before the clock starts.
  const warm = await fetch(origin + target.path);
  if (!warm.ok) throw new Error(`${target.path} answered ${warm.status} before the load started`);
  await warm.arrayBuffer();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  // Asks for compressed answers as Chromium does; a load generator that did not would mostly measure bytes on loopback.
  const r = await autocannon({ url: origin + target.path, connections, duration, timeout: 10, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
  const cpu = process.cpuUsage(cpuBefore);
  const loadGeneratorCores = Math.round(((cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore)) * 100) / 100;
  return {
    name: target.name,
    loadGeneratorCores,
    path: target.path,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

async function main() {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '100' }, port: { type: 'string', default: '3217' } } });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`--${String(parsed.error.issues[0]!.path[0])}: ${parsed.error.issues[0]!.message}`);
  const { duration, connections, port } = parsed.data;

  await ensureBuild();
  console.log('Preparing the database (migrations, seed, the real police.uk files)…');
  const database = await prepareDatabase('.data/bench-load-postgres', { importPoliceFiles: true });
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const server = await startProductionServer({ port, databaseUrl: database.url }).catch(async (error: unknown) => {
    await pool.end();
    await database.stop();
    throw error;
  });
  try {
    const machine = await describeMachine(pool);
    console.log(`Machine: ${machineLine(machine)}\n${connections} connections, ${duration} s per address`);
    const results: Measured[] = [];
    for (const target of TARGETS) {
      const m = await measure(server.origin, target, duration, connections);
      results.push(m);
      console.log(`${m.name.padEnd(38)} ${String(m.requestsPerSecond).padStart(6)} req/s  p50 ${m.latencyMs.p50} ms  p99 ${m.latencyMs.p99} ms  errors ${m.errors + m.non2xx} (timeouts ${m.timeouts})  load generator ${m.loadGeneratorCores} cores`);
    }
    const baseline = results[0]!;
    const overview = results[1]!;
    const pages = results.filter((_, i) => TARGETS[i]!.cachedPage);
    const noErrors = results.every((m) => m.errors + m.non2xx === 0);
    const p99Met = pages.every((m) => m.latencyMs.p99 < P99_TARGET_MS);
    const ratio = overview.requestsPerSecond / baseline.requestsPerSecond;
    const targets = {
      zeroErrors: { met: noErrors },
      p99UnderTargetForCachedPages: { targetMs: P99_TARGET_MS, worstMs: Math.max(...pages.map((m) => m.latencyMs.p99)), met: p99Met },
      overviewVsStaticFile: { target: 0.5, ratio: Math.round(ratio * 1000) / 1000, met: ratio >= 0.5 },
    };
    const file = await writeResult('load', { machine, options: { duration, connections }, results, targets });
    console.log(`\nZero errors: ${metLabel(noErrors)}`);
    console.log(`p99 < ${P99_TARGET_MS} ms on cached pages and API answers: ${metLabel(p99Met)} (worst ${targets.p99UnderTargetForCachedPages.worstMs} ms)`);
    console.log(`Overview req/s ÷ static file req/s = ${ratio.toFixed(3)} (target ≥ 0.5): ${metLabel(ratio >= 0.5)}`);
    console.log(`Results: ${file}`);
  } finally {
    await server.stop();
    await pool.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
