import type { Metadata } from 'next';
import Link from 'next/link';
import { FeedLink } from '@/components/ui/feed-link';
import { ScrollTable } from '@/components/ui/scroll-table';
import { SITE_FEED } from '@/lib/feeds/feed-links';
import { listSnapshots } from '@/lib/queries/snapshots';
import { shortHash } from '@/lib/snapshots/canonical-json';

export const metadata: Metadata = { title: 'Quarterly snapshots' };

export default async function SnapshotsPage() {
  const snapshots = await listSnapshots();
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold sm:text-3xl">Quarterly snapshots</h1>
      <p>
        Each snapshot freezes what this dashboard said as of the last day of a quarter, so community panels can review the same
        record the Met was shown. A published snapshot never changes; a mistake is put right by a correction published beside it.
      </p>
      <p>
        <FeedLink href={SITE_FEED.url} /> <span className="text-sm">(new snapshots, corrections and commitment status changes)</span>
      </p>
      {snapshots.length === 0 ? (
        <p>No snapshot has been published yet.</p>
      ) : (
        <ScrollTable tableClassName="[&_td]:py-2 [&_td]:pr-3 [&_th]:pr-3" label="Published snapshots" caption="Published snapshots, newest first, with what changed since the previous quarter">
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">As of</th>
              <th scope="col">Published</th>
              <th scope="col">Changes since the previous snapshot</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id} className="border-t align-top">
                <td>
                  <Link href={`/snapshots/${s.quarter}${s.revision ? `?revision=${s.revision}` : ''}`}>
                    {s.quarter}
                    {s.revision ? ` (correction ${s.revision})` : ''}
                  </Link>
                  {s.correction_note ? <p className="text-sm">Correction: {s.correction_note}</p> : null}
                </td>
                <td>{s.as_of}</td>
                <td>{s.published_at.slice(0, 10)}</td>
                <td>
                  {s.changes ? (
                    <>
                      {s.changes.status_changes} status changes, {s.changes.new_evidence} new evidence, {s.changes.indicator_changes} indicator changes{' '}
                      (<Link href={`/snapshots/compare?from=${s.changes.previous}&to=${s.quarter}`}>compare with {s.changes.previous}</Link>)
                    </>
                  ) : (
                    'First snapshot'
                  )}
                </td>
                <td>
                  <code>{shortHash(s.sha256)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}
