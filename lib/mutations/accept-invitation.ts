// The invited person chooses a password. No one is signed in yet: the token
// is the proof. Accepting again with a fresh link replaces the password and
// ends every session, so an admin's new link doubles as a password reset.
import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { publicAction } from '@/lib/auth/guarded-action';
import { hashPassword } from '@/lib/auth/password-hash';
import { passwordProblem } from '@/lib/auth/password-policy';
import { getDb } from '@/lib/db';
import { ActionError } from '@/lib/errors';
import { acceptInvitationSchema } from '@/lib/schemas/users';
import { consumeInvitation, findInvitedUserId } from '@/lib/users/invitations';

const EXPIRED = 'This invitation link has expired or has already been used. Ask an admin for a new one.';

export const acceptInvitation = publicAction({
  schema: acceptInvitationSchema,
  async run(input) {
    const db = getDb();
    const userId = await findInvitedUserId(db, input.token);
    const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, disabledAt: true } }) : null;
    if (!user || user.disabledAt) throw new ActionError(404, 'invitation_expired', EXPIRED);
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw new ActionError(422, 'weak_password', problem, { password: [problem] });
    const hash = await hashPassword(input.password);

    await db.$transaction(async (tx) => {
      // Checked again inside the transaction: two tabs cannot both use one link.
      if ((await findInvitedUserId(tx, input.token)) !== user.id) throw new ActionError(404, 'invitation_expired', EXPIRED);
      await consumeInvitation(tx, input.token);
      const existing = await tx.account.findFirst({ where: { userId: user.id, providerId: 'credential' }, select: { id: true } });
      if (existing) await tx.account.update({ where: { id: existing.id }, data: { password: hash } });
      else await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: hash } });
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.user.update({ where: { id: user.id }, data: { emailVerified: true } });
      await recordAudit(tx, user.id, {
        action: existing ? 'reset_password' : 'accept_invitation',
        entityType: 'user',
        entityId: user.id,
        after: { passwordSet: true },
      });
    });
    return { email: user.email };
  },
});
