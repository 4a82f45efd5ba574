// Invitations: a link with a random token that lets a new person choose their
// password. Only the token's SHA-256 is stored (in verifications), so a copy
// of the database cannot be used to accept an invitation.
import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/prisma-client';

export const INVITATION_DAYS = 7;
const PREFIX = 'invite:';

export function invitationIdentifier(token: string): string {
  return PREFIX + createHash('sha256').update(token).digest('hex');
}

export function invitationUrl(origin: string, token: string): string {
  return `${origin}/invitations/${token}`;
}

/** A new invitation for the user, replacing any earlier one; returns the token (shown once). */
export async function issueInvitation(tx: Tx, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  await tx.verification.deleteMany({ where: { value: userId, identifier: { startsWith: PREFIX } } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await tx.verification.create({ data: { identifier: invitationIdentifier(token), value: userId, expiresAt } });
  return { token, expiresAt };
}

/** The id of the user a still-valid token invites, or null. */
export async function findInvitedUserId(tx: Tx, token: string, now = new Date()): Promise<string | null> {
  const row = await tx.verification.findFirst({
    where: { identifier: invitationIdentifier(token), expiresAt: { gt: now } },
    select: { value: true },
  });
  return row?.value ?? null;
}

export async function consumeInvitation(tx: Tx, token: string): Promise<void> {
  await tx.verification.deleteMany({ where: { identifier: invitationIdentifier(token) } });
}
