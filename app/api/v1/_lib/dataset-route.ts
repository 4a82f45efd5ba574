// The route of one registered dataset: GET /api/v1/<apiPath>, as JSON
// ({ dataset, last_changed, rows, links }) or, with format=csv, the same CSV
// the /data page links to.
import { csvResponse } from '@/lib/csv';
import { datasetCsv } from '@/lib/open-data/dataset-csv';
import { findDataset } from '@/lib/open-data/datasets';
import { datasetQuerySchema } from '@/lib/open-data/api-schemas';
import { getDatasetTable } from '@/lib/queries/open-data';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { cachedGet, preflight } from './http';
import { assertKnownParameters } from './respond';

export function datasetRoute(id: string) {
  const dataset = findDataset(id);
  if (!dataset) throw new Error(`No dataset "${id}" is registered in lib/open-data/datasets.ts`);
  async function GET(request: Request): Promise<Response> {
    return cachedGet(request, async () => {
      const search = new URL(request.url).searchParams;
      assertKnownParameters(search, ['format']);
      const parsed = datasetQuerySchema.safeParse(Object.fromEntries(search));
      if (!parsed.success) throw new ParameterError('format', `format ${parsed.error.issues[0]!.message}`);
      const table = await getDatasetTable(dataset!);
      if (parsed.data.format === 'csv') return csvResponse(`${dataset!.id}.csv`, datasetCsv(dataset!, table.rows));
      const self = `/api/v1/${dataset!.apiPath}`;
      return Response.json({
        dataset: dataset!.id,
        last_changed: table.lastChanged?.toISOString() ?? null,
        rows: table.rows,
        links: { self, csv: `${self}?format=csv`, dictionary: `/data#${dataset!.id}` },
      });
    });
  }
  return { GET, OPTIONS: preflight };
}
