// GET /api/v1/snapshots/2025-Q3: the quarter's current document, its revisions and hash.
import { getSnapshot } from '@/lib/queries/snapshots';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { snapshotLinks, snapshotQuarterSchema } from '@/lib/snapshots/api-schemas';
import { cachedGet, preflight } from '../../_lib/http';
import { apiError, assertKnownParameters } from '../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  return cachedGet(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const quarter = snapshotQuarterSchema.safeParse((await params).quarter);
    if (!quarter.success) throw new ParameterError('quarter', 'quarter must be written YYYY-QN, e.g. 2025-Q3');
    const view = await getSnapshot(quarter.data.label);
    if (!view) return apiError(404, 'not_found', `No snapshot has been published for ${quarter.data.label}.`, 'quarter');
    const { document, json: _json, id: _id, ...summary } = view.snapshot;
    return Response.json({
      snapshot: { ...summary, links: snapshotLinks(view.snapshot) },
      revisions: view.revisions.map(({ id: _rid, ...r }) => r),
      document,
    });
  });
}

export const OPTIONS = preflight;
