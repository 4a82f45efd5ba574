// Signing out here, or everywhere: "everywhere" ends every session the
// person has (another browser, a forgotten shared computer) at once.
import 'server-only';
import { getAuth } from '@/lib/auth/auth';
import { checkOrigin } from '@/lib/auth/guarded-action';
import type { RequestContext } from '@/lib/auth/request-context';
import { readSignedInUser } from '@/lib/auth/signed-in-user';
import { getDb } from '@/lib/db';
import type { ActionResult } from '@/lib/errors';

export async function signOut(request: RequestContext, { everywhere = false } = {}): Promise<ActionResult<{ sessionsEnded: number }>> {
  const refused = checkOrigin(request);
  if (refused) return refused;
  const user = await readSignedInUser(request.headers);
  if (!user) return { ok: true, data: { sessionsEnded: 0 } };
  // better-auth ends this session and clears the cookie; the rest go after.
  await getAuth().api.signOut({ headers: request.headers });
  const others = everywhere ? (await getDb().session.deleteMany({ where: { userId: user.id } })).count : 0;
  return { ok: true, data: { sessionsEnded: others + 1 } };
}
