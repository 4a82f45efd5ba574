import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartFigure } from '@/components/charts/chart-figure';
import { LatestUpdates } from '@/components/overview/latest-updates';
import { SourceStatusTable } from '@/components/overview/source-status-table';
import { StatusCountTable } from '@/components/overview/status-count-table';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { HeadlineFigures } from '@/components/stop-search/headline-figures';
import { getOverview } from '@/lib/queries/overview';
import { getStopSearchHeadlines } from '@/lib/queries/stop-search-explorer';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage() {
  const [overview, stopSearch] = await Promise.all([getOverview(), getStopSearchHeadlines()]);
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Is the Met keeping its promises?</h1>
        <p className="max-w-3xl">
          In 2023 the Baroness Casey Review found London&apos;s Metropolitan Police institutionally racist, misogynistic
          and homophobic. In 2024 the Met launched the London Race Action Plan. This dashboard tracks{' '}
          {overview.total} commitments made by the Met, the Mayor and national policing bodies, and shows what has been
          published about each one since, with a link to every source.
        </p>
        <p className="max-w-3xl">
          A status is never guessed. It comes from dated evidence, by a rule we publish on the{' '}
          <Link href="/methodology#status-rule">methodology page</Link>. Where nothing dated has been published, the
          commitment says &ldquo;No update published&rdquo;.
        </p>
      </div>

      <section aria-labelledby="by-status" className="space-y-3">
        <h2 id="by-status" className="text-2xl font-bold">Commitments by status</h2>
        <StatusCountTable rows={overview.byStatus} total={overview.total} />
        <DownloadCsvLink href="/overview/status-counts.csv?by=status" label="Download CSV of commitments by status" />
      </section>

      <section aria-labelledby="by-source" className="space-y-3">
        <h2 id="by-source" className="text-2xl font-bold">Commitments by source</h2>
        <p className="max-w-3xl">Who made each promise, and where each set of promises stands today.</p>
        <SourceStatusTable rows={overview.bySource} />
        <DownloadCsvLink href="/overview/status-counts.csv" label="Download CSV of commitments by source and status" />
      </section>

      <section aria-labelledby="latest" className="space-y-3">
        <h2 id="latest" className="text-2xl font-bold">Latest dated updates</h2>
        <p className="max-w-3xl">
          The five most recent dated entries across all commitments. See <Link href="/commitments">every commitment</Link>.
        </p>
        <LatestUpdates items={overview.latestUpdates} />
        <DownloadCsvLink href="/overview/latest-updates.csv" label="Download CSV of the latest dated updates" />
      </section>

      <section aria-labelledby="stop-search" className="space-y-3">
        <h2 id="stop-search" className="text-2xl font-bold">Stop and search</h2>
        <HeadlineFigures {...stopSearch} />
        <p>
          <Link href="/stop-and-search">Explore stop and search by year, borough, ethnic group, law and outcome</Link>.
        </p>
      </section>

      <section aria-labelledby="figures" className="space-y-4">
        <h2 id="figures" className="text-2xl font-bold">Headline figures</h2>
        <p className="max-w-3xl">
          Figures as published by others and reported in the press. Each chart has its figures in a table, its sources
          and a CSV file. How we check figures is on the <Link href="/methodology">methodology page</Link>.
        </p>
        {overview.charts.map((chart) => (
          <ChartFigure
            key={chart.series.indicatorId}
            series={chart.series}
            csvHref={`/indicators/${chart.series.indicatorId}/data.csv`}
            yLabel={chart.config.axisLabel}
            caveat={chart.config.caveat}
            definition={chart.definition}
            source={chart.source}
          />
        ))}
      </section>
    </div>
  );
}
