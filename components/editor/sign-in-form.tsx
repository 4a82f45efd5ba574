'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextField } from '@/components/forms/fields';
import { useValidatedForm } from '@/components/forms/use-validated-form';
import { signInAction } from '@/lib/actions/auth-actions';
import { signInSchema } from '@/lib/schemas/users';

const LABELS = { email: 'Email address', password: 'Password' };

export function SignInForm() {
  const form = useValidatedForm(signInSchema, signInAction);
  return (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="max-w-md space-y-4">
      <ErrorSummary message={form.message} errors={form.errors} labels={LABELS} />
      <TextField name="email" label={LABELS.email} type="email" autoComplete="username" defaultValue={form.value('email')} errors={form.errors} required />
      <TextField name="password" label={LABELS.password} type="password" autoComplete="current-password" errors={form.errors} required />
      <SubmitButton pending={form.pending}>Sign in</SubmitButton>
    </form>
  );
}
