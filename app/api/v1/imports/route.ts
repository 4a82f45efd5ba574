// GET /api/v1/imports?force=&status=: every import batch with its report;
// each links to /api/v1/imports/<id> for its rejected rows.
import { listImportBatches } from '@/lib/queries/imports';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { importFiltersSchema } from '@/lib/schemas/imports-api';
import { cachedGet, preflight } from '../_lib/http';
import { assertKnownParameters } from '../_lib/respond';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => {
    const search = new URL(request.url).searchParams;
    assertKnownParameters(search, ['force', 'status']);
    const parsed = importFiltersSchema.safeParse(Object.fromEntries(search));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ParameterError(String(issue.path[0]), `${String(issue.path[0])} ${issue.message}`);
    }
    const batches = await listImportBatches(parsed.data);
    return Response.json(
      { batches: batches.map((b) => ({ ...b, links: { self: `/api/v1/imports/${b.id}` } })) }
    );
  });
}

export const OPTIONS = preflight;
