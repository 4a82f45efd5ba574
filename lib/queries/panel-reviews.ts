// Panel reviews as the public reads them: on a snapshot's page (the meetings
// that reviewed it), in its CSV, and on a commitment's page (the questions
// asked about it). Dates are plain YYYY-MM-DD strings; figures are named as
// the reviewed snapshot named them.
import 'server-only';
import { cachedQuery } from '@/lib/cache/cached-query';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PanelFollowUp } from '@/lib/generated/prisma/enums';
import { figureLabel } from '@/lib/panel-reviews/figures';
import type { Db } from '@/lib/prisma-client';
import { snapshotDocumentSchema, type SnapshotDocument } from '@/lib/snapshots/document-schema';

export interface PanelAnswerView {
  id: string;
  answer: string;
  received_on: string;
  source_url: string | null;
}

export interface PanelQuestionView {
  id: string;
  question: string;
  commitment: { id: string; summary: string } | null;
  figure: { key: string; label: string } | null;
  follow_up: PanelFollowUp;
  promised_by: string | null;
  follow_up_note: string | null;
  /** When the follow-up status was last set (the day). */
  follow_up_set_on: string;
  /** Oldest first: the record reads in the order the Met answered. */
  answers: PanelAnswerView[];
}

export interface PanelMeetingSummary {
  id: string;
  panel_name: string;
  meeting_on: string;
  quarter: string;
  revision: number;
  notes: string | null;
  minutes_url: string | null;
}

export interface PanelMeetingView extends PanelMeetingSummary {
  questions: PanelQuestionView[];
}

export interface CommitmentPanelQuestion extends PanelQuestionView {
  meeting: PanelMeetingSummary;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

const questionInclude = {
  commitment: { select: { id: true, summary: true } },
  answers: { orderBy: [{ receivedOn: 'asc' }, { recordedAt: 'asc' }] },
} satisfies Prisma.PanelQuestionInclude;

const meetingSelect = {
  id: true,
  panelName: true,
  meetingOn: true,
  notes: true,
  minutesUrl: true,
  snapshot: { select: { quarter: true, revision: true, document: true } },
} satisfies Prisma.PanelMeetingSelect;

type QuestionRow = Awaited<ReturnType<typeof loadQuestionRows>>[number];
type MeetingRow = QuestionRow['meeting'];

function loadQuestionRows(db: Db, where: { commitmentId: string }) {
  return db.panelQuestion.findMany({
    where,
    include: { ...questionInclude, meeting: { select: meetingSelect } },
    orderBy: [{ meeting: { meetingOn: 'desc' } }, { recordedAt: 'desc' }],
  });
}

function meetingSummary(row: MeetingRow): PanelMeetingSummary {
  return {
    id: row.id,
    panel_name: row.panelName,
    meeting_on: day(row.meetingOn),
    quarter: row.snapshot.quarter,
    revision: row.snapshot.revision,
    notes: row.notes,
    minutes_url: row.minutesUrl,
  };
}

function questionView(row: Omit<QuestionRow, 'meeting'>, doc: SnapshotDocument): PanelQuestionView {
  return {
    id: row.id,
    question: row.question,
    commitment: row.commitment,
    figure: row.figureKey ? { key: row.figureKey, label: figureLabel(doc, row.figureKey) } : null,
    follow_up: row.followUp,
    promised_by: row.promisedBy ? day(row.promisedBy) : null,
    follow_up_note: row.followUpNote,
    follow_up_set_on: day(row.followUpSetAt),
    answers: row.answers.map((a) => ({ id: a.id, answer: a.answer, received_on: day(a.receivedOn), source_url: a.sourceUrl })),
  };
}

/** The meetings that reviewed any revision of this quarter's snapshot, latest meeting first, each question in the order entered. */
async function getSnapshotPanelReviewsFromDb(quarter: string, db: Db = getDb()): Promise<PanelMeetingView[]> {
  const meetings = await db.panelMeeting.findMany({
    where: { snapshot: { quarter } },
    select: { ...meetingSelect, questions: { include: questionInclude, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] } },
    orderBy: [{ meetingOn: 'desc' }, { recordedAt: 'desc' }],
  });
  return meetings.map((m) => {
    const doc = snapshotDocumentSchema.parse(m.snapshot.document);
    return { ...meetingSummary(m), questions: m.questions.map((q) => questionView(q, doc)) };
  });
}

/** Every question a panel asked about this commitment, newest meeting first. */
async function listCommitmentPanelQuestionsFromDb(commitmentId: string, db: Db = getDb()): Promise<CommitmentPanelQuestion[]> {
  const rows = await loadQuestionRows(db, { commitmentId });
  const documents = new Map<string, SnapshotDocument>();
  const docOf = (m: MeetingRow) => {
    const key = `${m.snapshot.quarter}/${m.snapshot.revision}`;
    if (!documents.has(key)) documents.set(key, snapshotDocumentSchema.parse(m.snapshot.document));
    return documents.get(key) as SnapshotDocument;
  };
  return rows.map((row) => ({ ...questionView(row, docOf(row.meeting)), meeting: meetingSummary(row.meeting) }));
}

export const getSnapshotPanelReviews = cachedQuery('panel-reviews/getSnapshotPanelReviews', getSnapshotPanelReviewsFromDb);
export const listCommitmentPanelQuestions = cachedQuery('panel-reviews/listCommitmentPanelQuestions', listCommitmentPanelQuestionsFromDb);
