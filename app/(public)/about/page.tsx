import type { Metadata } from 'next';
import Link from 'next/link';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { SourceTable } from '@/components/about/source-table';
import { CC_BY } from '@/lib/open-data/dataset-types';
import { listDataGaps, listSources } from '@/lib/queries/sources';

export const metadata: Metadata = { title: 'About' };

export default async function AboutPage() {
  const [sources, gaps] = await Promise.all([listSources(), listDataGaps()]);
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">About this dashboard</h1>
        <p>
          This dashboard lets anyone check, with numbers and sources, whether London&apos;s Metropolitan Police is doing
          what it promised after the Baroness Casey Review in 2023 and in its London Race Action Plan in 2024.
        </p>
      </div>

      <section aria-labelledby="who" className="max-w-3xl space-y-3">
        <h2 id="who" className="text-2xl font-bold">Who it is for</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Londoners</strong> who want to see, in plain English, how many promises have been kept and what the
            figures show.
          </li>
          <li>
            <strong>Journalists and researchers</strong> who need every figure&apos;s source and date, and tables they
            can download as CSV files.
          </li>
          <li>
            <strong>Community panels</strong> who review the Met&apos;s progress and want to know what has changed.
          </li>
        </ul>
      </section>

      <section aria-labelledby="sources" className="space-y-3">
        <h2 id="sources" className="text-2xl font-bold">Where the information comes from</h2>
        <p className="max-w-3xl">
          Every commitment, finding and figure links to the page it was read on. These are the documents they come
          from. Many could only be read through press releases, summaries or news coverage; the notes say where.
        </p>
        <SourceTable sources={sources} />
        <DownloadCsvLink href="/about/sources.csv" label="Download CSV of the sources" />
      </section>

      <section aria-labelledby="licence" className="max-w-3xl space-y-3">
        <h2 id="licence" className="text-2xl font-bold">Licence</h2>
        <p>
          Police and Office for National Statistics data are published under the{' '}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
            Open Government Licence v3.0
          </a>
          . Contains public sector information licensed under the Open Government Licence v3.0.
        </p>
        <p>
          Summaries of commitments, findings and evidence, status judgements and notes are written by this project in
          its own words and published under the{' '}
          <a href={CC_BY.path}>{CC_BY.title}</a> licence (CC BY 4.0): reuse them freely, crediting the Met Police
          accountability dashboard with a link to this site. News articles and reports we link to belong to their
          publishers; we link to them and do not copy them.
        </p>
      </section>

      <section aria-labelledby="gaps" className="max-w-3xl space-y-3">
        <h2 id="gaps" className="text-2xl font-bold">What we could not find</h2>
        <p>
          <strong>The catalogue behind this dashboard is incomplete.</strong> It was gathered from public web pages, and
          some key documents could not be read in full. These are the gaps we know about:
        </p>
        <ul className="list-disc space-y-2 pl-6">
          {gaps.map((gap) => (
            <li key={gap.id}>{gap.text}</li>
          ))}
        </ul>
        <DownloadCsvLink href="/about/gaps.csv" label="Download CSV of the known gaps" />
        <p>
          How statuses and figures are worked out is on the <Link href="/methodology">methodology page</Link>.
        </p>
      </section>
    </div>
  );
}
