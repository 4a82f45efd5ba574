// /commitments/<id>/timeline.csv : the dated history shown on a commitment's page.
import { timelineCsv } from '@/lib/commitments/commitments-csv';
import { csvResponse } from '@/lib/csv';
import { getCommitment } from '@/lib/queries/commitments';

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const commitment = await getCommitment(id);
  if (!commitment) {
    return Response.json(
      { error: { code: 'not_found', message: 'There is no commitment with that id.' } },
      { status: 404 },
    );
  }
  return csvResponse(`commitment-${commitment.id}-timeline.csv`, timelineCsv(commitment));
}
