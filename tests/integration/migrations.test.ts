import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffSchemaSql } from '../../scripts/db/schema-engine.ts';
import { createEmptyDatabase } from './support/test-database.ts';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of cleanups) await drop();
});

async function scratch() {
  const db = await createEmptyDatabase();
  cleanups.push(db.drop);
  return db.url;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

// Everything about the public schema that a migration could get wrong, read
// from PostgreSQL's own catalogue.
async function describeSchema(url: string) {
  const columns = await query(
    url,
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length, numeric_precision, numeric_scale
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`,
  );
  const constraints = await query(
    url,
    `SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY 1, 2`,
  );
  const indexes = await query(
    url,
    `SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  );
  const enums = await query(
    url,
    `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      ORDER BY 1, 3`,
  );
  return { columns, constraints, indexes, enums };
}

describe('migrations', () => {
  it('build exactly the schema that schema.prisma describes (no drift)', async () => {
    const migrated = await scratch();
    await applyMigrations(migrated);

    // The reference: schema.prisma turned straight into SQL by the same engine.
    const reference = await scratch();
    const sql = await diffSchemaSql(reference, null);
    await query(reference, sql);

    const expected = await describeSchema(reference);
    expect(expected.columns.length).toBeGreaterThan(50);
    expect(await describeSchema(migrated)).toEqual(expected);
  });

  it('apply once, record themselves in _prisma_migrations, and apply nothing the second time', async () => {
    const url = await scratch();
    const first = await applyMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await query<{ migration_name: string; finished_at: Date | null }>(
      url,
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(first);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
