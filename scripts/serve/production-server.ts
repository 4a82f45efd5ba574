// A production server of this project on its own embedded PostgreSQL, for the
// load benchmark and the database-outage test: the database is migrated,
// seeded and (if asked) loaded with the real police.uk files, then the
// production server (scripts/serve/app-server.ts) serves the existing build
// (`npm run build` first) exactly as `npm start` does.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedDatabase, type RunningDatabase } from '../db/embedded.ts';
import { applyMigrations, projectRoot } from '../db/schema-engine.ts';
import { createPrismaClient } from '../../lib/prisma-client.ts';
import { isDatabaseSeeded, seedDatabase } from '../../prisma/seed/seed-database.ts';

export const POLICE_FILES = path.resolve(projectRoot, '..', 'shared', 'data', 'stop-and-search', 'police-uk-raw');

export async function prepareDatabase(dataDir: string, options: { importPoliceFiles: boolean; port?: number }): Promise<RunningDatabase> {
  const database = await startEmbeddedDatabase({ dataDir: path.resolve(projectRoot, dataDir), port: options.port });
  try {
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url);
    try {
      if (!(await isDatabaseSeeded(prisma))) await seedDatabase(prisma);
    } finally {
      await prisma.$disconnect();
    }
    if (options.importPoliceFiles) {
      // The real import command; a month already loaded is left as it is, so a rerun is quick.
      await promisify(execFile)(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/import.ts', POLICE_FILES], {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URL: database.url },
        timeout: 600_000,
        maxBuffer: 64 * 1024 * 1024,
      });
    }
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  }
}

export interface ProductionServer {
  origin: string;
  child: ChildProcess;
  /** Everything the server printed, for a failing test's message. */
  output: () => string;
  stop: () => Promise<void>;
}

async function waitUntilUp(origin: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    const up = await fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs} ms:\n${output()}`);
}

export async function startProductionServer(options: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<ProductionServer> {
  let log = '';
  const child = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/serve/app-server.ts', '--port', String(options.port), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      DATABASE_REPLICA_URLS: '',
      AUTH_SECRET: randomBytes(32).toString('base64'),
      SITE_URL: `http://127.0.0.1:${options.port}`,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const origin = `http://127.0.0.1:${options.port}`;
  const output = () => log;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilUp(origin, child, output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, child, output, stop };
}
