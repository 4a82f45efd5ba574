'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { FormSuccess } from '@/components/editor/form-success';
import { createSourceAction } from '@/lib/actions/editor-actions';
import { createSourceSchema } from '@/lib/schemas/source';

const LABELS: Record<string, string> = { id: 'Short id', title: 'Title', publisher: 'Publisher', publishedOn: 'Published on', url: 'Web address', note: 'Note' };

export function SourceForm() {
  const form = useValidatedForm(createSourceSchema, createSourceAction);
  const field = (name: string) => ({ name, label: LABELS[name] as string, errors: form.errors });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      <FormSuccess state={form.state} />
      <TextField {...field('id')} defaultValue={form.value('id')} hint="Lowercase letters, digits and hyphens, e.g. mopac-action-plan-2025." required />
      <TextField {...field('title')} defaultValue={form.value('title')} required />
      <TextField {...field('publisher')} defaultValue={form.value('publisher')} required />
      <TextField {...field('publishedOn')} defaultValue={form.value('publishedOn')} type="date" />
      <TextField {...field('url')} defaultValue={form.value('url')} type="url" required />
      <TextArea {...field('note')} defaultValue={form.value('note')} rows={2} hint="How directly it was read, or anything a reader should know." />
      <SubmitButton pending={form.pending}>Add source</SubmitButton>
    </form>
  );
}
