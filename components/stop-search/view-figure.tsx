// One explorer view as a reader needs it: title, the sentence that says what
// it shows, the drawing (loaded when scrolled to), the same figures as a
// table, the source, the CSV of exactly this and a link that reproduces it.
import type { ReactNode } from 'react';
import { BarList } from '@/components/stop-search/bar-list';
import { CopyLink } from '@/components/stop-search/copy-link';
import { LazyChart } from '@/components/stop-search/lazy-chart';
import { ViewTable } from '@/components/stop-search/view-table';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import type { ExplorerView } from '@/lib/stop-search/explorer-view';

export interface ViewFigureProps {
  view: ExplorerView;
  csvHref: string;
  permalink: string;
  /** Drawn instead of the default chart (the map). */
  drawing?: ReactNode;
  headingLevel?: 2 | 3;
}

export function ViewFigure({ view, csvHref, permalink, drawing, headingLevel = 2 }: ViewFigureProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `view-${view.id}`;
  const q = view.query;
  const field = q.ethnicity === 'officer' ? 'officer-defined ethnicity' : 'self-defined ethnicity';
  return (
    <section id={view.id} aria-labelledby={id} className="space-y-3 rounded border border-slate-300 p-4">
      <Heading id={id} className="text-xl font-bold">{view.title}</Heading>
      <p data-testid="summary">{view.summary}</p>
      {view.emptyReason ? (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">{view.emptyReason}</p>
      ) : (
        <figure className="space-y-2">
          {drawing ?? (view.chart.kind === 'bars' ? <BarList rows={view.rows} {...view.chart} /> : <div aria-hidden="true"><LazyChart spec={view.chart} rows={view.rows} /></div>)}
          <figcaption className="text-sm text-slate-700">
            {view.chart.kind === 'ratio-band' ? 'Lines show the ratio; shaded bands its 95% confidence interval; the solid line at 1 means the same rate as White people. ' : ''}
            {view.chart.kind === 'outcome-bars' ? 'Whiskers show 95% confidence intervals. ' : ''}
            The figures drawn are in the table below.
          </figcaption>
        </figure>
      )}
      {view.rows.some((r) => r.complete === false) ? (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-2 text-sm">
          <strong>Read with care:</strong> periods marked &ldquo;No&rdquo; under &ldquo;Every month imported&rdquo; lack some months for a force, so their counts and
          rates cover only part of the period and part of London, and should not be compared with complete periods.
        </p>
      ) : null}
      {view.rows.length && !view.emptyReason ? <ViewTable caption={`${view.title}: figures`} columns={view.columns} rows={view.rows} /> : null}
      <p className="text-sm text-slate-700">
        <strong>Source:</strong> {view.sources.map((s, i) => (
          <span key={s.id}>
            {i ? '; ' : ''}
            {s.publisher}, <a href={s.url}>{s.title}</a>
          </span>
        ))}
        . Months {q.from ?? '–'} to {q.to ?? '–'}, {field}. How the figures are made: <a href="/methodology">methodology</a>.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <DownloadCsvLink href={csvHref} label={`Download CSV: ${view.title}`} />
      </div>
      <CopyLink path={permalink} label="Link to this view:" />
    </section>
  );
}
