// GET /stop-and-search/data/<view>.csv?<the page's parameters>: exactly the
// rows and columns of that view's table, from the same query function.
import { csvResponse } from '@/lib/csv';
import { getExplorerViews } from '@/lib/queries/stop-search-explorer';
import { viewCsv } from '@/lib/stop-search/explorer-csv';
import { viewPermalink } from '@/lib/stop-search/explorer-links';
import { parseExplorerParams } from '@/lib/stop-search/explorer-params';
import { VIEW_IDS, type ViewId } from '@/lib/stop-search/explorer-view';
import { ParameterError } from '@/lib/stop-search/parameter-error';

const text = (status: number, body: string) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const id = file.replace(/\.csv$/, '') as ViewId;
  if (!file.endsWith('.csv') || !VIEW_IDS.includes(id)) return text(404, `No such file. Files: ${VIEW_IDS.map((v) => `${v}.csv`).join(', ')}`);
  const parsed = parseExplorerParams(new URL(request.url).searchParams);
  if (!parsed.ok) return text(400, parsed.message);
  try {
    const [view] = await getExplorerViews([id], parsed.params);
    return csvResponse(`stop-and-search-${id}.csv`, viewCsv(view!, viewPermalink(parsed.params, id)));
  } catch (error) {
    if (error instanceof ParameterError) return text(400, error.message);
    throw error;
  }
}
