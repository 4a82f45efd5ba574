import 'server-only';
import pg from 'pg';
import { env } from '@/lib/env';

// Streamed exports need a plain node-postgres connection (COPY TO STDOUT,
// which Prisma cannot do). One small pool per server process, made on first use.
const globalForPool = globalThis as unknown as { openDataPool?: pg.Pool };

export function getExportPool(): pg.Pool {
  if (globalForPool.openDataPool) return globalForPool.openDataPool;
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides the database.');
  globalForPool.openDataPool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
  return globalForPool.openDataPool;
}
