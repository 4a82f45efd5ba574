// /commitments.csv?source=&theme=&status= : the rows /commitments shows for the
// same query string, in the same order, as a CSV file.
import { commitmentsCsv } from '@/lib/commitments/commitments-csv';
import { parseCommitmentFilters } from '@/lib/commitments/filters';
import { csvResponse } from '@/lib/csv';
import { getCommitmentFilterOptions, listCommitments } from '@/lib/queries/commitments';

export async function GET(request: Request): Promise<Response> {
  const options = await getCommitmentFilterOptions();
  const parsed = parseCommitmentFilters(new URL(request.url).searchParams, {
    sourceIds: options.sources.map((s) => s.id),
    themes: options.themes.map((t) => t.value),
  });
  if (!parsed.ok) {
    return Response.json({ error: { code: 'invalid_filter', message: parsed.message } }, { status: 400 });
  }
  const items = await listCommitments(parsed.filters);
  const csv = commitmentsCsv(items, {
    filters: parsed.filters,
    sourceTitles: new Map(options.sources.map((s) => [s.id, s.title])),
    total: options.total,
  });
  return csvResponse('commitments.csv', csv);
}
