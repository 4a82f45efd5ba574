// On a commitment's page: what community panels asked the Met about it, newest first.
import Link from 'next/link';
import { DateText } from '@/components/commitments/date-text';
import { PanelQuestion } from '@/components/panel-reviews/panel-question';
import type { CommitmentPanelQuestion } from '@/lib/queries/panel-reviews';

const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

export function CommitmentPanelQuestions({ questions }: { questions: CommitmentPanelQuestion[] }) {
  return (
    <section aria-labelledby="panel-questions-heading" className="space-y-3">
      <h2 id="panel-questions-heading" className="text-xl font-bold">
        Questions from community panels
      </h2>
      {questions.length === 0 ? (
        <p>No community panel question about this commitment has been recorded.</p>
      ) : (
        <>
          <p>
            Questions community panels put to the Met about this commitment, newest first, with the Met&apos;s answers. The dashboard&apos;s editors enter
            them from the panels&apos; records.
          </p>
          <ol aria-label="Questions from community panels" className="space-y-4">
            {questions.map((q) => (
              <li key={q.id} className="space-y-2 rounded border border-slate-300 p-3">
                <p className="text-sm">
                  {q.meeting.panel_name}, meeting of <DateText date={asDate(q.meeting.meeting_on)} />, reviewing{' '}
                  <Link href={`/snapshots/${q.meeting.quarter}`}>snapshot {q.meeting.quarter}</Link>
                </p>
                <PanelQuestion question={q} askedBy={`The panel (${q.meeting.panel_name})`} showCommitment={false} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
