import { DateText, formatDate } from '@/components/commitments/date-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { TimelineEntry } from '@/lib/queries/commitments';

function entryName(entry: TimelineEntry | undefined): string {
  if (!entry) return 'an earlier entry';
  return entry.asOf ? `the entry dated ${formatDate(entry.asOf)}` : 'an undated entry';
}

function Corrections({ entry, byId }: { entry: TimelineEntry; byId: Map<string, TimelineEntry> }) {
  return (
    <>
      {entry.correctsId ? (
        <p className="text-sm">
          This entry corrects <a href={`#update-${entry.correctsId}`}>{entryName(byId.get(entry.correctsId))}</a>.
        </p>
      ) : null}
      {entry.correctedByIds.map((id) => (
        <p key={id} className="text-sm font-semibold">
          Set aside: corrected by <a href={`#update-${id}`}>{entryName(byId.get(id))}</a>.
        </p>
      ))}
    </>
  );
}

function Entry({ entry, byId }: { entry: TimelineEntry; byId: Map<string, TimelineEntry> }) {
  const corrected = entry.correctedByIds.length > 0;
  return (
    <li id={`update-${entry.id}`} className={`border-l-4 py-1 pl-4 ${corrected ? 'border-slate-400' : 'border-brand'}`}>
      <h3 className="font-bold">{entry.asOf ? <DateText date={entry.asOf} /> : 'Date not stated'}</h3>
      <div className="mt-1 space-y-2">
        <p className="text-sm">
          {entry.status ? (
            <>
              Reported status: <StatusBadge status={entry.status} />
            </>
          ) : (
            'Evidence only: this entry does not establish a status on its own.'
          )}
        </p>
        <p>{entry.note}</p>
        {entry.statusBasis ? <p className="text-sm text-slate-700">Why: {entry.statusBasis}</p> : null}
        {entry.evidence.length > 0 ? (
          <ul className="list-disc pl-5 text-sm">
            {entry.evidence.map((link, index) => (
              <li key={`${index}-${link.url}`} className="break-words">
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        ) : null}
        <Corrections entry={entry} byId={byId} />
        {/* A catalogue entry's recorded date is only when the seed ran, so it is not shown. */}
        <p className="text-sm text-slate-700">
          {entry.origin === 'catalogue' ? (
            'From the sourced catalogue.'
          ) : (
            <>
              Recorded by the dashboard editors on <DateText date={entry.recordedAt} />.
            </>
          )}
        </p>
      </div>
    </li>
  );
}

// Newest first, every entry kept: a corrected entry stays visible beside the
// link to its correction, because published history is never rewritten.
export function CommitmentTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) {
    return <p>No dated updates or evidence have been published for this commitment.</p>;
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (
    <ol className="space-y-6">
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} byId={byId} />
      ))}
    </ol>
  );
}
