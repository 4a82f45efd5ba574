// The questions and answers shown on a snapshot's page, as CSV: one row per
// answer received, and one row for a question still without any, so every
// question appears and every answer keeps its own date.
import { toCsv, type CsvColumn } from '@/lib/csv';
import type { PanelAnswerView, PanelMeetingView, PanelQuestionView } from '@/lib/queries/panel-reviews';
import { FOLLOW_UP_LABELS } from '@/lib/schemas/panel-review';

interface Row {
  meeting: PanelMeetingView;
  number: number;
  question: PanelQuestionView;
  answer: PanelAnswerView | null;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'panel', value: (r) => r.meeting.panel_name },
  { header: 'meeting_on', value: (r) => r.meeting.meeting_on },
  { header: 'snapshot_quarter', value: (r) => r.meeting.quarter },
  { header: 'snapshot_revision', value: (r) => r.meeting.revision },
  { header: 'question_number', value: (r) => r.number },
  { header: 'question_by_panel', value: (r) => r.question.question },
  { header: 'commitment_id', value: (r) => r.question.commitment?.id },
  { header: 'commitment_summary', value: (r) => r.question.commitment?.summary },
  { header: 'figure_key', value: (r) => r.question.figure?.key },
  { header: 'figure_label', value: (r) => r.question.figure?.label },
  { header: 'follow_up', value: (r) => FOLLOW_UP_LABELS[r.question.follow_up] },
  { header: 'follow_up_code', value: (r) => r.question.follow_up.toLowerCase() },
  { header: 'promised_by', value: (r) => r.question.promised_by },
  { header: 'follow_up_note', value: (r) => r.question.follow_up_note },
  { header: 'follow_up_set_on', value: (r) => r.question.follow_up_set_on },
  { header: 'answer_received_on', value: (r) => r.answer?.received_on },
  { header: 'answer_by_met', value: (r) => r.answer?.answer },
  { header: 'answer_source_url', value: (r) => r.answer?.source_url },
];

export function panelReviewsRows(meetings: PanelMeetingView[]): Row[] {
  return meetings.flatMap((meeting) =>
    meeting.questions.flatMap((question, i) =>
      (question.answers.length ? question.answers : [null]).map((answer) => ({ meeting, number: i + 1, question, answer })),
    ),
  );
}

export function panelReviewsCsv(quarter: string, meetings: PanelMeetingView[]): string {
  return toCsv(COLUMNS, panelReviewsRows(meetings), {
    title: `Community panel questions about snapshot ${quarter} and the Met's answers`,
    sources: ["The panels' own records, entered by the dashboard's editors"],
    filters: [`snapshot: ${quarter}`],
    notes: [
      'Questions are the panels\' words; answers are the Met\'s, each dated as received. Answers are never edited: a later answer is a further row.',
      'The follow-up status is set by the dashboard\'s editors; promised_by is filled only when an answer was promised by a date.',
    ],
  });
}
