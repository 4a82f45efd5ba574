// /casey-review/recommendations.csv : the recommendations listed on
// /casey-review with the status each shows there.
import { themeLabel } from '@/lib/commitments/filters';
import { STATUS_LABELS, STATUS_SLUGS } from '@/lib/commitments/status';
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { listCaseyRecommendations, type CaseyRecommendation } from '@/lib/queries/casey-recommendations';

const COLUMNS: CsvColumn<CaseyRecommendation>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'summary', value: (r) => r.summary },
  { header: 'status', value: (r) => STATUS_LABELS[r.status] },
  { header: 'status_code', value: (r) => STATUS_SLUGS[r.status] },
  { header: 'theme', value: (r) => themeLabel(r.theme) },
  { header: 'due_on', value: (r) => r.dueOn },
  { header: 'status_note', value: (r) => r.statusNote },
  { header: 'caveat', value: (r) => r.caveat },
  { header: 'page_read_url', value: (r) => r.url },
  { header: 'dashboard_path', value: (r) => `/commitments/${r.id}` },
];

export async function GET(): Promise<Response> {
  const recommendations = await listCaseyRecommendations();
  const csv = toCsv(COLUMNS, recommendations, {
    title: "The Baroness Casey Review's recommendations and their status",
    sources: [
      'Baroness Casey Review, Final Report (21 March 2023), as summarised in public coverage; each row links to the page read.',
    ],
    notes: [
      'The official numbered list could not be read: these items are reconstructed from summaries and may split or merge official recommendations.',
      'Statuses are derived on the day the file is generated, by the rule published at /methodology#status-rule.',
    ],
  });
  return csvResponse('casey-review-recommendations.csv', csv);
}
