import type { Metadata } from 'next';
import Link from 'next/link';
import { ReconciliationTable } from '@/components/stop-search-data/reconciliation-table';
import { RecordQualityTable } from '@/components/stop-search-data/record-quality-table';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { getStopSearchDataQuality } from '@/lib/queries/stop-search-data-quality';

export const metadata: Metadata = { title: 'Stop and search: the records and how they check out' };

export default async function StopSearchDataQualityPage() {
  const { records, reconciliation } = await getStopSearchDataQuality();
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Stop and search: the records behind the figures</h1>
        <p className="max-w-3xl">
          Our stop and search figures are counted from the record of every search that police forces publish each month
          on <a href="https://data.police.uk/data/">data.police.uk</a>. This page shows which months we hold, what the
          records leave out, and how our totals compare with the figures the Home Office and others have published. How
          each figure is worked out is on the <Link href="/methodology#stop-search">methodology page</Link>.
        </p>
      </div>

      <section aria-labelledby="records" className="space-y-3">
        <h2 id="records" className="text-2xl font-bold">What the imported records hold</h2>
        {records.length === 0 ? (
          <p className="rounded bg-slate-100 p-3">
            No stop and search records have been imported yet. Whoever runs this dashboard can load the monthly files
            with <code>npm run import -- &lt;files or folders&gt;</code> (see docs/importing.md).
          </p>
        ) : (
          <>
            <p className="max-w-3xl">
              Searches without a location cannot be placed in a borough, and those placed outside London&apos;s
              boundary are left out of borough figures; both stay in London totals. Searches with no ethnicity recorded
              are shown as &ldquo;Not stated&rdquo; in every breakdown by ethnic group.
            </p>
            <RecordQualityTable rows={records} />
            <DownloadCsvLink href="/stop-and-search/data-quality/records.csv" label="Download CSV of the imported records by force" />
          </>
        )}
      </section>

      <section aria-labelledby="reconciliation" className="space-y-3">
        <h2 id="reconciliation" className="text-2xl font-bold">Checking our totals against published figures</h2>
        <p className="max-w-3xl">
          Where a published figure covers months we hold in full, we put the same figure from the records beside it.
          Differences are expected: forces revise their files, and the Home Office counts from forces&apos; own systems
          and uses other population estimates. Each row says why it can or cannot be compared.
        </p>
        <ReconciliationTable rows={reconciliation} />
        <DownloadCsvLink href="/stop-and-search/data-quality/reconciliation.csv" label="Download CSV of the comparison with published figures" />
      </section>
    </div>
  );
}
