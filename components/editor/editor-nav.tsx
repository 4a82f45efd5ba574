import Link from 'next/link';
import { signOutAction, signOutEverywhereAction } from '@/lib/actions/auth-actions';
import { ROLE_LABELS } from '@/lib/auth/roles';
import type { SignedInUser } from '@/lib/auth/signed-in-user';

export function EditorNav({ user }: { user: SignedInUser }) {
  const items = [
    { href: '/editor', label: 'Commitments' },
    { href: '/editor/sources', label: 'Sources' },
    { href: '/editor/imports', label: 'Data uploads' },
    { href: '/editor/snapshots', label: 'Snapshots' },
    { href: '/editor/panels', label: 'Panel reviews' },
    { href: '/editor/audit', label: 'Audit log' },
    ...(user.role === 'ADMIN' ? [{ href: '/editor/users', label: 'People' }] : []),
  ];
  return (
    <div className="mb-6 flex flex-col gap-3 rounded border border-slate-300 bg-slate-50 p-3 md:flex-row md:items-center md:justify-between">
      <nav aria-label="Editor area">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>
          {user.name} ({ROLE_LABELS[user.role]})
        </span>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-slate-700 px-2 py-1">
            Sign out
          </button>
        </form>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded border border-slate-700 px-2 py-1">
            Sign out everywhere
          </button>
        </form>
      </div>
    </div>
  );
}
