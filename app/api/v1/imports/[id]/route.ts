// GET /api/v1/imports/<id>?offset=&limit=: one import batch's report with its
// rejected rows (line, field, value, reason), a page at a time.
import { z } from 'zod';
import { getImportBatch } from '@/lib/queries/imports';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { importPageSchema } from '@/lib/schemas/imports-api';
import { cachedGet, preflight } from '../../_lib/http';
import { apiError, assertKnownParameters } from '../../_lib/respond';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return cachedGet(request, async () => {
    const { id } = await params;
    if (!z.uuid().safeParse(id).success) throw new ParameterError('id', 'id must be an import batch id (a UUID)');
    const search = new URL(request.url).searchParams;
    assertKnownParameters(search, ['offset', 'limit']);
    const parsed = importPageSchema.safeParse(Object.fromEntries(search));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ParameterError(String(issue.path[0]), `${String(issue.path[0])} ${issue.message}`);
    }
    const batch = await getImportBatch(id, parsed.data);
    if (!batch) return apiError(404, 'not_found', `There is no import batch ${id}.`, 'id');
    const { offset, limit } = parsed.data;
    const next = offset + limit < batch.rejected_total ? `/api/v1/imports/${id}?offset=${offset + limit}&limit=${limit}` : null;
    return Response.json({ ...batch, links: { self: `/api/v1/imports/${id}`, next } });
  });
}

export const OPTIONS = preflight;
