// Starts one throw-away PostgreSQL for the whole integration run, the same way
// the app starts its own; each test file then creates a database of its own.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../../scripts/db/embedded.ts';

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    project.provide('adminDatabaseUrl', process.env.TEST_DATABASE_ADMIN_URL);
    return;
  }
  const parent = await mkdtemp(path.join(tmpdir(), 'dashboard-test-pg-'));
  await chmod(parent, 0o755); // the server runs as the postgres user, who must reach its folder
  const server = await startEmbeddedDatabase({ dataDir: path.join(parent, 'data') });
  project.provide('adminDatabaseUrl', server.url.replace(/\/dashboard$/, '/postgres'));
  return async () => {
    await server.stop();
    await rm(parent, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
