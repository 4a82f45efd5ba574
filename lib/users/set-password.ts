// Sets a new password for an existing account from the command line (for an
// admin locked out of the app), ending its sessions, with the audit entry.
import { AUDIT_VIA, recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { passwordProblem } from '@/lib/auth/password-policy';
import type { Db } from '@/lib/prisma-client';
import { UserInputError } from '@/lib/users/create-user';

export async function setPasswordByEmail(db: Db, emailInput: string, password: string): Promise<{ sessionsEnded: number }> {
  const email = emailInput.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new UserInputError(`There is no account for ${email}.`);
  const problem = passwordProblem(password, email);
  if (problem) throw new UserInputError(problem);
  const hash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const account = await tx.account.findFirst({ where: { userId: user.id, providerId: 'credential' }, select: { id: true } });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: hash } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, null, { action: 'reset_password', entityType: 'user', entityId: user.id, after: { passwordSet: true, sessionsEnded: count } }, AUDIT_VIA.commandLine);
    return { sessionsEnded: count };
  });
}
