// GET /api/v1/snapshots: every published snapshot and correction, newest first.
import { listSnapshots } from '@/lib/queries/snapshots';
import { snapshotLinks } from '@/lib/snapshots/api-schemas';
import { assertKnownParameters, respond } from '../_lib/respond';

export async function GET(request: Request): Promise<Response> {
  return respond(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const list = await listSnapshots();
    return Response.json({ snapshots: list.map(({ changes: _changes, id: _id, ...s }) => ({ ...s, links: snapshotLinks(s) })) });
  });
}
