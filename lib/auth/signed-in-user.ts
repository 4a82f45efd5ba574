// Who is making a request, read fresh from the database each time so that a
// disabled account or a changed role counts at once, not at the next sign-in.
import 'server-only';
import { getAuth } from '@/lib/auth/auth';
import { getPrimaryDb } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function readSignedInUser(headers: Headers): Promise<SignedInUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const user = await getPrimaryDb().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
