// Reads for the editor's panel review pages (signed-in only; public pages read
// lib/queries/panel-reviews.ts). Not cached: an editor must see what they just saved.
import 'server-only';
import { getDb } from '@/lib/db';
import { figureChoices, figureLabel } from '@/lib/panel-reviews/figures';
import type { Db } from '@/lib/prisma-client';
import { snapshotDocumentSchema } from '@/lib/snapshots/document-schema';

/** Published snapshots to choose from, newest quarter and revision first. */
export async function listSnapshotChoices(db: Db = getDb()) {
  const rows = await db.snapshot.findMany({ select: { id: true, quarter: true, revision: true }, orderBy: [{ quarter: 'desc' }, { revision: 'desc' }] });
  return rows.map((r) => ({ value: r.id, label: r.revision ? `${r.quarter}, correction ${r.revision}` : r.quarter }));
}

export async function listPanelMeetingsForEditors(db: Db = getDb()) {
  return db.panelMeeting.findMany({
    select: { id: true, panelName: true, meetingOn: true, snapshot: { select: { quarter: true, revision: true } }, _count: { select: { questions: true } } },
    orderBy: [{ meetingOn: 'desc' }, { recordedAt: 'desc' }],
  });
}

/** A meeting, its questions, and the commitments and figures a new question can be about. */
export async function getPanelMeetingForEditing(id: string, db: Db = getDb()) {
  const meeting = await db.panelMeeting.findUnique({
    where: { id },
    include: {
      snapshot: { select: { quarter: true, revision: true, document: true } },
      questions: { include: { commitment: { select: { summary: true } }, _count: { select: { answers: true } } }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!meeting) return null;
  const doc = snapshotDocumentSchema.parse(meeting.snapshot.document);
  return {
    meeting,
    questions: meeting.questions.map((q) => ({ ...q, figureLabel: q.figureKey ? figureLabel(doc, q.figureKey) : null })),
    commitmentChoices: doc.commitments.map((c) => ({ value: c.id, label: c.summary })),
    figureChoices: figureChoices(doc).map((f) => ({ value: f.key, label: f.label })),
  };
}

export async function getPanelQuestionForEditing(id: string, db: Db = getDb()) {
  const question = await db.panelQuestion.findUnique({
    where: { id },
    include: {
      commitment: { select: { summary: true } },
      meeting: { select: { id: true, panelName: true, meetingOn: true, snapshot: { select: { quarter: true, document: true } } } },
      answers: { orderBy: [{ receivedOn: 'asc' }, { recordedAt: 'asc' }] },
    },
  });
  if (!question) return null;
  const doc = snapshotDocumentSchema.parse(question.meeting.snapshot.document);
  return { question, figureLabel: question.figureKey ? figureLabel(doc, question.figureKey) : null };
}
