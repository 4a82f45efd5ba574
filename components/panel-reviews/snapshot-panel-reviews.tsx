// The panel meetings that reviewed a snapshot, for its page and printed pack.
import { DateText } from '@/components/commitments/date-text';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { PanelQuestion } from '@/components/panel-reviews/panel-question';
import type { PanelMeetingView } from '@/lib/queries/panel-reviews';

const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

export function SnapshotPanelReviews({ quarter, meetings }: { quarter: string; meetings: PanelMeetingView[] }) {
  return (
    <section aria-labelledby="panel-reviews-heading" className="pack-section space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="panel-reviews-heading" className="text-xl font-bold">
          Panel reviews
        </h2>
        {meetings.length ? (
          <span className="no-print">
            <DownloadCsvLink href={`/snapshots/${quarter}/panel-reviews.csv`} label="Download CSV of the questions and answers" />
          </span>
        ) : null}
      </div>
      <p>
        Community panels that reviewed this snapshot, the questions they put to the Met, and the Met&apos;s answers. The dashboard&apos;s editors enter
        them from the panels&apos; records: the questions are the panels&apos; words and the answers are the Met&apos;s.
      </p>
      {meetings.length === 0 ? (
        <p>No panel review of this snapshot has been recorded.</p>
      ) : (
        meetings.map((m) => (
          <article key={m.id} aria-labelledby={`meeting-${m.id}`} className="space-y-3 rounded border border-slate-300 p-3">
            <h3 id={`meeting-${m.id}`} className="text-lg font-bold">
              {m.panel_name}, meeting of <DateText date={asDate(m.meeting_on)} />
            </h3>
            {m.revision ? <p>This meeting reviewed correction {m.revision} of the snapshot.</p> : null}
            {m.notes ? <p className="whitespace-pre-line">{m.notes}</p> : null}
            {m.minutes_url ? (
              <p>
                <a href={m.minutes_url}>The panel&apos;s minutes of this meeting</a>
              </p>
            ) : null}
            {m.questions.length === 0 ? (
              <p>No questions from this meeting have been recorded yet.</p>
            ) : (
              <ol aria-label={`Questions from ${m.panel_name}`} className="space-y-4">
                {m.questions.map((q) => (
                  <li key={q.id} className="border-t pt-3">
                    <PanelQuestion question={q} askedBy={`The panel (${m.panel_name})`} />
                  </li>
                ))}
              </ol>
            )}
          </article>
        ))
      )}
    </section>
  );
}
