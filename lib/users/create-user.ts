// Creates a person who can sign in with a password, with the audit entry, in
// one transaction. Used by the command line (no one is signed in there, so
// the entry says "command line"); admins in the app invite people instead.
import { AUDIT_VIA, recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { passwordProblem } from '@/lib/auth/password-policy';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/prisma-client';

export class UserInputError extends Error {
  override name = 'UserInputError';
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function createUserWithPassword(db: Db, input: NewUser): Promise<{ id: string; email: string; role: Role }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UserInputError(`"${input.email}" is not an email address.`);
  const problem = passwordProblem(input.password, email);
  if (problem) throw new UserInputError(problem);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserInputError(`There is already an account for ${email}.`);
  }
  const hash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.name.trim() || email, role: input.role, emailVerified: true },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: hash } });
    await recordAudit(tx, null, { action: 'create', entityType: 'user', entityId: user.id, after: user }, AUDIT_VIA.commandLine);
    return user;
  });
}
