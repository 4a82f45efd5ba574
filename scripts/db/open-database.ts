// One way for every command to reach the database: DATABASE_URL when set,
// otherwise the project's embedded PostgreSQL (started if nobody runs it yet).
import pg from 'pg';
import { env } from '../../lib/env.ts';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded.ts';
import { DatabaseStartError } from './errors.ts';

async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const where = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseStartError(`Cannot reach the database in DATABASE_URL (${where.hostname}:${where.port || 5432}): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(log?: (line: string) => void): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  return startEmbeddedDatabase({ dataDir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log });
}

/** Runs `work` against the database, stopping an embedded server this call started. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
