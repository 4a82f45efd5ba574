// GET /data/stop-search-records.csv?<summary filters>: every matching record,
// streamed from PostgreSQL as it is read. The file name says what it holds.
import { createHash } from 'node:crypto';
import { recordExportFilename } from '@/lib/open-data/record-export';
import { parseRecordRequest } from '@/lib/open-data/record-params';
import { recordsVersion, streamRecordsCsv } from '@/lib/queries/stop-search-records';
import { cachedGet, preflight } from '../../../api/v1/_lib/http';

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const version = await recordsVersion().catch(() => null);
  const etag = version === null ? null : `"${createHash('sha256').update(`${version}?${url.search}`).digest('base64url').slice(0, 32)}"`;
  if (etag && request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Access-Control-Allow-Origin': '*' } });
  }
  return cachedGet(
    request,
    async () => {
      const { filters } = parseRecordRequest(url.searchParams, { paged: false });
      return new Response(streamRecordsCsv(filters), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${recordExportFilename(filters)}"`,
          ...(etag ? { ETag: etag } : {}),
        },
      });
    },
    { stream: true },
  );
}

export const OPTIONS = preflight;
