// Adding a commitment and changing what is said about it. Its status is not
// editable here: only dated status updates change that.
import 'server-only';
import { guardedAction } from '@/lib/auth/guarded-action';
import { pathsShowingCommitment } from '@/lib/commitments/public-paths';
import { ActionError } from '@/lib/errors';
import type { Tx } from '@/lib/prisma-client';
import { createCommitmentSchema, updateCommitmentSchema, type CommitmentFields } from '@/lib/schemas/commitment';

const EDITABLE = {
  id: true, sourceId: true, theme: true, pillar: true, pillarNote: true, summary: true, measure: true,
  announcedOn: true, dueOn: true, dueNote: true, url: true, statusNote: true, caveat: true,
} as const;

async function assertSourceExists(tx: Tx, sourceId: string) {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!source) throw new ActionError(422, 'unknown_source', 'Choose a source from the list.', { sourceId: ['Choose a source from the list.'] });
}

function fieldsOf(input: CommitmentFields): CommitmentFields {
  const { sourceId, theme, pillar, pillarNote, summary, measure, announcedOn, dueOn, dueNote, url, statusNote, caveat } = input;
  return { sourceId, theme, pillar, pillarNote, summary, measure, announcedOn, dueOn, dueNote, url, statusNote, caveat };
}

export const createCommitment = guardedAction({
  access: 'EDITOR',
  schema: createCommitmentSchema,
  async run(input, { tx, audit }) {
    await assertSourceExists(tx, input.sourceId);
    const taken = await tx.commitment.findUnique({ where: { id: input.id }, select: { id: true } });
    if (taken) throw new ActionError(409, 'already_exists', 'A commitment with this id exists.', { id: ['This id is taken: choose another.'] });
    const last = await tx.commitment.aggregate({ _max: { sortOrder: true } });
    const created = await tx.commitment.create({
      data: { id: input.id, ...fieldsOf(input), sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: EDITABLE,
    });
    await audit({ action: 'create', entityType: 'commitment', entityId: created.id, after: created });
    return { id: created.id };
  },
  revalidate: (data) => pathsShowingCommitment(data.id),
});

export const updateCommitment = guardedAction({
  access: 'EDITOR',
  schema: updateCommitmentSchema,
  async run(input, { tx, audit }) {
    const before = await tx.commitment.findUnique({ where: { id: input.id }, select: EDITABLE });
    if (!before) throw new ActionError(404, 'not_found', 'There is no such commitment.');
    await assertSourceExists(tx, input.sourceId);
    const after = await tx.commitment.update({ where: { id: input.id }, data: fieldsOf(input), select: EDITABLE });
    await audit({ action: 'update', entityType: 'commitment', entityId: input.id, before, after });
    return { id: input.id };
  },
  revalidate: (data) => pathsShowingCommitment(data.id),
});
