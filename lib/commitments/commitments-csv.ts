// The CSV files behind the commitments pages: the same rows, in the same
// order, as the page shows, with the filters and sources written on top.
import { toCsv, type CsvColumn } from '@/lib/csv';
import { describeFilters, themeLabel, type CommitmentFilters } from '@/lib/commitments/filters';
import { STATUS_LABELS, STATUS_SLUGS } from '@/lib/commitments/status';
import type { CommitmentDetail, CommitmentListItem, TimelineEntry } from '@/lib/queries/commitments';

const STATUS_RULE_NOTE =
  'Statuses are derived on the day the file is generated, by the rule published at /methodology#status-rule on the dashboard.';
const OWN_WORDS_NOTE = 'Summaries and notes are written by the dashboard in its own words; each links to where it was read.';

const LIST_COLUMNS: CsvColumn<CommitmentListItem>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'summary', value: (r) => r.summary },
  { header: 'status', value: (r) => STATUS_LABELS[r.status] },
  { header: 'status_code', value: (r) => STATUS_SLUGS[r.status] },
  { header: 'theme', value: (r) => themeLabel(r.theme) },
  { header: 'pillar', value: (r) => r.pillar },
  { header: 'source_id', value: (r) => r.sourceId },
  { header: 'source_title', value: (r) => r.sourceTitle },
  { header: 'source_publisher', value: (r) => r.sourcePublisher },
  { header: 'source_url', value: (r) => r.sourceUrl },
  { header: 'announced_on', value: (r) => r.announcedOn },
  { header: 'due_on', value: (r) => r.dueOn },
  { header: 'latest_update_on', value: (r) => r.latestUpdate?.asOf },
  { header: 'latest_update_note', value: (r) => r.latestUpdate?.note },
  { header: 'latest_update_url', value: (r) => r.latestUpdate?.url },
  { header: 'evidence_count', value: (r) => r.evidenceCount },
];

function sourceLine(source: { publisher: string; title: string; url: string }): string {
  return `${source.publisher}, ${source.title}, ${source.url}`;
}

export interface CommitmentsCsvContext {
  filters: CommitmentFilters;
  /** Source id -> title, to name a source filter in words. */
  sourceTitles: ReadonlyMap<string, string>;
  /** All commitments in the tracker, for the "N of M" note. */
  total: number;
  generatedAt?: Date;
}

export function commitmentsCsv(items: CommitmentListItem[], context: CommitmentsCsvContext): string {
  const sources = new Map(
    items.map((r) => [r.sourceId, sourceLine({ publisher: r.sourcePublisher, title: r.sourceTitle, url: r.sourceUrl })]),
  );
  return toCsv(LIST_COLUMNS, items, {
    title: 'Commitments tracker: what the Metropolitan Police promised and what has happened since',
    sources: [...sources.values()],
    filters: describeFilters(context.filters, context.sourceTitles),
    notes: [`${items.length} of ${context.total} commitments.`, STATUS_RULE_NOTE, OWN_WORDS_NOTE],
    generatedAt: context.generatedAt,
  });
}

const TIMELINE_COLUMNS: CsvColumn<TimelineEntry & { commitmentId: string }>[] = [
  { header: 'commitment_id', value: (r) => r.commitmentId },
  { header: 'entry_id', value: (r) => r.id },
  { header: 'as_of', value: (r) => r.asOf },
  // Empty when the entry is evidence that does not, on its own, establish a status.
  { header: 'status', value: (r) => (r.status ? STATUS_LABELS[r.status] : null) },
  { header: 'status_basis', value: (r) => r.statusBasis },
  { header: 'note', value: (r) => r.note },
  { header: 'evidence_titles', value: (r) => r.evidence.map((e) => e.title).join('; ') },
  { header: 'evidence_urls', value: (r) => r.evidence.map((e) => e.url).join('; ') },
  { header: 'origin', value: (r) => r.origin },
  { header: 'corrects_entry_id', value: (r) => r.correctsId },
  { header: 'corrected_by_entry_ids', value: (r) => r.correctedByIds.join('; ') },
  { header: 'recorded_on', value: (r) => r.recordedAt },
];

export function timelineCsv(commitment: CommitmentDetail, generatedAt?: Date): string {
  const rows = commitment.timeline.map((entry) => ({ ...entry, commitmentId: commitment.id }));
  return toCsv(TIMELINE_COLUMNS, rows, {
    title: `Timeline of updates for commitment ${commitment.id}: ${commitment.summary}`,
    sources: [sourceLine(commitment.source)],
    filters: [`commitment: ${commitment.id}`],
    notes: [
      `Current status: ${STATUS_LABELS[commitment.status]}.`,
      `Summary written from ${commitment.url}`,
      'Newest entries first; entries without a date come last. Corrected entries are kept and point to their correction.',
      STATUS_RULE_NOTE,
      OWN_WORDS_NOTE,
    ],
    generatedAt,
  });
}
