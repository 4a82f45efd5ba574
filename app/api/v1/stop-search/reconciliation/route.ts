// GET /api/v1/stop-search/reconciliation: each seeded official figure next to
// the same figure computed from the imported record-level files.
import { getStopSearchReconciliation } from '@/lib/queries/stop-search-reconciliation';
import { cachedGet, preflight } from '../../_lib/http';
import { assertKnownParameters } from '../../_lib/respond';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const rows = await getStopSearchReconciliation();
    return Response.json({ rows });
  });
}

export const OPTIONS = preflight;
