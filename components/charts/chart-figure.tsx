// One indicator as a reader needs it: a title, the sentence that says what it
// shows, the chart, the same figures as a table, where they came from, and the
// file. Server component; only the drawing runs in the browser.
import { ChartTable } from '@/components/charts/chart-table';
import { LazyIndicatorChart } from '@/components/charts/lazy-indicator-chart';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { axisLabel } from '@/lib/charts/format';
import type { IndicatorSeries, SourceRef } from '@/lib/charts/indicator-series';

export interface ChartFigureProps {
  series: IndicatorSeries;
  csvHref: string;
  headingLevel?: 2 | 3;
  yLabel?: string;
  caveat?: string;
  definition?: string | null;
  source?: Pick<SourceRef, 'title' | 'publisher' | 'url'> | null;
}

function periodRange(series: IndicatorSeries): string {
  const first = series.points[0]?.period;
  const last = series.points[series.points.length - 1]?.period;
  if (!first || !last) return 'no figures yet';
  return first === last ? first : `${first} to ${last}`;
}

export function ChartFigure({ series, csvHref, headingLevel = 3, yLabel, caveat, definition, source }: ChartFigureProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `chart-${series.indicatorId}`;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded border border-slate-300 p-4">
      <Heading id={id} className="text-lg font-bold">
        {series.title}
      </Heading>
      <p className="text-base">{series.summary}</p>
      {caveat ? (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
          <strong>Read with care:</strong> {caveat}
        </p>
      ) : null}
      <figure className="space-y-2">
        {series.noDataReason ? (
          <p className="rounded bg-slate-100 p-3 text-sm">{series.noDataReason}</p>
        ) : (
          <div aria-hidden="true" className="w-full">
            <LazyIndicatorChart
              rows={series.rows}
              groups={series.groups}
              unit={series.unit}
              kind={series.kind}
              xLabel="Period, as the source states it"
              yLabel={yLabel ?? axisLabel(series.unit)}
            />
          </div>
        )}
        <figcaption className="text-sm text-slate-700">
          {series.noDataReason ? 'Figures found so far.' : 'Chart of the figures in the table below.'}
          {series.spacingNote ? ` ${series.spacingNote}` : ''}
        </figcaption>
      </figure>
      <ChartTable caption={`${series.title}: figures shown`} points={series.points} />
      <p className="text-sm text-slate-700">
        <strong>Source:</strong>{' '}
        {source ? (
          <>
            {source.publisher}, <a href={source.url}>{source.title}</a>.{' '}
          </>
        ) : null}
        Each figure as reported on the page linked in its row. Period: {periodRange(series)}.
        {definition ? ` Definition: ${definition}` : ''}
      </p>
      <DownloadCsvLink href={csvHref} label={`Download CSV: ${series.title}`} />
    </section>
  );
}
