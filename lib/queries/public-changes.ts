// The public part of the audit log: each status update and correction
// recorded in the editor area, with the date it was recorded and what it did
// to the commitment's status. Who recorded it is not shown publicly.
import 'server-only';
import { z } from 'zod';
import { STATUS_KEYS, type StatusKey } from '@/lib/commitments/status';
import { getDb } from '@/lib/db';
import { CommitmentStatus } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/prisma-client';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface PublicChange {
  id: string;
  recordedAt: Date;
  kind: 'update' | 'correction';
  commitmentId: string;
  commitmentSummary: string;
  entryId: string;
  reportedStatus: CommitmentStatus | null;
  asOf: Date | null;
  note: string;
  statusBefore: StatusKey | null;
  statusAfter: StatusKey | null;
}

const statusKey = z.enum(STATUS_KEYS).nullable().catch(null);
const entrySchema = z.object({
  commitmentId: z.string(),
  status: z.enum(CommitmentStatus).nullable(),
  asOf: z.iso.datetime().nullable(),
  note: z.string(),
  commitmentStatus: statusKey.optional(),
});
const beforeSchema = z.object({ commitmentStatus: statusKey.optional() }).nullable().catch(null);

async function listPublicChangesFromDb(limit = 100, db: Db = getDb()): Promise<PublicChange[]> {
  const rows = await db.auditLog.findMany({
    where: { entityType: 'status_update', action: { in: ['create', 'correct'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, action: true, entityId: true, createdAt: true, before: true, after: true },
  });
  const parsed = rows.flatMap((row) => {
    const after = entrySchema.safeParse(row.after);
    return after.success ? [{ row, after: after.data, before: beforeSchema.parse(row.before) }] : [];
  });
  const summaries = new Map(
    (await db.commitment.findMany({ where: { id: { in: parsed.map((p) => p.after.commitmentId) } }, select: { id: true, summary: true } })).map(
      (c) => [c.id, c.summary],
    ),
  );
  return parsed.map(({ row, after, before }) => ({
    id: row.id.toString(),
    recordedAt: row.createdAt,
    kind: row.action === 'correct' ? 'correction' : 'update',
    commitmentId: after.commitmentId,
    commitmentSummary: summaries.get(after.commitmentId) ?? after.commitmentId,
    entryId: row.entityId,
    reportedStatus: after.status,
    asOf: after.asOf ? new Date(after.asOf) : null,
    note: after.note,
    statusBefore: before?.commitmentStatus ?? null,
    statusAfter: after.commitmentStatus ?? null,
  }));
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listPublicChanges = cachedQuery('public-changes/listPublicChanges', listPublicChangesFromDb);
