// The CSV behind an indicator chart: exactly the points the chart and its
// table show, in the same order, with units, sources and caveats on top.
import type { FeaturedIndicator } from '@/lib/charts/featured-indicators';
import type { IndicatorSeries, SeriesPoint, SourceRef } from '@/lib/charts/indicator-series';
import { toCsv, type CsvColumn } from '@/lib/csv';

const COLUMNS: CsvColumn<SeriesPoint & { indicatorId: string }>[] = [
  { header: 'indicator_id', value: (p) => p.indicatorId },
  { header: 'period', value: (p) => p.period },
  { header: 'period_start', value: (p) => p.periodStart },
  { header: 'period_end', value: (p) => p.periodEnd },
  { header: 'group', value: (p) => p.group },
  { header: 'value', value: (p) => p.value },
  { header: 'unit', value: (p) => p.unit },
  { header: 'source_publisher', value: (p) => p.source?.publisher },
  { header: 'source_title', value: (p) => p.source?.title },
  { header: 'page_read_url', value: (p) => p.url },
  { header: 'note', value: (p) => p.note },
];

function sourceLine(source: SourceRef): string {
  return `${source.publisher}, ${source.title}, ${source.url}`;
}

export function indicatorCsv(
  series: IndicatorSeries,
  extra: { definition: string | null; featured?: FeaturedIndicator; generatedAt?: Date },
): string {
  const sources = new Set(series.points.flatMap((p) => (p.source ? [sourceLine(p.source)] : [])));
  const sourceLines = [...sources, 'Each figure as reported on the page in its page_read_url column.'];
  const notes = [
    ...(extra.definition ? [`Definition: ${extra.definition}`] : []),
    // A featured chart's caveat already says it in the page's words; otherwise say it plainly.
    ...(extra.featured
      ? [extra.featured.caveat]
      : series.kind === 'reported'
        ? ['These figures come from different sources and periods and are not one consistent series.']
        : []),
    `Summary: ${series.summary}`,
  ];
  const rows = series.points.map((p) => ({ ...p, indicatorId: series.indicatorId }));
  return toCsv(COLUMNS, rows, {
    title: series.title,
    sources: sourceLines,
    units: series.unit,
    notes,
    generatedAt: extra.generatedAt,
  });
}
