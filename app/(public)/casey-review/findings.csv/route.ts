// /casey-review/findings.csv : the findings listed on /casey-review, in the same order.
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { listCaseyFindings, type FindingItem } from '@/lib/queries/findings';

const COLUMNS: CsvColumn<FindingItem>[] = [
  { header: 'id', value: (f) => f.id },
  { header: 'statement', value: (f) => f.statement },
  { header: 'figure', value: (f) => f.figure },
  { header: 'unit', value: (f) => f.unit },
  { header: 'population', value: (f) => f.population },
  { header: 'note', value: (f) => f.note },
  { header: 'page_read_url', value: (f) => f.url },
  { header: 'source_id', value: (f) => f.source.id },
  { header: 'source_title', value: (f) => f.source.title },
  { header: 'source_publisher', value: (f) => f.source.publisher },
  { header: 'source_published_on', value: (f) => f.source.publishedOn },
];

export async function GET(): Promise<Response> {
  const findings = await listCaseyFindings();
  const sources = new Map(findings.map((f) => [f.source.id, `${f.source.publisher}, ${f.source.title}, ${f.source.url}`]));
  const csv = toCsv(COLUMNS, findings, {
    title: 'What the Baroness Casey Review found',
    sources: [...sources.values()],
    notes: [
      'Statements are summaries in our own words; each links to the page where it was read (page_read_url).',
      'figure is empty where the source gives no single number; unit and population say what a figure counts.',
    ],
  });
  return csvResponse('casey-review-findings.csv', csv);
}
