// GET /api/v1/snapshots/2025-Q3: the quarter's current document, its revisions and hash.
import { getSnapshot } from '@/lib/queries/snapshots';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { parseQuarter } from '@/lib/snapshots/quarter';
import { apiError, assertKnownParameters, respond } from '../../_lib/respond';
import { snapshotLinks } from '@/lib/snapshots/api-schemas';

export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  return respond(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const quarter = parseQuarter((await params).quarter);
    if (!quarter) throw new ParameterError('quarter', 'quarter must be written YYYY-QN, e.g. 2025-Q3');
    const view = await getSnapshot(quarter.label);
    if (!view) return apiError(404, 'not_found', `No snapshot has been published for ${quarter.label}.`, 'quarter');
    const { document, json: _json, id: _id, ...summary } = view.snapshot;
    return Response.json({
      snapshot: { ...summary, links: snapshotLinks(view.snapshot) },
      revisions: view.revisions.map(({ id: _rid, ...r }) => r),
      document,
    });
  });
}
