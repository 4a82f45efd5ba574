import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SnapshotPanelReviews } from '@/components/panel-reviews/snapshot-panel-reviews';
import { PrintPageFooter } from '@/components/ui/print-page-footer';
import { ScrollTable } from '@/components/ui/scroll-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { siteOrigin, env } from '@/lib/env';
import { getSnapshotPanelReviews } from '@/lib/queries/panel-reviews';
import { getSnapshot } from '@/lib/queries/snapshots';
import { shortHash } from '@/lib/snapshots/canonical-json';
import { parseQuarter } from '@/lib/snapshots/quarter';

type Props = { params: Promise<{ quarter: string }>; searchParams: Promise<{ revision?: string }> };

const load = cache(async (raw: string, revisionParam: string | undefined) => {
  const quarter = parseQuarter(raw);
  const revision = revisionParam !== undefined && /^\d{1,3}$/.test(revisionParam) ? Number(revisionParam) : undefined;
  return quarter ? getSnapshot(quarter.label, revision) : null;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = await load((await params).quarter, (await searchParams).revision);
  return { title: view ? `Snapshot ${view.snapshot.quarter}` : 'Snapshot not found' };
}

const number = (n: number | null, digits = 2) => (n === null ? '–' : n.toLocaleString('en-GB', { maximumFractionDigits: digits }));

export default async function SnapshotPage({ params, searchParams }: Props) {
  const view = await load((await params).quarter, (await searchParams).revision);
  if (!view) notFound();
  const { snapshot, revisions, newerQuarter } = view;
  const doc = snapshot.document;
  const latest = revisions[0]!;
  const url = `${siteOrigin(env)}/snapshots/${snapshot.quarter}`;
  const london = doc.stop_search.figures.filter((f) => f.area === 'E12000007');
  // Panel reviews are added after publication, so they live beside the frozen document, not in it.
  const panelReviews = await getSnapshotPanelReviews(snapshot.quarter);
  const footer = `Snapshot ${snapshot.quarter}, as of ${doc.as_of}, SHA-256 ${shortHash(snapshot.sha256)}`;

  return (
    <article className="snapshot-pack space-y-8">
      <header className="space-y-2">
        <p className="no-print">
          <Link href="/snapshots">All snapshots</Link>
        </p>
        <h1 className="text-xl font-bold sm:text-3xl">
          Snapshot {doc.quarter}
          {snapshot.revision ? `, correction ${snapshot.revision}` : ''}
        </h1>
        <p>
          As of <strong>{doc.as_of}</strong>, published {snapshot.published_at.slice(0, 10)}. This is a frozen record: it shows what the
          dashboard said then, not today.
        </p>
        {latest.revision !== snapshot.revision ? (
          <p role="note" className="border-l-4 border-red-800 bg-red-50 p-3">
            A correction of this snapshot has been published: <Link href={`/snapshots/${snapshot.quarter}`}>read the corrected snapshot</Link>.
            {latest.correction_note ? ` What was wrong: ${latest.correction_note}` : ''}
          </p>
        ) : null}
        {snapshot.correction_note ? (
          <p role="note" className="border-l-4 border-amber-800 bg-amber-50 p-3">
            This corrects the snapshot first published for {snapshot.quarter} (<Link href={`/snapshots/${snapshot.quarter}?revision=${snapshot.revision - 1}`}>previous version</Link>). What was wrong: {snapshot.correction_note}
          </p>
        ) : null}
        {newerQuarter ? (
          <p role="note" className="border-l-4 border-blue-800 bg-blue-50 p-3">
            A newer snapshot exists: <Link href={`/snapshots/${newerQuarter}`}>{newerQuarter}</Link> (<Link href={`/snapshots/compare?from=${snapshot.quarter}&to=${newerQuarter}`}>what changed</Link>).
          </p>
        ) : null}
        <p>
          Cite this snapshot: Met accountability dashboard, snapshot {snapshot.quarter}
          {snapshot.revision ? ` (correction ${snapshot.revision})` : ''}, {url}, SHA-256 <code>{shortHash(snapshot.sha256)}</code>.
        </p>
        <p className="no-print">
          <a href={`/snapshots/${snapshot.quarter}/snapshot.json`} download>
            Download the JSON document
          </a>{' '}
          (its SHA-256 is <code className="break-all">{snapshot.sha256}</code>) or{' '}
          <a href={`/snapshots/${snapshot.quarter}/snapshot.zip`} download>
            the tables as CSV files in a ZIP
          </a>
        </p>
      </header>

      <section aria-labelledby="commitments-heading" className="pack-section space-y-2">
        <h2 id="commitments-heading" className="text-xl font-bold">
          Commitments
        </h2>
        <ScrollTable tableClassName="[&_td]:py-2 [&_td]:pr-3 [&_th]:pr-3" label="Commitments" caption={`Every commitment's status as of ${doc.as_of}, with its latest entry by then`}>
          <thead>
            <tr>
              <th scope="col">Commitment</th>
              <th scope="col">Status</th>
              <th scope="col">Due</th>
              <th scope="col">Latest entry</th>
            </tr>
          </thead>
          <tbody>
            {doc.commitments.map((c) => (
              <tr key={c.id} className="border-t align-top">
                <td>
                  <Link href={`/commitments/${c.id}`}>{c.summary}</Link>
                </td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>{c.due_on ?? 'None stated'}</td>
                <td>{c.latest_entry ? `${c.latest_entry.as_of ?? 'Undated'}: ${c.latest_entry.note}` : 'None'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>

      <section aria-labelledby="indicators-heading" className="pack-section space-y-2">
        <h2 id="indicators-heading" className="text-xl font-bold">
          Indicators
        </h2>
        <ScrollTable tableClassName="[&_td]:py-2 [&_td]:pr-3 [&_th]:pr-3" label="Indicators" caption={`Each indicator's latest value for a period ending on or before ${doc.as_of}`}>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {doc.indicators.map((i) => (
              <tr key={i.id} className="border-t align-top">
                <td>{i.label}</td>
                <td>{i.latest?.period_label ?? 'No value by then'}</td>
                <td>{i.latest ? `${number(i.latest.value)} ${i.unit}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>

      <section aria-labelledby="stop-search-heading" className="pack-section space-y-2">
        <h2 id="stop-search-heading" className="text-xl font-bold">
          Stop and search
        </h2>
        <p>{doc.stop_search.note}</p>
        {doc.stop_search.headlines.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {doc.stop_search.headlines.map((h) => (
              <li key={h.key}>
                {h.label}: <strong>{h.value}</strong> ({h.detail})
              </li>
            ))}
          </ul>
        ) : null}
        {london.length ? (
          <ScrollTable tableClassName="[&_td]:py-2 [&_td]:pr-3 [&_th]:pr-3" label="Stop and search in London" caption={`Searches in London by officer-recorded ethnicity, ${doc.stop_search.period}`}>
            <thead>
              <tr>
                <th scope="col">Ethnicity</th>
                <th scope="col">Searches</th>
                <th scope="col">Per 1,000 residents</th>
                <th scope="col">Ratio to White (95% interval)</th>
              </tr>
            </thead>
            <tbody>
              {london.map((f) => (
                <tr key={f.ethnicity} className="border-t">
                  <td>{f.ethnicity}</td>
                  <td>{number(f.searches, 0)}</td>
                  <td>{number(f.rate_per_1000)}</td>
                  <td>
                    {number(f.ratio_to_white)}
                    {f.ratio_lower !== null && f.ratio_upper !== null ? ` (${number(f.ratio_lower)} to ${number(f.ratio_upper)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : null}
        {doc.stop_search.import_batches.length ? (
          <p>Behind these figures: {doc.stop_search.import_batches.map((b) => `${b.file_name} (${b.force}, ${b.month})`).join('; ')}.</p>
        ) : null}
      </section>

      <SnapshotPanelReviews quarter={snapshot.quarter} meetings={panelReviews} />

      <section aria-labelledby="sources-heading" className="pack-section space-y-2">
        <h2 id="sources-heading" className="text-xl font-bold">
          Sources
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {doc.sources.map((s) => (
            <li key={s.id}>
              <a href={s.url}>{s.title}</a> ({s.publisher})
            </li>
          ))}
        </ul>
      </section>

      <footer className="pack-footer text-sm">{footer}</footer>
      <PrintPageFooter text={footer} />
    </article>
  );
}
