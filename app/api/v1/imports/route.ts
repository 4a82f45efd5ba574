// GET /api/v1/imports?force=&status=: every import batch with its report;
// each links to /api/v1/imports/<id> for its rejected rows.
import { z } from 'zod';
import { listImportBatches } from '@/lib/queries/imports';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { assertKnownParameters, respond } from '../_lib/respond';

const filtersSchema = z.object({
  force: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a data.police.uk force id such as metropolitan').optional(),
  status: z.enum(['running', 'loaded', 'failed', 'replaced']).optional(),
});

export async function GET(request: Request): Promise<Response> {
  return respond(request, async () => {
    const search = new URL(request.url).searchParams;
    assertKnownParameters(search, ['force', 'status']);
    const parsed = filtersSchema.safeParse(Object.fromEntries(search));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ParameterError(String(issue.path[0]), `${String(issue.path[0])} ${issue.message}`);
    }
    const batches = await listImportBatches(parsed.data);
    return Response.json(
      { batches: batches.map((b) => ({ ...b, links: { self: `/api/v1/imports/${b.id}` } })) },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  });
}
