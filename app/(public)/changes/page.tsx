import Link from 'next/link';
import { DateText } from '@/components/commitments/date-text';
import { StatusBadge } from '@/components/ui/status-badge';
import { listPublicChanges } from '@/lib/queries/public-changes';

export const metadata = {
  title: 'Changes',
  description: 'Every status update and correction recorded by the dashboard editors, with the date it was recorded.',
};

export default async function ChangesPage() {
  const changes = await listPublicChanges();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Changes</h1>
      <p>
        Every status update and correction the dashboard editors have recorded, newest first, with the date it was recorded. Published entries are
        never edited: a mistake is fixed by a correction, listed here too. Each commitment&apos;s page has its full history, including the
        evidence from the original catalogue.
      </p>
      {changes.length === 0 ? (
        <p>No updates have been recorded by the editors yet.</p>
      ) : (
        <ol aria-label="Changes" className="space-y-4">
          {changes.map((change) => (
            <li key={change.id} className="border-l-4 border-brand pl-4">
              <p className="text-sm text-slate-700">
                Recorded on <DateText date={change.recordedAt} />
                {change.kind === 'correction' ? ': a correction of an earlier entry' : ''}
              </p>
              <p className="font-semibold">
                <Link href={`/commitments/${encodeURIComponent(change.commitmentId)}#update-${change.entryId}`}>{change.commitmentSummary}</Link>
              </p>
              <p className="text-sm">
                {change.reportedStatus ? <StatusBadge status={change.reportedStatus} /> : 'Evidence only'}
                {change.asOf ? (
                  <>
                    {' '}
                    as of <DateText date={change.asOf} />
                  </>
                ) : null}
                {change.statusBefore && change.statusAfter && change.statusBefore !== change.statusAfter ? (
                  <>
                    {'; the commitment went from '}
                    <StatusBadge status={change.statusBefore} /> to <StatusBadge status={change.statusAfter} />
                  </>
                ) : null}
              </p>
              <p>{change.note}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
