import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DoneNotice } from '@/components/editor/done-notice';
import { PanelQuestionForm } from '@/components/editor/panel-forms';
import { requireUser } from '@/lib/auth/page-guards';
import { parseRecordId } from '@/lib/panel-reviews/ids';
import { getPanelMeetingForEditing } from '@/lib/queries/panel-reviews-editor';
import { FOLLOW_UP_LABELS } from '@/lib/schemas/panel-review';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Panel meeting' };

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function EditorPanelMeetingPage({ params, searchParams }: Props) {
  await requireUser();
  const id = parseRecordId((await params).id);
  const found = id ? await getPanelMeetingForEditing(id) : null;
  if (!found) notFound();
  const { meeting, questions } = found;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/editor/panels">All panel meetings</Link>
      </p>
      <DoneNotice done={(await searchParams).done} />
      <h1 className="text-2xl font-bold">
        {meeting.panelName}, {day(meeting.meetingOn)}
      </h1>
      <p>
        Reviewed snapshot {meeting.snapshot.quarter}
        {meeting.snapshot.revision ? ` (correction ${meeting.snapshot.revision})` : ''}.{' '}
        <Link href={`/snapshots/${meeting.snapshot.quarter}#panel-reviews-heading`}>See it on the public snapshot page</Link>
      </p>
      {meeting.notes ? <p className="whitespace-pre-line">{meeting.notes}</p> : null}
      {meeting.minutesUrl ? (
        <p>
          <a href={meeting.minutesUrl}>Minutes</a>
        </p>
      ) : null}

      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-xl font-bold">
          Questions put to the Met
        </h2>
        {questions.length === 0 ? (
          <p>No questions recorded yet.</p>
        ) : (
          <ol className="list-decimal space-y-3 pl-6">
            {questions.map((q) => (
              <li key={q.id}>
                <p>
                  <Link href={`/editor/panels/${meeting.id}/questions/${q.id}`}>{q.question}</Link>
                </p>
                <p className="text-sm text-slate-700">
                  About: {[q.commitment?.summary, q.figureLabel].filter(Boolean).join('; ')}. {FOLLOW_UP_LABELS[q.followUp]}
                  {q.promisedBy ? ` (by ${day(q.promisedBy)})` : ''}; {q._count.answers} answer{q._count.answers === 1 ? '' : 's'}.
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="add-question-heading" className="space-y-3">
        <h2 id="add-question-heading" className="text-xl font-bold">
          Add a question
        </h2>
        <PanelQuestionForm meetingId={meeting.id} commitments={found.commitmentChoices} figures={found.figureChoices} />
      </section>
    </div>
  );
}
