// GET /api/v1/stop-search/summary: stop-and-search figures for any period
// grain, filters and grouping, as JSON or (format=csv) CSV. The parameters
// and every column are described in docs/figures.md.
import { csvResponse } from '@/lib/csv';
import { getStopSearchSummary } from '@/lib/queries/stop-search-summary';
import { summaryCsv } from '@/lib/stop-search/summary-csv';
import { parseSummaryRequest, summaryQueryString } from '@/lib/stop-search/summary-params';
import { cachedGet, preflight } from '../../_lib/http';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => {
    const { format, ...params } = parseSummaryRequest(new URL(request.url).searchParams);
    const summary = await getStopSearchSummary(params);
    if (format === 'csv') return csvResponse('stop-search-summary.csv', summaryCsv(summary));
    const self = `/api/v1/stop-search/summary?${summaryQueryString(params)}`;
    return Response.json({ ...summary, links: { self, csv: `${self}&format=csv` } });
  });
}

export const OPTIONS = preflight;
