'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { FormSuccess } from '@/components/editor/form-success';
import { inviteUserAction } from '@/lib/actions/user-actions';
import { inviteUserSchema } from '@/lib/schemas/users';

const LABELS = { email: 'Email address', name: 'Name', role: 'Role' };

export function InviteUserForm() {
  const form = useValidatedForm(inviteUserSchema, inviteUserAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      <FormSuccess state={form.state} />
      <TextField name="email" label={LABELS.email} type="email" defaultValue={form.value('email')} errors={form.errors} required />
      <TextField name="name" label={LABELS.name} defaultValue={form.value('name')} errors={form.errors} required />
      <SelectField
        name="role"
        label={LABELS.role}
        defaultValue={form.value('role', 'EDITOR')}
        choices={[
          { value: 'EDITOR', label: 'Editor: records updates, edits commitments and sources' },
          { value: 'ADMIN', label: 'Admin: also manages people' },
        ]}
        errors={form.errors}
        required
      />
      <SubmitButton pending={form.pending}>Invite</SubmitButton>
    </form>
  );
}
