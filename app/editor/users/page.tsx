import { InviteUserForm } from '@/components/editor/invite-user-form';
import { UserActions } from '@/components/editor/user-actions';
import { requireUser } from '@/lib/auth/page-guards';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { listUsers } from '@/lib/queries/editor';

export const metadata = { title: 'People' };

export default async function UsersPage() {
  const me = await requireUser('ADMIN');
  const users = await listUsers();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">People</h1>
      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className="text-xl font-bold">
          Invite someone
        </h2>
        <p>You get a link to send them; it lets them choose their own password. No email is sent by the dashboard.</p>
        <InviteUserForm />
      </section>
      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="text-xl font-bold">
          Everyone with access
        </h2>
        <ul className="divide-y divide-slate-300">
          {users.map((user) => (
            <li key={user.id} className="space-y-1 py-3">
              <p>
                <strong>{user.name}</strong> ({user.email}): {ROLE_LABELS[user.role]}
                {user.disabledAt ? ', disabled' : ''}
                {user.hasPassword ? '' : ', has not set a password yet'}
              </p>
              {user.id === me.id ? (
                <p className="text-sm text-slate-700">This is you.</p>
              ) : (
                <UserActions user={{ id: user.id, email: user.email, role: user.role, disabled: Boolean(user.disabledAt) }} />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
