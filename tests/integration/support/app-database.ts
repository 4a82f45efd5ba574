// Lets a test file call the app's own route handlers and query functions (which
// reach the database through getDb()) against the test's database, and gives
// the independent status computation those tests compare with.
import { deriveStatus } from '../../../lib/commitments/derive-status.ts';
import type { StatusKey } from '../../../lib/commitments/status.ts';
import type { CommitmentStatus } from '../../../lib/generated/prisma/enums.ts';
import type { TestDatabase } from './test-database.ts';

type SharedClient = { $disconnect: () => Promise<void> };

/** The origin the app believes it is served from in tests (SITE_URL). */
export const TEST_ORIGIN = 'http://dashboard.test';

// The app keeps these on globalThis, built on first use against DATABASE_URL.
const APP_SINGLETONS = ['db', 'auth', 'loginThrottle'] as const;

function forgetSingletons(): void {
  for (const name of APP_SINGLETONS) delete (globalThis as Record<string, unknown>)[name];
}

/** Call before importing any app module: lib/env.ts reads the environment once, on first import. */
export function pointAppAt(db: TestDatabase): void {
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET = 'integration-tests-only-secret-0123456789abcdef';
  process.env.SITE_URL = TEST_ORIGIN;
  forgetSingletons();
}

/** Closes the app's shared client, so the test database can be dropped. */
export async function releaseApp(): Promise<void> {
  const shared = (globalThis as { db?: SharedClient }).db;
  await shared?.$disconnect();
  forgetSingletons();
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
