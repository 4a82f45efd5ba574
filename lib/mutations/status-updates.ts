// Recording a commitment's status and correcting a past entry. Published
// entries are never edited: a correction is a new entry pointing at the one
// it corrects, and the status rule then sets the corrected one aside.
import 'server-only';
import { guardedAction } from '@/lib/auth/guarded-action';
import { deriveStatus } from '@/lib/commitments/derive-status';
import { pathsShowingCommitment } from '@/lib/commitments/public-paths';
import type { StatusKey } from '@/lib/commitments/status';
import { ActionError } from '@/lib/errors';
import type { Tx } from '@/lib/prisma-client';
import { correctionSchema, statusUpdateSchema, type StatusUpdateInput } from '@/lib/schemas/status-update';

async function commitmentStatus(tx: Tx, commitmentId: string): Promise<StatusKey> {
  const commitment = await tx.commitment.findUnique({
    where: { id: commitmentId },
    select: { dueOn: true, statusUpdates: { select: { id: true, status: true, asOf: true, recordedAt: true, correctsId: true } } },
  });
  if (!commitment) throw new ActionError(404, 'not_found', 'There is no such commitment.', { commitmentId: ['There is no such commitment.'] });
  return deriveStatus(commitment.statusUpdates, commitment.dueOn, new Date());
}

async function createEntry(tx: Tx, input: StatusUpdateInput, recordedById: string, correctsId: string | null) {
  return tx.statusUpdate.create({
    data: {
      commitmentId: input.commitmentId,
      status: input.status,
      asOf: input.asOf,
      note: input.note,
      statusBasis: input.statusBasis,
      origin: 'editor',
      correctsId,
      recordedById,
      evidence: { create: input.evidence.map((link, position) => ({ title: link.title, url: link.url, position })) },
    },
    include: { evidence: { select: { title: true, url: true }, orderBy: { position: 'asc' } } },
  });
}

type Entry = Awaited<ReturnType<typeof createEntry>>;

// What the audit log and the public changes page show of an entry.
function describeEntry(entry: Entry) {
  return {
    commitmentId: entry.commitmentId,
    status: entry.status,
    asOf: entry.asOf,
    note: entry.note,
    statusBasis: entry.statusBasis,
    correctsId: entry.correctsId,
    evidence: entry.evidence,
  };
}

export interface RecordedEntry {
  id: string;
  commitmentId: string;
}

export const addStatusUpdate = guardedAction({
  access: 'EDITOR',
  schema: statusUpdateSchema,
  async run(input, { tx, actor, audit }): Promise<RecordedEntry> {
    const statusBefore = await commitmentStatus(tx, input.commitmentId);
    const entry = await createEntry(tx, input, actor.id, null);
    const statusAfter = await commitmentStatus(tx, input.commitmentId);
    await audit({
      action: 'create',
      entityType: 'status_update',
      entityId: entry.id,
      before: { commitmentStatus: statusBefore },
      after: { ...describeEntry(entry), commitmentStatus: statusAfter },
    });
    return { id: entry.id, commitmentId: entry.commitmentId };
  },
  revalidate: (entry) => pathsShowingCommitment(entry.commitmentId),
});

export const correctStatusUpdate = guardedAction({
  access: 'EDITOR',
  schema: correctionSchema,
  async run(input, { tx, actor, audit }): Promise<RecordedEntry> {
    const target = await tx.statusUpdate.findUnique({
      where: { id: input.correctsId },
      include: { evidence: { select: { title: true, url: true }, orderBy: { position: 'asc' } }, correctedBy: { select: { id: true } } },
    });
    if (!target || target.commitmentId !== input.commitmentId) {
      throw new ActionError(404, 'not_found', 'The entry to correct does not exist for this commitment.');
    }
    if (target.correctedBy.length > 0) {
      throw new ActionError(409, 'already_corrected', 'This entry has already been corrected: correct the correction instead.');
    }
    const statusBefore = await commitmentStatus(tx, input.commitmentId);
    const entry = await createEntry(tx, input, actor.id, target.id);
    const statusAfter = await commitmentStatus(tx, input.commitmentId);
    await audit({
      action: 'correct',
      entityType: 'status_update',
      entityId: entry.id,
      before: { ...describeEntry(target), id: target.id, commitmentStatus: statusBefore },
      after: { ...describeEntry(entry), commitmentStatus: statusAfter },
    });
    return { id: entry.id, commitmentId: entry.commitmentId };
  },
  revalidate: (entry) => pathsShowingCommitment(entry.commitmentId),
});
