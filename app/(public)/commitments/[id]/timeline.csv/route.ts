// /commitments/<id>/timeline.csv : the dated history shown on a commitment's page.
import { timelineCsv } from '@/lib/commitments/commitments-csv';
import { csvResponse } from '@/lib/csv';
import { getCommitment } from '@/lib/queries/commitments';
import { parseSlug } from '@/lib/slug';

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const slug = parseSlug(id);
  const commitment = slug ? await getCommitment(slug) : null;
  if (!commitment) {
    return Response.json(
      { error: { code: 'not_found', message: 'There is no commitment with that id.' } },
      { status: 404 },
    );
  }
  return csvResponse(`commitment-${commitment.id}-timeline.csv`, timelineCsv(commitment));
}
