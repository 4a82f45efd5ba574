'use client';

// The buttons beside one person on the people page, each its own small form.
import { useActionState } from 'react';
import { FormSuccess } from '@/components/editor/form-success';
import { changeUserRoleAction, reinviteUserAction, setUserDisabledAction } from '@/lib/actions/user-actions';
import type { Role } from '@/lib/generated/prisma/enums';

function Failure({ state }: { state: Awaited<ReturnType<typeof setUserDisabledAction>> }) {
  return state && !state.ok ? (
    <p role="alert" className="text-sm font-semibold text-red-800">
      {state.message}
    </p>
  ) : null;
}

export function UserActions({ user }: { user: { id: string; email: string; role: Role; disabled: boolean } }) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRoleAction, null);
  const [disableState, disableAction, disablePending] = useActionState(setUserDisabledAction, null);
  const [linkState, linkAction, linkPending] = useActionState(reinviteUserAction, null);
  const otherRole: Role = user.role === 'ADMIN' ? 'EDITOR' : 'ADMIN';
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={roleAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="role" value={otherRole} />
          <button type="submit" disabled={rolePending} className="rounded border border-slate-700 px-2 py-1 text-sm">
            {otherRole === 'ADMIN' ? 'Make admin' : 'Make editor'}
            <span className="sr-only"> ({user.email})</span>
          </button>
        </form>
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
          <button type="submit" disabled={disablePending} className="rounded border border-slate-700 px-2 py-1 text-sm">
            {user.disabled ? 'Enable' : 'Disable'}
            <span className="sr-only"> ({user.email})</span>
          </button>
        </form>
        {user.disabled ? null : (
          <form action={linkAction}>
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" disabled={linkPending} className="rounded border border-slate-700 px-2 py-1 text-sm">
              New sign-in link<span className="sr-only"> ({user.email})</span>
            </button>
          </form>
        )}
      </div>
      <Failure state={roleState} />
      <Failure state={disableState} />
      <Failure state={linkState} />
      <FormSuccess state={linkState} />
    </div>
  );
}
