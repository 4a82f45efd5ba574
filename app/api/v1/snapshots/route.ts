// GET /api/v1/snapshots: every published snapshot and correction, newest first.
// The same rows as a table (CSV too) are the "snapshots" dataset, /api/v1/snapshot-revisions.
import { listSnapshots } from '@/lib/queries/snapshots';
import { snapshotLinks } from '@/lib/snapshots/api-schemas';
import { cachedGet, preflight } from '../_lib/http';
import { assertKnownParameters } from '../_lib/respond';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const list = await listSnapshots();
    return Response.json({ snapshots: list.map(({ changes: _changes, id: _id, ...s }) => ({ ...s, links: snapshotLinks(s) })) });
  });
}

export const OPTIONS = preflight;
