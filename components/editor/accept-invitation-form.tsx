'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { acceptInvitationAction } from '@/lib/actions/auth-actions';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { acceptInvitationSchema } from '@/lib/schemas/users';

const LABELS = { password: 'New password', confirm: 'The same password again' };

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const form = useValidatedForm(acceptInvitationSchema, acceptInvitationAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-md space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        name="password"
        label={LABELS.password}
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        errors={form.errors}
        required
      />
      <TextField name="confirm" label={LABELS.confirm} type="password" autoComplete="new-password" errors={form.errors} required />
      <SubmitButton pending={form.pending}>Set my password</SubmitButton>
    </form>
  );
}
