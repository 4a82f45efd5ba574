// /overview/status-counts.csv : the home page's "by source" table (one row per
// source, one column per status). ?by=status gives the "by status" table.
import { STATUS_DESCRIPTIONS, STATUS_KEYS, STATUS_LABELS } from '@/lib/commitments/status';
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { getStatusCounts, type SourceStatusCounts, type StatusCount } from '@/lib/queries/overview';

const BY_SOURCE: CsvColumn<SourceStatusCounts>[] = [
  { header: 'source_id', value: (r) => r.sourceId },
  { header: 'source_title', value: (r) => r.sourceTitle },
  { header: 'source_publisher', value: (r) => r.sourcePublisher },
  ...STATUS_KEYS.map((key): CsvColumn<SourceStatusCounts> => ({ header: STATUS_LABELS[key], value: (r) => r.counts[key] })),
  { header: 'Total', value: (r) => r.total },
];

const BY_STATUS: CsvColumn<StatusCount>[] = [
  { header: 'status', value: (r) => STATUS_LABELS[r.status] },
  { header: 'meaning', value: (r) => STATUS_DESCRIPTIONS[r.status] },
  { header: 'commitments', value: (r) => r.count },
];

const NOTES = ['Statuses are derived on the day the file is generated, by the rule published at /methodology#status-rule.'];

export async function GET(request: Request): Promise<Response> {
  const by = new URL(request.url).searchParams.get('by') ?? 'source';
  if (by !== 'source' && by !== 'status') {
    return Response.json({ error: { code: 'invalid_parameter', parameter: 'by', message: 'by must be "source" or "status".' } }, { status: 400 });
  }
  const counts = await getStatusCounts();
  const meta = { sources: ['Commitments tracked by the Met accountability dashboard; see /about for every source.'], units: 'number of commitments', notes: NOTES };
  const csv =
    by === 'status'
      ? toCsv(BY_STATUS, counts.byStatus, { ...meta, title: `Commitments by status (${counts.total} in all)`, filters: ['by: status'] })
      : toCsv(BY_SOURCE, counts.bySource, { ...meta, title: `Commitments by source and status (${counts.total} in all)`, filters: ['by: source'] });
  return csvResponse(by === 'status' ? 'commitments-by-status.csv' : 'commitments-by-source-and-status.csv', csv);
}
