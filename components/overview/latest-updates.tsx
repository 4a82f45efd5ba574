import Link from 'next/link';
import { DateText } from '@/components/commitments/date-text';
import { STATUS_LABELS } from '@/lib/commitments/status';
import type { LatestUpdateItem } from '@/lib/queries/overview';

// The newest dated entries across all commitments. An entry records what a
// source said on that date; the commitment's current status is on its page.
export function LatestUpdates({ items }: { items: LatestUpdateItem[] }) {
  if (items.length === 0) return <p>No dated updates have been published yet.</p>;
  return (
    <ol className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-300 p-4">
          <p className="text-sm text-slate-700">
            <DateText date={item.asOf} /> ·{' '}
            {item.status ? `Recorded status: ${STATUS_LABELS[item.status]}` : 'Evidence, with no status of its own'}
          </p>
          <h3 className="mt-1 font-semibold">
            <Link href={`/commitments/${item.commitment.id}`}>{item.commitment.summary}</Link>
          </h3>
          <p className="mt-1">{item.note}</p>
          {item.evidence.length > 0 ? (
            <p className="mt-1 text-sm">
              Evidence:{' '}
              {item.evidence.map((link, i) => (
                <span key={link.url + i}>
                  {i > 0 ? '; ' : ''}
                  <a href={link.url}>{link.title}</a>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
