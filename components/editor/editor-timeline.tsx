import Link from 'next/link';
import { DateText } from '@/components/commitments/date-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { TimelineEntry } from '@/lib/queries/commitments';

// The commitment's history as editors see it: each entry that still stands
// can be corrected; corrected ones say so and cannot be corrected again.
export function EditorTimeline({ commitmentId, entries }: { commitmentId: string; entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p>No entries yet.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-slate-300 p-3">
          <p className="font-bold">{entry.asOf ? <DateText date={entry.asOf} /> : 'Date not stated'}</p>
          <p className="text-sm">{entry.status ? <StatusBadge status={entry.status} /> : 'Evidence only'}</p>
          <p>{entry.note}</p>
          {entry.correctsId ? <p className="text-sm">A correction of an earlier entry.</p> : null}
          {entry.correctedByIds.length > 0 ? (
            <p className="text-sm font-semibold">Set aside: corrected by a later entry.</p>
          ) : (
            <p className="mt-1">
              <Link href={`/editor/commitments/${encodeURIComponent(commitmentId)}/updates/${entry.id}/correct`}>
                Correct this entry<span className="sr-only"> ({entry.note.slice(0, 60)})</span>
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
