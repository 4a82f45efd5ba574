// Admins invite people, send a fresh invitation link (which also serves to
// reset a forgotten password), disable and re-enable accounts, and change
// roles. The dashboard always keeps at least one active admin.
import 'server-only';
import { guardedAction } from '@/lib/auth/guarded-action';
import { env, siteOrigin } from '@/lib/env';
import { ActionError } from '@/lib/errors';
import type { Tx } from '@/lib/prisma-client';
import { changeRoleSchema, inviteUserSchema, reinviteSchema, setDisabledSchema } from '@/lib/schemas/users';
import { invitationUrl, issueInvitation } from '@/lib/users/invitations';

const USER_FIELDS = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

async function findUser(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: USER_FIELDS });
  if (!user) throw new ActionError(404, 'not_found', 'There is no such person.');
  return user;
}

async function assertAnotherActiveAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new ActionError(409, 'last_admin', 'The dashboard needs at least one active admin: make someone else admin first.');
}

function assertNotSelf(actorId: string, userId: string, what: string) {
  if (actorId === userId) throw new ActionError(409, 'own_account', `You cannot ${what} your own account: ask another admin.`);
}

export interface Invitation {
  userId: string;
  email: string;
  url: string;
  expiresAt: Date;
}

export const inviteUser = guardedAction({
  access: 'ADMIN',
  schema: inviteUserSchema,
  async run(input, { tx, audit }): Promise<Invitation> {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ActionError(409, 'already_exists', 'This person already has an account.', { email: ['There is already an account with this email address.'] });
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role }, select: USER_FIELDS });
    const { token, expiresAt } = await issueInvitation(tx, user.id);
    await audit({ action: 'invite', entityType: 'user', entityId: user.id, after: { ...user, invitationExpiresAt: expiresAt } });
    return { userId: user.id, email: user.email, url: invitationUrl(siteOrigin(env), token), expiresAt };
  },
});

export const reinviteUser = guardedAction({
  access: 'ADMIN',
  schema: reinviteSchema,
  async run(input, { tx, audit }): Promise<Invitation> {
    const user = await findUser(tx, input.userId);
    if (user.disabledAt) throw new ActionError(409, 'disabled', 'Enable this account before sending a new link.');
    const { token, expiresAt } = await issueInvitation(tx, user.id);
    await audit({ action: 'reinvite', entityType: 'user', entityId: user.id, after: { invitationExpiresAt: expiresAt } });
    return { userId: user.id, email: user.email, url: invitationUrl(siteOrigin(env), token), expiresAt };
  },
});

export const setUserDisabled = guardedAction({
  access: 'ADMIN',
  schema: setDisabledSchema,
  async run(input, { tx, actor, audit }) {
    assertNotSelf(actor.id, input.userId, input.disabled ? 'disable' : 'enable');
    const before = await findUser(tx, input.userId);
    if (input.disabled && before.role === 'ADMIN') await assertAnotherActiveAdmin(tx, before.id);
    const after = await tx.user.update({
      where: { id: before.id },
      data: { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null },
      select: USER_FIELDS,
    });
    // Disabling also ends every session the person has, at once.
    const ended = input.disabled ? (await tx.session.deleteMany({ where: { userId: before.id } })).count : 0;
    await audit({
      action: input.disabled ? 'disable' : 'enable',
      entityType: 'user',
      entityId: before.id,
      before: { disabledAt: before.disabledAt },
      after: { disabledAt: after.disabledAt, sessionsEnded: ended },
    });
    return { userId: before.id };
  },
});

export const changeUserRole = guardedAction({
  access: 'ADMIN',
  schema: changeRoleSchema,
  async run(input, { tx, actor, audit }) {
    assertNotSelf(actor.id, input.userId, 'change the role of');
    const before = await findUser(tx, input.userId);
    if (before.role === input.role) throw new ActionError(409, 'unchanged', 'They already have this role.');
    if (before.role === 'ADMIN' && !before.disabledAt) await assertAnotherActiveAdmin(tx, before.id);
    await tx.user.update({ where: { id: before.id }, data: { role: input.role } });
    await audit({ action: 'change_role', entityType: 'user', entityId: before.id, before: { role: before.role }, after: { role: input.role } });
    return { userId: before.id };
  },
});
