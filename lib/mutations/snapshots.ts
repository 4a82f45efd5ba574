// Publishing a quarterly snapshot and correcting one, from the editor area.
import 'server-only';
import { guardedAction } from '@/lib/auth/guarded-action';
import { getDb } from '@/lib/db';
import { ActionError } from '@/lib/errors';
import { correctSnapshotSchema, publishSnapshotSchema } from '@/lib/schemas/snapshot';
import { publishSnapshot, SnapshotRefused, type PublishedSnapshot } from '@/lib/snapshots/publish';

// Each is passed to revalidatePublicPath, which also expires every cached public read (the feeds' and /data's included).
const pathsShowingSnapshot = (s: PublishedSnapshot) => [
  '/snapshots',
  `/snapshots/${s.quarter}`,
  '/snapshots/compare',
  '/feed.xml',
  '/data',
  '/data/open-data.zip',
  '/api/v1/snapshots',
  `/api/v1/snapshots/${s.quarter}`,
  '/api/v1/snapshot-revisions',
];

function refused(error: unknown): never {
  if (error instanceof SnapshotRefused) throw new ActionError(409, 'snapshot_refused', error.message, { quarter: [error.message] });
  throw error;
}

export const publishSnapshotAction = guardedAction({
  access: 'EDITOR',
  schema: publishSnapshotSchema,
  async run(input, { tx, actor, audit }) {
    const published = await publishSnapshot(getDb(), tx, input.quarter, actor.id).catch(refused);
    await audit({ action: 'publish', entityType: 'snapshot', entityId: published.id, after: published });
    return published;
  },
  revalidate: pathsShowingSnapshot,
});

export const correctSnapshotAction = guardedAction({
  access: 'EDITOR',
  schema: correctSnapshotSchema,
  async run(input, { tx, actor, audit }) {
    const published = await publishSnapshot(getDb(), tx, input.quarter, actor.id, { note: input.note }).catch(refused);
    await audit({ action: 'correct', entityType: 'snapshot', entityId: published.id, after: { ...published, note: input.note } });
    return published;
  },
  revalidate: pathsShowingSnapshot,
});
