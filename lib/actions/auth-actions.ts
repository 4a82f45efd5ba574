'use server';

// Server actions for signing in and out. Each is a thin shell: the checks
// and the work are in lib/auth, where tests call them directly.
import { redirect } from 'next/navigation';
import { failedWith, type FormState } from '@/lib/actions/form-state';
import { nextRequestContext } from '@/lib/auth/next-request';
import { signIn } from '@/lib/auth/sign-in';
import { signOut } from '@/lib/auth/sign-out';
import { formDataToObject } from '@/lib/forms/form-data';
import { acceptInvitation } from '@/lib/mutations/accept-invitation';

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await signIn(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect('/editor');
}

export async function signOutAction(): Promise<void> {
  await signOut(await nextRequestContext());
  redirect('/sign-in?signed-out=1');
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOut(await nextRequestContext(), { everywhere: true });
  redirect('/sign-in?signed-out=everywhere');
}

export async function acceptInvitationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await acceptInvitation(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect('/sign-in?password-set=1');
}
