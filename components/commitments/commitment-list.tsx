import { DateText } from '@/components/commitments/date-text';
import { CommitmentCardHeading } from '@/components/commitments/commitment-card-heading';
import { themeLabel } from '@/lib/commitments/filters';
import type { CommitmentListItem, LatestUpdate } from '@/lib/queries/commitments';

function LatestUpdateText({ update }: { update: LatestUpdate | null }) {
  if (!update) return <>None published</>;
  if (!update.asOf) return <>Undated</>;
  return <DateText date={update.asOf} short />;
}

// A list of cards rather than a wide table: summaries are full sentences, and
// cards reflow to a 320px screen without sideways scrolling (WCAG 1.4.10).
// The CSV download carries the same rows as a table.
export function CommitmentList({ items }: { items: CommitmentListItem[] }) {
  if (items.length === 0) {
    return <p className="rounded border border-slate-300 p-4">No commitments match these filters.</p>;
  }
  return (
    <ol className="space-y-3" aria-label="Commitments">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-300 p-4">
          <CommitmentCardHeading id={item.id} summary={item.summary} status={item.status} />
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[2fr_1fr_1fr]">
            <div className="min-w-0">
              <dt className="font-semibold text-slate-700">Source</dt>
              <dd className="break-words">{item.sourceTitle}</dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Theme</dt>
              <dd>{themeLabel(item.theme)}</dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-700">Latest update</dt>
              <dd>
                <LatestUpdateText update={item.latestUpdate} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
