'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { FormSuccess } from '@/components/editor/form-success';
import { correctSnapshotFormAction, publishSnapshotFormAction } from '@/lib/actions/snapshot-actions';
import { correctSnapshotSchema, publishSnapshotSchema } from '@/lib/schemas/snapshot';

const LABELS: Record<string, string> = { quarter: 'Quarter', note: 'What was wrong' };

export function PublishSnapshotForm() {
  const form = useValidatedForm(publishSnapshotSchema, publishSnapshotFormAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      <FormSuccess state={form.state} />
      <TextField name="quarter" label="Quarter" errors={form.errors} defaultValue={form.value('quarter')} hint="Written YYYY-QN, e.g. 2025-Q3. A quarter can be published once." required />
      <SubmitButton pending={form.pending}>Publish snapshot</SubmitButton>
    </form>
  );
}

export function CorrectSnapshotForm() {
  const form = useValidatedForm(correctSnapshotSchema, correctSnapshotFormAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      <FormSuccess state={form.state} />
      <TextField name="quarter" label="Quarter" errors={form.errors} defaultValue={form.value('quarter')} hint="A quarter already published." required />
      <TextArea name="note" label="What was wrong" errors={form.errors} defaultValue={form.value('note')} rows={3} hint="Shown to readers beside both versions." required />
      <SubmitButton pending={form.pending}>Publish correction</SubmitButton>
    </form>
  );
}
