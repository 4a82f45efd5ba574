// /indicators/<id>/data.csv : the figures an indicator chart draws, as a file.
// (A folder named "[id].csv" would be a literal segment in Next.js, not a parameter.)
import { FEATURED_INDICATORS } from '@/lib/charts/featured-indicators';
import { indicatorCsv } from '@/lib/charts/indicator-csv';
import { buildIndicatorSeries } from '@/lib/charts/indicator-series';
import { csvResponse } from '@/lib/csv';
import { getIndicator } from '@/lib/queries/indicators';
import { parseSlug } from '@/lib/slug';

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const slug = parseSlug(id);
  const indicator = slug ? await getIndicator(slug) : null;
  if (!indicator) {
    return Response.json({ error: { code: 'not_found', message: 'There is no indicator with that id.' } }, { status: 404 });
  }
  const featured = FEATURED_INDICATORS.find((f) => f.id === id);
  // The same options as the overview chart, so the file says what the page says.
  const series = buildIndicatorSeries(indicator, indicator.observations, featured);
  return csvResponse(`indicator-${indicator.id}.csv`, indicatorCsv(series, { definition: indicator.definition, featured }));
}
