import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DoneNotice } from '@/components/editor/done-notice';
import { PanelAnswerForm, PanelFollowUpForm } from '@/components/editor/panel-forms';
import { requireUser } from '@/lib/auth/page-guards';
import { parseRecordId } from '@/lib/panel-reviews/ids';
import { getPanelQuestionForEditing } from '@/lib/queries/panel-reviews-editor';
import { dateInputValue } from '@/lib/schemas/fields';
import { FOLLOW_UP_LABELS } from '@/lib/schemas/panel-review';

type Props = { params: Promise<{ id: string; questionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Panel question' };

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function EditorPanelQuestionPage({ params, searchParams }: Props) {
  await requireUser();
  const { id, questionId } = await params;
  const meetingId = parseRecordId(id);
  const qid = parseRecordId(questionId);
  const found = meetingId && qid ? await getPanelQuestionForEditing(qid) : null;
  if (!found || found.question.meeting.id !== meetingId) notFound();
  const { question } = found;
  const meetingPage = `/editor/panels/${question.meeting.id}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href={meetingPage}>
          Back to {question.meeting.panelName}, {day(question.meeting.meetingOn)}
        </Link>
      </p>
      <DoneNotice done={(await searchParams).done} />
      <h1 className="text-2xl font-bold">A question from {question.meeting.panelName}</h1>
      <blockquote className="border-l-4 border-slate-400 pl-3">{question.question}</blockquote>
      <p>About: {[question.commitment?.summary, found.figureLabel].filter(Boolean).join('; ')}.</p>
      <p>
        Follow-up now: <strong>{FOLLOW_UP_LABELS[question.followUp]}</strong>
        {question.promisedBy ? ` by ${day(question.promisedBy)}` : ''} (set {day(question.followUpSetAt)}).
      </p>

      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-xl font-bold">
          Answers received
        </h2>
        {question.answers.length === 0 ? (
          <p>No answer recorded yet.</p>
        ) : (
          <ol className="space-y-3">
            {question.answers.map((a) => (
              <li key={a.id} className="rounded border border-slate-300 p-3">
                <p className="font-semibold">Received {day(a.receivedOn)}</p>
                <p className="whitespace-pre-line">{a.answer}</p>
                {a.sourceUrl ? (
                  <p>
                    <a href={a.sourceUrl}>Source of this answer</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <p>Answers cannot be edited: if one was recorded wrongly, add a further answer saying what was wrong.</p>
      </section>

      <section aria-labelledby="add-answer-heading" className="space-y-3">
        <h2 id="add-answer-heading" className="text-xl font-bold">
          Add an answer
        </h2>
        <PanelAnswerForm questionId={question.id} />
      </section>

      <section aria-labelledby="follow-up-heading" className="space-y-3">
        <h2 id="follow-up-heading" className="text-xl font-bold">
          Set the follow-up status
        </h2>
        <PanelFollowUpForm
          questionId={question.id}
          current={{ followUp: question.followUp, promisedBy: dateInputValue(question.promisedBy), note: question.followUpNote ?? '' }}
        />
      </section>
    </div>
  );
}
