'use client';

// Records a new status for a commitment, or (with `correctsId`) a correction
// of a past entry. The same schema checks it here and on the server.
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { EvidenceRows } from '@/components/editor/evidence-rows';
import { addStatusUpdateAction, correctStatusUpdateAction } from '@/lib/actions/editor-actions';
import { correctionSchema, STATUS_CHOICE_LABELS, STATUS_CHOICES, statusUpdateSchema } from '@/lib/schemas/status-update';

const LABELS: Record<string, string> = {
  status: 'Status',
  asOf: 'Status as of',
  note: 'What happened',
  statusBasis: 'Why this status',
  evidence: 'Evidence',
};

export function StatusUpdateForm({ commitmentId, correctsId }: { commitmentId: string; correctsId?: string }) {
  const correcting = Boolean(correctsId);
  const form = useValidatedForm(correcting ? correctionSchema : statusUpdateSchema, correcting ? correctStatusUpdateAction : addStatusUpdateAction);
  const labels = { ...LABELS, ...Object.fromEntries(Object.keys(form.errors ?? {}).filter((k) => k.startsWith('evidence.')).map((k) => [k, `Evidence link ${Number(k.split('.')[1]) + 1}`])) };
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-5">
      <ErrorSummary message={form.message} errors={form.errors} labels={labels} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      {correctsId ? <input type="hidden" name="correctsId" value={correctsId} /> : null}
      <SelectField
        name="status"
        label={LABELS.status as string}
        placeholder="Choose a status"
        choices={STATUS_CHOICES.map((value) => ({ value, label: STATUS_CHOICE_LABELS[value] }))}
        hint='"Late" is worked out from the deadline; choose it only when a source says the commitment was missed or delayed.'
        defaultValue={form.value('status')}
        errors={form.errors}
        required
      />
      <TextField name="asOf" label={LABELS.asOf as string} type="date" defaultValue={form.value('asOf')} hint="The date the evidence describes, for example 2025-03-31." errors={form.errors} required />
      <TextArea name="note" label={LABELS.note as string} defaultValue={form.value('note')} hint={correcting ? 'Say what was wrong in the entry you are correcting, and what is right.' : 'In plain English, for residents.'} errors={form.errors} required />
      <TextArea name="statusBasis" label={LABELS.statusBasis as string} defaultValue={form.value('statusBasis')} rows={2} hint="Which words in the evidence establish this status." errors={form.errors} />
      <EvidenceRows errors={form.errors} initialCount={form.evidenceCount} value={form.value} />
      <SubmitButton pending={form.pending}>{correcting ? 'Publish correction' : 'Publish update'}</SubmitButton>
    </form>
  );
}
