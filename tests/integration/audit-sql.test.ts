// The node-postgres audit helper joins the caller's transaction: it commits
// and rolls back with the change it describes.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditSql } from '../../lib/audit/record-audit-sql.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('recordAuditSql', () => {
  it('writes the entry in the caller transaction, with dates as ISO strings', async () => {
    await client.query('BEGIN');
    await recordAuditSql(client, null, { action: 'import', entityType: 'import', entityId: 'batch-1', after: { rowsLoaded: 10, month: new Date('2025-01-01T00:00:00Z') } }, 'command line');
    await client.query('COMMIT');
    const rows = await db.sql<{ action: string; via: string; after: unknown; before: unknown }>("SELECT action, via, before, after FROM audit_log WHERE entity_id = 'batch-1'");
    expect(rows).toEqual([{ action: 'import', via: 'command line', before: null, after: { rowsLoaded: 10, month: '2025-01-01T00:00:00.000Z' } }]);
  });

  it('leaves nothing when the transaction rolls back', async () => {
    await client.query('BEGIN');
    await recordAuditSql(client, null, { action: 'import', entityType: 'import', entityId: 'batch-2', after: {} }, 'editor');
    await client.query('ROLLBACK');
    expect(await db.sql("SELECT 1 FROM audit_log WHERE entity_id = 'batch-2'")).toEqual([]);
  });
});
