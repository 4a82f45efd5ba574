// Lets a test file call the app's own route handlers and query functions (which
// reach the database through getDb()) against the test's database, and gives
// the independent status computation those tests compare with.
import { deriveStatus } from '../../../lib/commitments/derive-status.ts';
import type { StatusKey } from '../../../lib/commitments/status.ts';
import type { CommitmentStatus } from '../../../lib/generated/prisma/enums.ts';
import type { TestDatabase } from './test-database.ts';

type SharedClient = { $disconnect: () => Promise<void> };

/** Call before importing any app module: getDb() reads DATABASE_URL once, on first use. */
export function pointAppAt(db: TestDatabase): void {
  process.env.DATABASE_URL = db.url;
  delete (globalThis as { db?: unknown }).db;
}

/** Closes the app's shared client, so the test database can be dropped. */
export async function releaseApp(): Promise<void> {
  const shared = (globalThis as { db?: SharedClient }).db;
  await shared?.$disconnect();
  delete (globalThis as { db?: unknown }).db;
}

/** The published status rule applied to the history as plain SQL reads it, not through the queries under test. */
export async function statusesBySql(db: TestDatabase, today = new Date()): Promise<Map<string, StatusKey>> {
  const commitments = await db.sql<{ id: string; due_on: Date | null }>('SELECT id, due_on FROM commitments');
  const updates = await db.sql<{ id: string; commitment_id: string; status: CommitmentStatus | null; as_of: Date | null; recorded_at: Date; corrects_id: string | null }>(
    'SELECT id, commitment_id, upper(status::text) AS status, as_of, recorded_at, corrects_id FROM status_updates',
  );
  return new Map(
    commitments.map((c) => [
      c.id,
      deriveStatus(
        updates
          .filter((u) => u.commitment_id === c.id)
          .map((u) => ({ id: u.id, status: u.status, asOf: u.as_of, recordedAt: u.recorded_at, correctsId: u.corrects_id })),
        c.due_on,
        today,
      ),
    ]),
  );
}
