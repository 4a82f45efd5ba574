// GET /api/v1/stop-search/reconciliation: each seeded official figure next to
// the same figure computed from the imported record-level files.
import { getStopSearchReconciliation } from '@/lib/queries/stop-search-reconciliation';
import { assertKnownParameters, respond } from '../../_lib/respond';

export async function GET(request: Request): Promise<Response> {
  return respond(request, async () => {
    assertKnownParameters(new URL(request.url).searchParams, []);
    const rows = await getStopSearchReconciliation();
    return Response.json({ rows }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
