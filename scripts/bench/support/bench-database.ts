// A throw-away PostgreSQL for one benchmark: started in a temp folder, migrated,
// and removed afterwards, so a benchmark never touches the app's own data.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../db/embedded.ts';
import { applyMigrations } from '../../db/schema-engine.ts';

export interface BenchDatabase {
  url: string;
  pool: pg.Pool;
  stop: () => Promise<void>;
}

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const parent = await mkdtemp(path.join(tmpdir(), 'dashboard-bench-pg-'));
  await chmod(parent, 0o755); // the server runs as the postgres user, who must reach its folder
  const server = await startEmbeddedDatabase({ dataDir: path.join(parent, 'data') });
  await applyMigrations(server.url);
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  return {
    url: server.url,
    pool,
    stop: async () => {
      await pool.end().catch(() => undefined);
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/** Empties every table an import writes, so each repetition starts from the same state. */
export async function emptyImportTables(pool: pg.Pool): Promise<void> {
  await pool.query('TRUNCATE stop_search_records, rejected_rows, stop_search_monthly, stop_search_monthly_by, import_batches CASCADE');
}
