// /overview/latest-updates.csv : the dated entries listed under "Latest dated updates" on the home page.
import { STATUS_LABELS } from '@/lib/commitments/status';
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { LATEST_UPDATES_SHOWN, listLatestUpdates, type LatestUpdateItem } from '@/lib/queries/overview';

const COLUMNS: CsvColumn<LatestUpdateItem>[] = [
  { header: 'entry_id', value: (u) => u.id },
  { header: 'as_of', value: (u) => u.asOf },
  { header: 'recorded_status', value: (u) => (u.status ? STATUS_LABELS[u.status] : null) },
  { header: 'note', value: (u) => u.note },
  { header: 'commitment_id', value: (u) => u.commitment.id },
  { header: 'commitment_summary', value: (u) => u.commitment.summary },
  { header: 'commitment_source', value: (u) => u.commitment.sourceTitle },
  // Several links share one cell, separated the way the page separates them.
  { header: 'evidence_urls', value: (u) => u.evidence.map((e) => e.url).join(' ; ') },
  { header: 'dashboard_path', value: (u) => `/commitments/${u.commitment.id}` },
];

export async function GET(): Promise<Response> {
  const items = await listLatestUpdates(LATEST_UPDATES_SHOWN);
  const csv = toCsv(COLUMNS, items, {
    title: `The ${LATEST_UPDATES_SHOWN} most recent dated entries across all commitments`,
    sources: ['Each entry links to its evidence (evidence_urls); see /about for every source.'],
    notes: ['recorded_status is what the source said on that date; a commitment\'s current status is on its page.'],
  });
  return csvResponse('latest-updates.csv', csv);
}
