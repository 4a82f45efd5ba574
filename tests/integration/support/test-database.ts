// A fresh, fully migrated database for one test file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { applyMigrations } from '../../../scripts/db/schema-engine.ts';
import { createPrismaClient, type Db } from '../../../lib/prisma-client.ts';

export interface TestDatabase {
  url: string;
  prisma: Db;
  /** Plain SQL through node-postgres: the independent path tests check figures with. */
  sql: <T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  drop: () => Promise<void>;
}

export function adminUrl(): string {
  return inject('adminDatabaseUrl');
}

export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  await applyMigrations(empty.url);
  const prisma = createPrismaClient(empty.url);
  const pool = new pg.Pool({ connectionString: empty.url, max: 2 });
  return {
    url: empty.url,
    prisma,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    drop: async () => {
      await prisma.$disconnect();
      await pool.end();
      await empty.drop();
    },
  };
}
