// Whether this server can serve fresh data: the database answers within a
// short time and its _prisma_migrations table lists, as finished and not rolled
// back, every migration folder shipped in prisma/migrations.
import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getPrimaryDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';

export interface Readiness {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  /** Migrations shipped with this build but not applied to the database. */
  pendingMigrations: string[];
  message: string;
}

// A load balancer's probe gives up after a few seconds; answering "not ready" first is more useful.
const TIMEOUT_MS = 5000;

export async function shippedMigrations(dir = path.join(process.cwd(), 'prisma', 'migrations')): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function appliedMigrations(db: Db): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((r) => r.migration_name));
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(db?: Db, migrationsDir?: string, timeoutMs = TIMEOUT_MS): Promise<Readiness> {
  const shipped = await shippedMigrations(migrationsDir);
  let applied: Set<string>;
  try {
    applied = await withTimeout(appliedMigrations(db ?? getPrimaryDb()), timeoutMs);
  } catch {
    return { ready: false, database: 'unreachable', pendingMigrations: [], message: 'The database cannot be reached.' };
  }
  const pending = shipped.filter((name) => !applied.has(name));
  return {
    ready: pending.length === 0,
    database: 'reachable',
    pendingMigrations: pending,
    message: pending.length === 0 ? 'Ready.' : `${pending.length} migration(s) not applied: run npm run db:migrate.`,
  };
}
