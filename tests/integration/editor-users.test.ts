// Admins managing people: invitations (accepted once, with the password rule),
// disabling (sessions end at once), role changes, and never losing the last admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointAppAt, releaseApp, TEST_ORIGIN } from './support/app-database.ts';
import { createUser, requestFrom, signInCookie } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type Users = typeof import('../../lib/mutations/users.ts');
type Accept = typeof import('../../lib/mutations/accept-invitation.ts');
type SignIn = typeof import('../../lib/auth/sign-in.ts');
type SignedIn = typeof import('../../lib/auth/signed-in-user.ts');

let db: TestDatabase;
let users: Users;
let acceptInvitation: Accept['acceptInvitation'];
let signIn: SignIn['signIn'];
let readSignedInUser: SignedIn['readSignedInUser'];
let adminId: string;
let adminCookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  pointAppAt(db);
  users = await import('../../lib/mutations/users.ts');
  ({ acceptInvitation } = await import('../../lib/mutations/accept-invitation.ts'));
  ({ signIn } = await import('../../lib/auth/sign-in.ts'));
  ({ readSignedInUser } = await import('../../lib/auth/signed-in-user.ts'));
  adminId = await createUser(db, 'boss@example.org', 'ADMIN');
  adminCookie = await signInCookie('boss@example.org');
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

const asAdmin = () => requestFrom({ cookie: adminCookie });
const tokenOf = (url: string) => url.split('/invitations/')[1] ?? '';

describe('invitations', () => {
  it('give a one-time link, stored only as a hash, that lets the person choose a password and sign in', async () => {
    const invited = await users.inviteUser(asAdmin(), { email: 'New.Editor@example.org', name: 'New Editor', role: 'EDITOR' });
    if (!invited.ok) throw new Error(invited.message);
    expect(invited.data.url.startsWith(`${TEST_ORIGIN}/invitations/`)).toBe(true);
    const token = tokenOf(invited.data.url);
    const stored = await db.sql<{ identifier: string }>('SELECT identifier FROM verifications WHERE value = $1', [invited.data.userId]);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.identifier).not.toContain(token);

    // No password yet: no way in.
    expect((await signIn(requestFrom(), { email: 'new.editor@example.org', password: 'a long and unguessable passphrase' })).ok).toBe(false);

    const weak = await acceptInvitation(requestFrom(), { token, password: 'password1234', confirm: 'password1234' });
    expect(weak).toMatchObject({ ok: false, status: 422, fieldErrors: { password: [expect.any(String)] } });
    const mismatch = await acceptInvitation(requestFrom(), { token, password: 'a long and unguessable passphrase', confirm: 'something else' });
    expect(mismatch).toMatchObject({ ok: false, status: 422, fieldErrors: { confirm: [expect.any(String)] } });

    const accepted = await acceptInvitation(requestFrom(), { token, password: 'my own long passphrase', confirm: 'my own long passphrase' });
    expect(accepted).toMatchObject({ ok: true, data: { email: 'new.editor@example.org' } });
    expect((await signIn(requestFrom(), { email: 'new.editor@example.org', password: 'my own long passphrase' })).ok).toBe(true);

    const reused = await acceptInvitation(requestFrom(), { token, password: 'another long passphrase', confirm: 'another long passphrase' });
    expect(reused).toMatchObject({ ok: false, status: 404, code: 'invitation_expired' });
    const audit = await db.sql<{ action: string; actor_id: string | null }>('SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY id', [invited.data.userId]);
    expect(audit).toEqual([
      { action: 'invite', actor_id: adminId },
      { action: 'accept_invitation', actor_id: invited.data.userId },
    ]);
  });

  it('refuses an expired link and a second account for the same email', async () => {
    const invited = await users.inviteUser(asAdmin(), { email: 'late@example.org', name: 'Late', role: 'EDITOR' });
    if (!invited.ok) throw new Error(invited.message);
    await db.sql("UPDATE verifications SET expires_at = now() - interval '1 minute' WHERE value = $1", [invited.data.userId]);
    const result = await acceptInvitation(requestFrom(), { token: tokenOf(invited.data.url), password: 'a long and unguessable passphrase', confirm: 'a long and unguessable passphrase' });
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect(await users.inviteUser(asAdmin(), { email: 'late@example.org', name: 'Late', role: 'EDITOR' })).toMatchObject({ ok: false, status: 409, fieldErrors: { email: [expect.any(String)] } });
  });

  it('a new link replaces the old one and resets a forgotten password, ending sessions', async () => {
    const id = await createUser(db, 'forgetful@example.org');
    const cookie = await signInCookie('forgetful@example.org');
    const first = await users.reinviteUser(asAdmin(), { userId: id });
    const second = await users.reinviteUser(asAdmin(), { userId: id });
    if (!first.ok || !second.ok) throw new Error('reinvite failed');
    const stale = await acceptInvitation(requestFrom(), { token: tokenOf(first.data.url), password: 'a fresh long passphrase', confirm: 'a fresh long passphrase' });
    expect(stale).toMatchObject({ ok: false, status: 404 });
    expect(await acceptInvitation(requestFrom(), { token: tokenOf(second.data.url), password: 'a fresh long passphrase', confirm: 'a fresh long passphrase' })).toMatchObject({ ok: true });
    expect(await readSignedInUser(requestFrom({ cookie }).headers)).toBeNull();
  });
});

