// The panel review forms: a meeting, a question put to the Met, an answer
// received, and the question's follow-up status. Checked with these schemas in
// the browser and again on the server. Whether a commitment or figure really
// exists is checked against the database by the write (lib/mutations/panel-reviews.ts).
import { z } from 'zod';
import { PanelFollowUp } from '@/lib/generated/prisma/enums';
import { optionalDate, optionalText, requiredDate, requiredText, slugField, webAddress } from '@/lib/schemas/fields';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function optionalWebAddress(label: string) {
  return z.preprocess(blankToUndefined, webAddress(label).optional()).transform((v) => v ?? null);
}

const recordId = (label: string) => z.uuid({ error: `Choose ${label}.` });

export const FOLLOW_UP_CHOICES = Object.values(PanelFollowUp);

export const FOLLOW_UP_LABELS: Record<PanelFollowUp, string> = {
  ANSWERED: 'Answered',
  PARTLY_ANSWERED: 'Partly answered',
  NOT_ANSWERED: 'Not answered',
  PROMISED: 'Answer promised by a date',
};

/** "indicator:<id>" or "stop-search:<headline key>", as frozen in the reviewed snapshot. */
export const FIGURE_KEY_PATTERN = /^(indicator|stop-search):[a-z0-9][a-z0-9_-]{0,99}$/;

export const panelMeetingSchema = z.object({
  panelName: requiredText('the name of the panel', { min: 3, max: 200 }),
  meetingOn: requiredDate('the date of the meeting', { notInFuture: true }),
  snapshotId: recordId('the snapshot the panel reviewed'),
  notes: optionalText('the notes', 4000),
  minutesUrl: optionalWebAddress('the address of the minutes'),
});

export const panelQuestionSchema = z
  .object({
    meetingId: recordId('the meeting'),
    commitmentId: z.preprocess(blankToUndefined, slugField('the commitment').optional()).transform((v) => v ?? null),
    figureKey: z
      .preprocess(blankToUndefined, z.string().regex(FIGURE_KEY_PATTERN, { error: 'Choose a figure from the list.' }).optional())
      .transform((v) => v ?? null),
    question: requiredText('the question as the panel put it', { min: 10, max: 2000 }),
  })
  .superRefine((input, ctx) => {
    if (input.commitmentId || input.figureKey) return;
    // Said beside both boxes, since either one fixes it.
    const message = 'Choose the commitment or the figure this question is about (or both).';
    ctx.addIssue({ code: 'custom', path: ['commitmentId'], message });
    ctx.addIssue({ code: 'custom', path: ['figureKey'], message });
  });

export const panelAnswerSchema = z.object({
  questionId: recordId('the question'),
  answer: requiredText('the answer as the Met gave it', { min: 2, max: 4000 }),
  receivedOn: requiredDate('the date the answer was received', { notInFuture: true }),
  sourceUrl: optionalWebAddress('the address of the answer'),
});

export const panelFollowUpSchema = z
  .object({
    questionId: recordId('the question'),
    followUp: z.enum(FOLLOW_UP_CHOICES, { error: 'Choose a follow-up status.' }),
    promisedBy: optionalDate('the date an answer was promised by'),
    followUpNote: optionalText('the note', 1000),
  })
  .superRefine((input, ctx) => {
    if (input.followUp === 'PROMISED' && !input.promisedBy) {
      ctx.addIssue({ code: 'custom', path: ['promisedBy'], message: 'Enter the date the Met promised an answer by: "promised" needs it.' });
    }
  })
  // A date left in the box is only meaningful for "promised"; the database refuses it elsewhere.
  .transform((input) => ({ ...input, promisedBy: input.followUp === 'PROMISED' ? input.promisedBy : null }));

export type PanelMeetingInput = z.output<typeof panelMeetingSchema>;
export type PanelQuestionInput = z.output<typeof panelQuestionSchema>;
export type PanelAnswerInput = z.output<typeof panelAnswerSchema>;
export type PanelFollowUpInput = z.output<typeof panelFollowUpSchema>;
