import type { Metadata } from 'next';
import Link from 'next/link';
import { DatasetSection } from '@/components/open-data/dataset-section';
import { RecordExportForm } from '@/components/open-data/record-export-form';
import { getOpenDataPage } from '@/lib/queries/open-data';

export const metadata: Metadata = { title: 'Open data' };

export default async function DataPage() {
  const { datasets, boroughs } = await getOpenDataPage();
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">Open data</h1>
        <p>
          Everything this dashboard publishes, as files you can reuse: each table with its fields explained, its
          sources, its licence and when it last changed. The same rows are in the{' '}
          <Link href="/developers">HTTP API</Link>.
        </p>
      </div>

      <section aria-labelledby="everything" className="max-w-3xl space-y-3">
        <h2 id="everything" className="text-2xl font-bold">Everything in one file</h2>
        <p>
          One ZIP with a CSV per table, a <code>datapackage.json</code> describing every file and field (in the{' '}
          <a href="https://specs.frictionlessdata.io/tabular-data-package/">Frictionless Data Package</a> format, which
          many tools read) and a README with the sources, licence and how to cite.
        </p>
        <p>
          <a href="/data/open-data.zip" download className="font-semibold">Download all open data (ZIP)</a>
        </p>
        <p className="text-sm">
          Every CSV is UTF-8 with a header row; dates are ISO 8601 (timestamps in UTC); an empty cell means no value. A
          text cell that starts with = + - @ or a tab is given a leading apostrophe so spreadsheets never run it as a
          formula.
        </p>
      </section>

      <section aria-labelledby="records" className="space-y-3">
        <h2 id="records" className="max-w-3xl text-2xl font-bold">Stop-and-search records</h2>
        <p className="max-w-3xl">
          Every search as published by the police, one row each, for the filters you choose: the published file&apos;s
          columns, then ours (record id, force, month in London time, ethnic groups and borough). Large exports are
          streamed, so a file of several years starts downloading at once. The file name says what it holds.
        </p>
        <RecordExportForm boroughs={boroughs} />
      </section>

      <section aria-labelledby="datasets" className="space-y-6">
        <h2 id="datasets" className="text-2xl font-bold">Datasets and their fields</h2>
        <nav aria-label="Datasets">
          <ul className="list-disc pl-6">
            {datasets.map(({ dataset }) => (
              <li key={dataset.id}>
                <a href={`#${dataset.id}`}>{dataset.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {datasets.map((summary) => (
          <DatasetSection key={summary.dataset.id} summary={summary} />
        ))}
      </section>
    </div>
  );
}
