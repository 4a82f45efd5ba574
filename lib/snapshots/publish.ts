// Publishing a quarter's snapshot, or a correction of one. Shared by the
// editor action and `npm run snapshot:publish`; the database refuses a second
// snapshot for the same quarter (unique quarter + revision) and any change to
// a published row (trigger), so these functions only add rows.
import type { Db, Tx } from '@/lib/prisma-client';
import { buildSnapshotDocument } from '@/lib/snapshots/build-document';
import { canonicalJson, sha256Hex } from '@/lib/snapshots/canonical-json';
import type { Quarter } from '@/lib/snapshots/quarter';

export interface PublishedSnapshot {
  id: string;
  quarter: string;
  revision: number;
  sha256: string;
  correctsId: string | null;
}

export class SnapshotRefused extends Error {
  override name = 'SnapshotRefused';
}

const UNIQUE_VIOLATION = 'P2002';

/** Builds the document from `reader` and writes it with `writer` (a transaction in the editor action). */
export async function publishSnapshot(
  reader: Db,
  writer: Db | Tx,
  quarter: Quarter,
  publishedById: string | null,
  correction?: { note: string },
): Promise<PublishedSnapshot> {
  const existing = await writer.snapshot.findMany({ where: { quarter: quarter.label }, orderBy: { revision: 'desc' }, take: 1 });
  const latest = existing[0];
  if (!correction && latest) throw new SnapshotRefused(`${quarter.label} has already been published; publish a correction instead.`);
  if (correction && !latest) throw new SnapshotRefused(`${quarter.label} has not been published, so there is nothing to correct.`);

  const document = await buildSnapshotDocument(reader, quarter);
  const text = canonicalJson(document);
  try {
    const row = await writer.snapshot.create({
      data: {
        quarter: quarter.label,
        revision: correction ? latest!.revision + 1 : 0,
        asOf: new Date(`${quarter.asOf}T00:00:00Z`),
        // Stored as parsed JSON; the published bytes are re-made with canonicalJson and checked against sha256.
        document: JSON.parse(text),
        sha256: sha256Hex(text),
        correctsId: correction ? latest!.id : null,
        correctionNote: correction?.note ?? null,
        publishedById,
      },
    });
    return { id: row.id, quarter: row.quarter, revision: row.revision, sha256: row.sha256, correctsId: row.correctsId };
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      throw new SnapshotRefused(`${quarter.label} was published by someone else a moment ago.`);
    }
    throw error;
  }
}
