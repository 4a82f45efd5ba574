// A view of the explorer as CSV: exactly the columns and rows of its table
// (raw values; proportions 0-1), with the question asked, sources, units,
// ethnicity field and notes in "# " lines above (lib/csv.ts defuses formulas).
import { toCsv } from '@/lib/csv';
import type { ExplorerView, ViewColumn } from '@/lib/stop-search/explorer-view';

const UNITS = 'searches are counts; *per 1,000 residents* columns per 1,000 Census 2021 usual residents over the months shown; ratio columns are times as likely as White people; rate and share columns are proportions from 0 to 1';

export function viewFilters(view: Pick<ExplorerView, 'query'>): string[] {
  const q = view.query;
  return [
    `force: ${q.force ?? 'both London forces'}`,
    `months: ${q.from ?? '-'} to ${q.to ?? '-'}`,
    `period: ${q.period}`,
    `ethnicity field: ${q.ethnicity === 'officer' ? 'officer-defined' : 'self-defined'}`,
    ...Object.entries(q.filters).map(([d, v]) => `${d === 'ethnicity' ? 'ethnic_group' : d}: ${v}`),
  ];
}

export function viewCsv(view: ExplorerView, permalink: string, generatedAt = new Date()): string {
  const columns = view.columns.map((c: ViewColumn) => ({ header: c.key, value: (r: ExplorerView['rows'][number]) => r[c.key] ?? null }));
  return toCsv(columns, view.rows, {
    title: `${view.title} (Met accountability dashboard)`,
    sources: view.sources.map((s) => `${s.publisher}, ${s.title}, ${s.url}`),
    filters: viewFilters(view),
    units: UNITS,
    notes: [view.summary, ...view.notes, `Reproduce this view: ${permalink}`, `Import batches behind the figures: ${view.importBatchCount}`],
    generatedAt,
  });
}
