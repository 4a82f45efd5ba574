// Whom a still-valid invitation link is for (shown on the invitation page).
import 'server-only';
import { getDb } from '@/lib/db';
import { findInvitedUserId } from '@/lib/users/invitations';

export async function findInvitation(token: string): Promise<{ email: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const db = getDb();
  const userId = await findInvitedUserId(db, token);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, disabledAt: true } });
  return user && !user.disabledAt ? { email: user.email } : null;
}
