// Read replicas against two real PostgreSQL servers: the shared test server is
// the primary, and a second embedded server started here plays the replica. The
// replica holds rows the primary lacks, so where each answer came from shows.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type RunningDatabase } from '../../scripts/db/embedded.ts';
import { applyMigrations } from '../../scripts/db/schema-engine.ts';
import { createDatabaseClients, type DatabaseClients } from '../../lib/prisma-client.ts';
import { listSources } from '../../lib/queries/sources.ts';
import { listBoroughs } from '../../lib/queries/stop-search-explorer.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

let primary: TestDatabase;
let replicaServer: RunningDatabase;
let replicaDir: string;
let replicaSql: pg.Pool;
let clients: DatabaseClients;

const source = (id: string, title: string) => ({ id, title, publisher: 'Test', url: 'https://example.org/', updatedAt: new Date() });

beforeAll(async () => {
  primary = await createTestDatabase();
  replicaDir = await mkdtemp(path.join(os.tmpdir(), 'replica-pg-'));
  await chmod(replicaDir, 0o755); // PostgreSQL runs as its own user and must reach its folder
  replicaServer = await startEmbeddedDatabase({ dataDir: path.join(replicaDir, 'data') });
  await applyMigrations(replicaServer.url);
  replicaSql = new pg.Pool({ connectionString: replicaServer.url, max: 2 });
  // What replication would have copied, plus one row only the replica has.
  await primary.prisma.source.create({ data: source('both', 'On both servers') });
  await replicaSql.query(`INSERT INTO sources (id, title, publisher, url, updated_at) VALUES
    ('both', 'On both servers', 'Test', 'https://example.org/', now()),
    ('replica-only', 'Only on the replica', 'Test', 'https://example.org/', now())`);
  await replicaSql.query(`INSERT INTO areas (code, name, kind) VALUES ('E09999999', 'Replica borough', 'borough')`);
  clients = createDatabaseClients(primary.url, [replicaServer.url]);
}, 180_000);

afterAll(async () => {
  await clients?.db.$disconnect();
  await clients?.primary.$disconnect();
  await clients?.reader().$disconnect();
  await replicaSql?.end();
  await replicaServer?.stop();
  await primary?.drop();
  if (replicaDir) await rm(replicaDir, { recursive: true, force: true });
});

describe('DATABASE_REPLICA_URLS', () => {
  it('sends a query function’s model reads to the replica', async () => {
    const ids = (await listSources(clients.db)).map((s) => s.id);
    expect(ids).toContain('replica-only');
  });

  it('sends raw SQL reads through the reader to the replica', async () => {
    const boroughs = await listBoroughs(clients.reader());
    expect(boroughs.map((b) => b.code)).toContain('E09999999');
  });

  it('writes to the primary, never the replica', async () => {
    await clients.db.source.create({ data: source('written', 'Written through the app') });
    expect(await primary.sql('SELECT id FROM sources WHERE id = $1', ['written'])).toHaveLength(1);
    expect((await replicaSql.query('SELECT id FROM sources WHERE id = $1', ['written'])).rowCount).toBe(0);
  });

  it('keeps reads inside a transaction on the primary', async () => {
    const ids = await clients.db.$transaction(async (tx) => (await tx.source.findMany({ select: { id: true } })).map((s) => s.id));
    expect(ids).toContain('written');
    expect(ids).not.toContain('replica-only');
  });

  it('gives sign-in and readiness the primary alone', async () => {
    const ids = (await clients.primary.source.findMany({ select: { id: true } })).map((s) => s.id);
    expect(ids).not.toContain('replica-only');
  });

  it('uses the primary for everything when no replica is configured', async () => {
    const single = createDatabaseClients(primary.url, []);
    try {
      expect(single.db).toBe(single.primary);
      expect(single.reader()).toBe(single.primary);
      expect((await listSources(single.db)).map((s) => s.id)).not.toContain('replica-only');
    } finally {
      await single.primary.$disconnect();
    }
  });
});
