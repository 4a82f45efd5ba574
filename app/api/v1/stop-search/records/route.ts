// GET /api/v1/stop-search/records: record-level searches for the summary's
// filters, a page at a time in id order (keyset cursor `after`), as JSON or
// (format=csv) CSV. For every record at once use /data/stop-search-records.csv.
import { csvResponse, toCsv } from '@/lib/csv';
import { RECORD_COLUMNS } from '@/lib/open-data/record-columns';
import { parseRecordRequest } from '@/lib/open-data/record-params';
import { getRecordPage, type RecordRow } from '@/lib/queries/stop-search-records';
import { cachedGet, preflight } from '../../_lib/http';

const columns = RECORD_COLUMNS.map((c) => ({ header: c.name, value: (row: RecordRow) => row[c.name] ?? null }));

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => {
    const url = new URL(request.url);
    const { filters, format, after, limit } = parseRecordRequest(url.searchParams, { paged: true });
    const { records, nextAfter } = await getRecordPage(filters, { ...(after !== undefined ? { after } : {}), limit });
    if (format === 'csv') return csvResponse('stop-search-records-page.csv', toCsv(columns, records));
    const link = (changes: Record<string, string | null>) => {
      const search = new URLSearchParams(url.searchParams);
      for (const [key, value] of Object.entries(changes)) if (value === null) search.delete(key); else search.set(key, value);
      return `/api/v1/stop-search/records${search.size ? `?${search}` : ''}`;
    };
    return Response.json({
      records,
      links: { self: link({}), next: nextAfter ? link({ after: nextAfter }) : null, csv: link({ format: 'csv' }) },
    });
  });
}

export const OPTIONS = preflight;
