// For editor pages: who is signed in, or off to the sign-in page. Reads only;
// every write is checked again by guarded-action.ts, whatever page sent it.
import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { hasAccess, type Access } from '@/lib/auth/roles';
import { readSignedInUser, type SignedInUser } from '@/lib/auth/signed-in-user';

export async function requireUser(access: Access = 'EDITOR'): Promise<SignedInUser> {
  const user = await readSignedInUser(new Headers(await headers()));
  if (!user) redirect('/sign-in');
  if (!hasAccess(user.role, access)) forbidden();
  return user;
}
