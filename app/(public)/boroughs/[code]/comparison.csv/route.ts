// GET /boroughs/<code>/comparison.csv: the borough-against-area table of the
// borough page, from the same query, with the same parameters.
import { csvResponse, toCsv } from '@/lib/csv';
import { getBorough, getBoroughComparison } from '@/lib/queries/stop-search-explorer';
import { boroughComparisonView } from '@/lib/stop-search/borough-comparison-view';
import { viewFilters } from '@/lib/stop-search/explorer-csv';
import { explorerQueryString, parseExplorerParams } from '@/lib/stop-search/explorer-params';
import { ParameterError } from '@/lib/stop-search/parameter-error';

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const borough = await getBorough((await params).code);
  if (!borough) return text(404, 'No such borough: use an E09 code, e.g. E09000022.');
  const parsed = parseExplorerParams(new URL(request.url).searchParams, ['borough']);
  if (!parsed.ok) return text(400, parsed.message);
  try {
    const c = await getBoroughComparison(borough, parsed.params);
    const view = boroughComparisonView(borough.code, borough.name, c.boroughFigures, c.areaName, c.areaFigures);
    const qs = explorerQueryString(parsed.params);
    const csv = toCsv(
      view.columns.map((col) => ({ header: col.key, value: (r: (typeof view.rows)[number]) => r[col.key] ?? null })),
      view.rows,
      {
        title: `${borough.name} (${borough.code}) against ${c.areaName}: stop and search (Met accountability dashboard)`,
        sources: c.summary.sources.map((s) => `${s.publisher}, ${s.title}, ${s.url}`),
        filters: viewFilters(c.summary),
        units: 'see the unit column; proportions from 0 to 1; rates and ratios cover all the months shown together',
        notes: [view.summary, ...view.warnings, ...c.summary.notes, `Reproduce this view: /boroughs/${borough.code}${qs ? `?${qs}` : ''}#comparison`],
      },
    );
    return csvResponse(`stop-and-search-${borough.code}-comparison.csv`, csv);
  } catch (error) {
    if (error instanceof ParameterError) return text(400, error.message);
    throw error;
  }
}
