'use server';

// Server actions for managing people (admins only: the guarded writes check).
import { failedWith, toFormState, type FormState } from '@/lib/actions/form-state';
import type { FormObject } from '@/lib/forms/form-data';
import { nextRequestContext } from '@/lib/auth/next-request';
import { formDataToObject } from '@/lib/forms/form-data';
import { changeUserRole, inviteUser, reinviteUser, setUserDisabled } from '@/lib/mutations/users';

function invitationState(result: Awaited<ReturnType<typeof inviteUser>>, submitted: FormObject, verb: string): FormState {
  if (!result.ok) return failedWith(result, submitted);
  return {
    ok: true,
    message: `${verb} ${result.data.email}. Send them this link yourself (it works once, for 7 days; it is not shown again):`,
    link: { href: result.data.url, label: result.data.url },
  };
}

export async function inviteUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  return invitationState(await inviteUser(await nextRequestContext(), submitted), submitted, 'Invited');
}

export async function reinviteUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  return invitationState(await reinviteUser(await nextRequestContext(), submitted), submitted, 'New link for');
}

export async function setUserDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  return toFormState(await setUserDisabled(await nextRequestContext(), submitted), submitted, () => 'Saved.');
}

export async function changeUserRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  return toFormState(await changeUserRole(await nextRequestContext(), submitted), submitted, () => 'Role changed.');
}
