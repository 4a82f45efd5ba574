'use server';

// Server actions for managing people (admins only: the guarded writes check).
import type { FormState } from '@/lib/actions/form-state';
import { toFormState } from '@/lib/actions/form-state';
import { nextRequestContext } from '@/lib/auth/next-request';
import { formDataToObject } from '@/lib/forms/form-data';
import { changeUserRole, inviteUser, reinviteUser, setUserDisabled } from '@/lib/mutations/users';

function invitationState(result: Awaited<ReturnType<typeof inviteUser>>, verb: string): FormState {
  if (!result.ok) return result;
  return {
    ok: true,
    message: `${verb} ${result.data.email}. Send them this link yourself (it works once, for 7 days; it is not shown again):`,
    link: { href: result.data.url, label: result.data.url },
  };
}

export async function inviteUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return invitationState(await inviteUser(await nextRequestContext(), formDataToObject(formData)), 'Invited');
}

export async function reinviteUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return invitationState(await reinviteUser(await nextRequestContext(), formDataToObject(formData)), 'New link for');
}

export async function setUserDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  const result = await setUserDisabled(await nextRequestContext(), formDataToObject(formData));
  return toFormState(result, () => 'Saved.');
}

export async function changeUserRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const result = await changeUserRole(await nextRequestContext(), formDataToObject(formData));
  return toFormState(result, () => 'Role changed.');
}
