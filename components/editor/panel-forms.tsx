'use client';

// The forms for recording a panel review. Each is checked with its schema here
// and again by its guarded write on the server; the messages sit beside the fields.
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { addPanelAnswerAction, addPanelQuestionAction, createPanelMeetingAction, setPanelFollowUpAction } from '@/lib/actions/panel-actions';
import { FOLLOW_UP_CHOICES, FOLLOW_UP_LABELS, panelAnswerSchema, panelFollowUpSchema, panelMeetingSchema, panelQuestionSchema } from '@/lib/schemas/panel-review';

type Choice = { value: string; label: string };

const MEETING_LABELS: Record<string, string> = {
  panelName: 'Panel',
  meetingOn: 'Date of the meeting',
  snapshotId: 'Snapshot reviewed',
  notes: 'Notes',
  minutesUrl: 'Link to the minutes',
};

export function PanelMeetingForm({ snapshots }: { snapshots: Choice[] }) {
  const form = useValidatedForm(panelMeetingSchema, createPanelMeetingAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-5">
      <ErrorSummary message={form.message} errors={form.errors} labels={MEETING_LABELS} />
      <TextField name="panelName" label="Panel" hint="The panel's own name, e.g. Lambeth Community Monitoring Group." defaultValue={form.value('panelName')} errors={form.errors} required />
      <TextField name="meetingOn" label="Date of the meeting" type="date" hint="For example 2025-10-14." defaultValue={form.value('meetingOn')} errors={form.errors} required />
      <SelectField name="snapshotId" label="Snapshot reviewed" placeholder="Choose a snapshot" choices={snapshots} defaultValue={form.value('snapshotId')} errors={form.errors} required />
      <TextArea name="notes" label="Notes" rows={3} hint="Shown to the public with the meeting. Say who was there only if they agreed to be named." defaultValue={form.value('notes')} errors={form.errors} />
      <TextField name="minutesUrl" label="Link to the minutes" type="url" hint="If the panel publishes its minutes." defaultValue={form.value('minutesUrl')} errors={form.errors} />
      <SubmitButton pending={form.pending}>Record meeting</SubmitButton>
    </form>
  );
}

const QUESTION_LABELS: Record<string, string> = {
  commitmentId: 'Commitment asked about',
  figureKey: 'Figure asked about',
  question: 'Question',
};

export function PanelQuestionForm({ meetingId, commitments, figures }: { meetingId: string; commitments: Choice[]; figures: Choice[] }) {
  const form = useValidatedForm(panelQuestionSchema, addPanelQuestionAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-5">
      <ErrorSummary message={form.message} errors={form.errors} labels={QUESTION_LABELS} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField name="commitmentId" label={QUESTION_LABELS.commitmentId as string} placeholder="None" choices={commitments} hint="Choose a commitment, a figure, or both." defaultValue={form.value('commitmentId')} errors={form.errors} />
      <SelectField name="figureKey" label={QUESTION_LABELS.figureKey as string} placeholder="None" choices={figures} hint="Figures as frozen in the snapshot the panel reviewed." defaultValue={form.value('figureKey')} errors={form.errors} />
      <TextArea name="question" label={QUESTION_LABELS.question as string} rows={3} hint="As the panel put it to the Met; shown publicly as the panel's words." defaultValue={form.value('question')} errors={form.errors} required />
      <SubmitButton pending={form.pending}>Add question</SubmitButton>
    </form>
  );
}

const ANSWER_LABELS: Record<string, string> = { answer: 'Answer', receivedOn: 'Date received', sourceUrl: 'Link to the answer' };

export function PanelAnswerForm({ questionId }: { questionId: string }) {
  const form = useValidatedForm(panelAnswerSchema, addPanelAnswerAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-5">
      <ErrorSummary message={form.message} errors={form.errors} labels={ANSWER_LABELS} />
      <input type="hidden" name="questionId" value={questionId} />
      <TextArea name="answer" label="Answer" rows={4} hint="What the Met said, quoted or fairly summarised; shown publicly as the Met's answer." defaultValue={form.value('answer')} errors={form.errors} required />
      <TextField name="receivedOn" label="Date received" type="date" hint="For example 2025-11-02." defaultValue={form.value('receivedOn')} errors={form.errors} required />
      <TextField name="sourceUrl" label="Link to the answer" type="url" hint="A published letter or page, if there is one." defaultValue={form.value('sourceUrl')} errors={form.errors} />
      <SubmitButton pending={form.pending}>Add answer</SubmitButton>
    </form>
  );
}

const FOLLOW_UP_FORM_LABELS: Record<string, string> = { followUp: 'Follow-up status', promisedBy: 'Promised by', followUpNote: 'Note on the follow-up' };

export function PanelFollowUpForm({ questionId, current }: { questionId: string; current: { followUp: string; promisedBy: string; note: string } }) {
  const form = useValidatedForm(panelFollowUpSchema, setPanelFollowUpAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-5">
      <ErrorSummary message={form.message} errors={form.errors} labels={FOLLOW_UP_FORM_LABELS} />
      <input type="hidden" name="questionId" value={questionId} />
      <SelectField
        name="followUp"
        label="Follow-up status"
        choices={FOLLOW_UP_CHOICES.map((value) => ({ value, label: FOLLOW_UP_LABELS[value] }))}
        defaultValue={form.value('followUp', current.followUp)}
        errors={form.errors}
        required
      />
      <TextField name="promisedBy" label="Promised by" type="date" hint='Needed for "Answer promised by a date", ignored otherwise.' defaultValue={form.value('promisedBy', current.promisedBy)} errors={form.errors} />
      <TextArea name="followUpNote" label="Note on the follow-up" rows={2} hint="For example what is still missing from a partial answer." defaultValue={form.value('followUpNote', current.note)} errors={form.errors} />
      <SubmitButton pending={form.pending}>Set follow-up status</SubmitButton>
    </form>
  );
}