describe('disabling and roles', () => {
  it('disabling ends the sessions at once and is audited with before and after', async () => {
    const id = await createUser(db, 'leaving@example.org');
    const cookie = await signInCookie('leaving@example.org');
    expect(await users.setUserDisabled(asAdmin(), { userId: id, disabled: 'true' })).toMatchObject({ ok: true });
    expect(await readSignedInUser(requestFrom({ cookie }).headers)).toBeNull();
    expect(await db.sql('SELECT 1 FROM sessions WHERE user_id = $1', [id])).toEqual([]);
    const [audit] = await db.sql<{ before: { disabledAt: null }; after: { disabledAt: string; sessionsEnded: number } }>(
      "SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'disable'",
      [id],
    );
    expect(audit?.before.disabledAt).toBeNull();
    expect(audit?.after).toMatchObject({ disabledAt: expect.any(String), sessionsEnded: 1 });
    expect(await users.setUserDisabled(asAdmin(), { userId: id, disabled: 'false' })).toMatchObject({ ok: true });
    expect((await signIn(requestFrom(), { email: 'leaving@example.org', password: 'a long and unguessable passphrase' })).ok).toBe(true);
  });

  it('a new role counts at once, and an admin cannot lock themselves or the last admin out', async () => {
    const id = await createUser(db, 'promoted@example.org');
    const cookie = await signInCookie('promoted@example.org');
    expect(await users.inviteUser(requestFrom({ cookie }), { email: 'x@example.org', name: 'X', role: 'EDITOR' })).toMatchObject({ status: 403 });
    expect(await users.changeUserRole(asAdmin(), { userId: id, role: 'ADMIN' })).toMatchObject({ ok: true });
    expect((await readSignedInUser(requestFrom({ cookie }).headers))?.role).toBe('ADMIN');

    expect(await users.setUserDisabled(asAdmin(), { userId: adminId, disabled: 'true' })).toMatchObject({ status: 409, code: 'own_account' });
    expect(await users.changeUserRole(asAdmin(), { userId: adminId, role: 'EDITOR' })).toMatchObject({ status: 409, code: 'own_account' });
    // The promoted admin demotes the first; then nobody may demote the promoted one, the last admin.
    expect(await users.changeUserRole(requestFrom({ cookie }), { userId: adminId, role: 'EDITOR' })).toMatchObject({ ok: true });
    const otherAdmin = await createUser(db, 'temp-admin@example.org', 'ADMIN');
    await db.sql("UPDATE users SET disabled_at = now() WHERE id = $1", [otherAdmin]);
    const lastAdmin = await users.changeUserRole(requestFrom({ cookie }), { userId: id, role: 'EDITOR' });
    expect(lastAdmin).toMatchObject({ status: 409, code: 'own_account' });
  });
});
