// /readyz's check against a real database: ready when every shipped migration
// folder is recorded as applied, not when one is missing or the server is gone.
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../scripts/db/schema-engine.ts';
import { createPrismaClient } from '../../lib/prisma-client.ts';
import { checkReadiness } from '../../lib/health/readiness.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

let db: TestDatabase;
let extraDir: string;
// Generous: the machine is shared, and these cases are about migrations, not speed.
const PATIENT_MS = 30_000;

beforeAll(async () => {
  db = await createTestDatabase();
  // The shipped migrations plus one the database has not seen, as after deploying new code first.
  extraDir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
  await cp(migrationsDir, extraDir, { recursive: true });
  await mkdir(path.join(extraDir, '29991231000000_not_yet_applied'));
});

afterAll(async () => {
  await db?.drop();
  if (extraDir) await rm(extraDir, { recursive: true, force: true });
});

describe('checkReadiness', () => {
  it('is ready when every migration folder is applied', async () => {
    const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
    const applied = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    expect(applied[0]!.n).toBe(folders.length);
    expect(await checkReadiness(db.prisma, migrationsDir, PATIENT_MS)).toMatchObject({ ready: true, database: 'reachable', pendingMigrations: [] });
  });

  it('is not ready, naming it, when a shipped migration is not applied', async () => {
    expect(await checkReadiness(db.prisma, extraDir, PATIENT_MS)).toMatchObject({
      ready: false,
      database: 'reachable',
      pendingMigrations: ['29991231000000_not_yet_applied'],
    });
  });

  it('is not ready when the database cannot be reached', async () => {
    const nowhere = createPrismaClient('postgresql://postgres:x@127.0.0.1:1/none');
    try {
      expect(await checkReadiness(nowhere, migrationsDir)).toMatchObject({ ready: false, database: 'unreachable' });
    } finally {
      await nowhere.$disconnect();
    }
  });
});
