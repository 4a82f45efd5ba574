// One question a community panel put to the Met, with every answer the Met
// gave and where the question stands now. The wording says who said what: the
// panel asked, the Met answered on a date, and the dashboard's editors set
// the follow-up status.
import Link from 'next/link';
import { DateText } from '@/components/commitments/date-text';
import type { PanelQuestionView } from '@/lib/queries/panel-reviews';
import { FOLLOW_UP_LABELS } from '@/lib/schemas/panel-review';

const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

const FOLLOW_UP_STYLE: Record<PanelQuestionView['follow_up'], string> = {
  ANSWERED: 'border-green-800 bg-green-50',
  PARTLY_ANSWERED: 'border-amber-800 bg-amber-50',
  NOT_ANSWERED: 'border-red-800 bg-red-50',
  PROMISED: 'border-blue-800 bg-blue-50',
};

export function FollowUpStatus({ question }: { question: PanelQuestionView }) {
  return (
    <p>
      <span className={`inline-block rounded border px-2 py-0.5 font-semibold ${FOLLOW_UP_STYLE[question.follow_up]}`}>
        {question.follow_up === 'PROMISED' && question.promised_by ? (
          <>
            Answer promised by <DateText date={asDate(question.promised_by)} />
          </>
        ) : (
          FOLLOW_UP_LABELS[question.follow_up]
        )}
      </span>{' '}
      <span className="text-sm text-slate-700">
        (follow-up status set by the dashboard&apos;s editors on <DateText date={asDate(question.follow_up_set_on)} short />)
      </span>
      {question.follow_up_note ? <span className="block">{question.follow_up_note}</span> : null}
    </p>
  );
}

export function PanelQuestion({ question, askedBy, showCommitment = true }: { question: PanelQuestionView; askedBy: string; showCommitment?: boolean }) {
  const about = [
    showCommitment && question.commitment ? (
      <Link key="c" href={`/commitments/${encodeURIComponent(question.commitment.id)}`}>
        {question.commitment.summary}
      </Link>
    ) : null,
    question.figure ? <span key="f">{question.figure.label}</span> : null,
  ].filter(Boolean);
  return (
    <div className="space-y-2">
      <p className="font-semibold">{askedBy} asked:</p>
      <blockquote className="whitespace-pre-line border-l-4 border-slate-400 pl-3">{question.question}</blockquote>
      {about.length ? (
        <p className="text-sm">
          About:{' '}
          {about.map((item, i) => (
            <span key={i}>
              {i ? '; ' : ''}
              {item}
            </span>
          ))}
        </p>
      ) : null}
      {question.answers.length === 0 ? (
        <p>No answer from the Met has been recorded.</p>
      ) : (
        <ol aria-label="Answers from the Met" className="space-y-2">
          {question.answers.map((a) => (
            <li key={a.id}>
              <p className="font-semibold">
                The Met answered on <DateText date={asDate(a.received_on)} />:
              </p>
              <blockquote className="whitespace-pre-line border-l-4 border-brand pl-3">{a.answer}</blockquote>
              {a.source_url ? (
                <p className="text-sm">
                  <a href={a.source_url}>Source of this answer</a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <FollowUpStatus question={question} />
    </div>
  );
}
