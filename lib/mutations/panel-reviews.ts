// Recording a panel review: the meeting, each question put to the Met, each
// answer received, and the question's follow-up status. Answers are only ever
// added (the database refuses changes to them); the follow-up status is the
// one thing that changes in place, and its audit entry keeps what it was.
import 'server-only';
import { guardedAction } from '@/lib/auth/guarded-action';
import { ActionError } from '@/lib/errors';
import { figureChoices } from '@/lib/panel-reviews/figures';
import { pathsShowingPanelReview } from '@/lib/panel-reviews/public-paths';
import type { Tx } from '@/lib/prisma-client';
import { panelAnswerSchema, panelFollowUpSchema, panelMeetingSchema, panelQuestionSchema } from '@/lib/schemas/panel-review';
import { snapshotDocumentSchema } from '@/lib/snapshots/document-schema';

function refuse(field: string, message: string): never {
  throw new ActionError(422, 'invalid_input', 'Some answers need changing: see the messages beside them.', { [field]: [message] });
}

export interface RecordedPanelItem {
  id: string;
  meetingId: string;
  /** The question this concerns (null for a meeting). */
  questionId: string | null;
  quarter: string;
  /** The commitment whose public page shows this, if any. */
  commitmentId: string | null;
}

async function questionWithContext(tx: Tx, questionId: string) {
  const question = await tx.panelQuestion.findUnique({
    where: { id: questionId },
    include: { meeting: { select: { id: true, snapshot: { select: { quarter: true } } } } },
  });
  if (!question) refuse('questionId', 'There is no such question: it may have been entered on another page.');
  return question;
}

export const createPanelMeeting = guardedAction({
  access: 'EDITOR',
  schema: panelMeetingSchema,
  async run(input, { tx, actor, audit }): Promise<RecordedPanelItem> {
    const snapshot = await tx.snapshot.findUnique({ where: { id: input.snapshotId }, select: { quarter: true, revision: true } });
    if (!snapshot) refuse('snapshotId', 'Choose a published snapshot from the list.');
    const meeting = await tx.panelMeeting.create({
      data: { panelName: input.panelName, meetingOn: input.meetingOn, snapshotId: input.snapshotId, notes: input.notes, minutesUrl: input.minutesUrl, recordedById: actor.id },
    });
    await audit({ action: 'create', entityType: 'panel_meeting', entityId: meeting.id, after: { ...input, quarter: snapshot.quarter, revision: snapshot.revision } });
    return { id: meeting.id, meetingId: meeting.id, questionId: null, quarter: snapshot.quarter, commitmentId: null };
  },
  revalidate: (item) => pathsShowingPanelReview(item.quarter, item.commitmentId),
});

export const addPanelQuestion = guardedAction({
  access: 'EDITOR',
  schema: panelQuestionSchema,
  async run(input, { tx, actor, audit }): Promise<RecordedPanelItem> {
    const meeting = await tx.panelMeeting.findUnique({ where: { id: input.meetingId }, select: { id: true, snapshot: { select: { quarter: true, document: true } } } });
    if (!meeting) refuse('meetingId', 'There is no such meeting.');
    if (input.commitmentId && !(await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { id: true } }))) {
      refuse('commitmentId', 'Choose a commitment from the list.');
    }
    // Only a figure the panel actually had in front of it: one frozen in the snapshot reviewed.
    if (input.figureKey && !figureChoices(snapshotDocumentSchema.parse(meeting.snapshot.document)).some((f) => f.key === input.figureKey)) {
      refuse('figureKey', `Choose a figure from the list: this one is not in snapshot ${meeting.snapshot.quarter}.`);
    }
    const question = await tx.panelQuestion.create({
      data: { meetingId: meeting.id, commitmentId: input.commitmentId, figureKey: input.figureKey, question: input.question, recordedById: actor.id, followUpSetById: actor.id },
    });
    await audit({ action: 'create', entityType: 'panel_question', entityId: question.id, after: { ...input, followUp: question.followUp } });
    return { id: question.id, meetingId: meeting.id, questionId: question.id, quarter: meeting.snapshot.quarter, commitmentId: question.commitmentId };
  },
  revalidate: (item) => pathsShowingPanelReview(item.quarter, item.commitmentId),
});

export const addPanelAnswer = guardedAction({
  access: 'EDITOR',
  schema: panelAnswerSchema,
  async run(input, { tx, actor, audit }): Promise<RecordedPanelItem> {
    const question = await questionWithContext(tx, input.questionId);
    const answer = await tx.panelAnswer.create({
      data: { questionId: question.id, answer: input.answer, receivedOn: input.receivedOn, sourceUrl: input.sourceUrl, recordedById: actor.id },
    });
    await audit({ action: 'create', entityType: 'panel_answer', entityId: answer.id, after: input });
    return { id: answer.id, meetingId: question.meeting.id, questionId: question.id, quarter: question.meeting.snapshot.quarter, commitmentId: question.commitmentId };
  },
  revalidate: (item) => pathsShowingPanelReview(item.quarter, item.commitmentId),
});

export const setPanelFollowUp = guardedAction({
  access: 'EDITOR',
  schema: panelFollowUpSchema,
  async run(input, { tx, actor, audit }): Promise<RecordedPanelItem> {
    const question = await questionWithContext(tx, input.questionId);
    const updated = await tx.panelQuestion.update({
      where: { id: question.id },
      data: { followUp: input.followUp, promisedBy: input.promisedBy, followUpNote: input.followUpNote, followUpSetAt: new Date(), followUpSetById: actor.id },
    });
    await audit({
      action: 'set_follow_up',
      entityType: 'panel_question',
      entityId: question.id,
      before: { followUp: question.followUp, promisedBy: question.promisedBy, followUpNote: question.followUpNote },
      after: { followUp: updated.followUp, promisedBy: updated.promisedBy, followUpNote: updated.followUpNote },
    });
    return { id: question.id, meetingId: question.meeting.id, questionId: question.id, quarter: question.meeting.snapshot.quarter, commitmentId: question.commitmentId };
  },
  revalidate: (item) => pathsShowingPanelReview(item.quarter, item.commitmentId),
});
