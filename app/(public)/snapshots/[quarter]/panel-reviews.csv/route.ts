// /snapshots/2025-Q3/panel-reviews.csv: the panel questions and answers shown on the snapshot's page.
import { csvResponse } from '@/lib/csv';
import { panelReviewsCsv } from '@/lib/panel-reviews/panel-reviews-csv';
import { getSnapshotPanelReviews } from '@/lib/queries/panel-reviews';
import { parseQuarter } from '@/lib/snapshots/quarter';

export async function GET(_request: Request, { params }: { params: Promise<{ quarter: string }> }): Promise<Response> {
  const quarter = parseQuarter((await params).quarter);
  if (!quarter) return Response.json({ error: { code: 'invalid_parameter', message: 'quarter must be written YYYY-QN, e.g. 2025-Q3', parameter: 'quarter' } }, { status: 400 });
  const meetings = await getSnapshotPanelReviews(quarter.label);
  return csvResponse(`panel-reviews-${quarter.label}.csv`, panelReviewsCsv(quarter.label, meetings));
}
