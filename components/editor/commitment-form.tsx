'use client';

// Adds a commitment, or edits what is said about one (never its status).
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, SubmitButton, TextArea, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { createCommitmentAction, updateCommitmentAction } from '@/lib/actions/editor-actions';
import { createCommitmentSchema, updateCommitmentSchema } from '@/lib/schemas/commitment';
import { dateInputValue } from '@/lib/schemas/fields';

export interface CommitmentFormValues {
  id: string;
  sourceId: string;
  theme: string;
  pillar: string | null;
  pillarNote: string | null;
  summary: string;
  measure: string;
  announcedOn: Date | null;
  dueOn: Date | null;
  dueNote: string | null;
  url: string;
  statusNote: string | null;
  caveat: string | null;
}

const LABELS: Record<string, string> = {
  id: 'Short id', sourceId: 'Source', theme: 'Theme', summary: 'Summary', measure: 'What would show delivery', url: 'Read from (web address)',
  announcedOn: 'Announced on', dueOn: 'Deadline', dueNote: 'Note on the deadline', pillar: 'Pillar', pillarNote: 'Note on the pillar',
  statusNote: 'What the evidence can and cannot show', caveat: 'Caveat for readers',
};

export function CommitmentForm(props: { values?: CommitmentFormValues; sources: { id: string; title: string }[]; themes: string[] }) {
  const editing = Boolean(props.values);
  const form = useValidatedForm(editing ? updateCommitmentSchema : createCommitmentSchema, editing ? updateCommitmentAction : createCommitmentAction);
  const v = props.values;
  const field = (name: keyof typeof LABELS) => ({ name, label: LABELS[name] as string, errors: form.errors });
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      {editing ? <input type="hidden" name="id" value={v?.id} /> : <TextField {...field('id')} defaultValue={form.value('id')} hint="Lowercase letters, digits and hyphens; it becomes the page address and never changes." required />}
      <SelectField {...field('sourceId')} placeholder="Choose a source" choices={props.sources.map((s) => ({ value: s.id, label: s.title }))} defaultValue={form.value('sourceId', v?.sourceId)} required />
      <TextField {...field('theme')} defaultValue={form.value('theme', v?.theme)} hint={`One of: ${props.themes.join(', ')}; or a new one in lowercase with hyphens.`} required />
      <TextArea {...field('summary')} defaultValue={form.value('summary', v?.summary)} hint="In our own words, with no quotation longer than a few words." required />
      <TextArea {...field('measure')} defaultValue={form.value('measure', v?.measure)} rows={2} required />
      <TextField {...field('url')} type="url" defaultValue={form.value('url', v?.url)} required />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField {...field('announcedOn')} type="date" defaultValue={form.value('announcedOn', dateInputValue(v?.announcedOn))} />
        <TextField {...field('dueOn')} type="date" defaultValue={form.value('dueOn', dateInputValue(v?.dueOn))} />
      </div>
      <TextField {...field('dueNote')} defaultValue={form.value('dueNote', v?.dueNote ?? '')} />
      <TextField {...field('pillar')} defaultValue={form.value('pillar', v?.pillar ?? '')} />
      <TextArea {...field('pillarNote')} rows={2} defaultValue={form.value('pillarNote', v?.pillarNote ?? '')} />
      <TextArea {...field('statusNote')} rows={2} defaultValue={form.value('statusNote', v?.statusNote ?? '')} />
      <TextArea {...field('caveat')} rows={2} defaultValue={form.value('caveat', v?.caveat ?? '')} />
      <SubmitButton pending={form.pending}>{editing ? 'Save changes' : 'Add commitment'}</SubmitButton>
    </form>
  );
}
