// Signing in and out against a real database: password checks, disabled
// accounts, throttling per account and per address, cookie attributes, and
// signing out everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../lib/auth/login-throttle.ts';
import { pointAppAt, releaseApp } from './support/app-database.ts';
import { cookieHeader, createUser, PASSWORD, requestFrom, signInCookie } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

type SignIn = typeof import('../../lib/auth/sign-in.ts');
type SignOut = typeof import('../../lib/auth/sign-out.ts');
type SignedIn = typeof import('../../lib/auth/signed-in-user.ts');
type AuthInstance = typeof import('../../lib/auth/auth-instance.ts');

let db: TestDatabase;
let signIn: SignIn['signIn'];
let signOut: SignOut['signOut'];
let readSignedInUser: SignedIn['readSignedInUser'];
let createAuth: AuthInstance['createAuth'];

beforeAll(async () => {
  db = await createTestDatabase();
  pointAppAt(db);
  ({ signIn } = await import('../../lib/auth/sign-in.ts'));
  ({ signOut } = await import('../../lib/auth/sign-out.ts'));
  ({ readSignedInUser } = await import('../../lib/auth/signed-in-user.ts'));
  ({ createAuth } = await import('../../lib/auth/auth-instance.ts'));
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

async function whoIs(cookie: string) {
  return readSignedInUser(requestFrom({ cookie }).headers);
}

describe('signing in', () => {
  it('creates a session stored in PostgreSQL, with an HttpOnly SameSite cookie, for the right password', async () => {
    const id = await createUser(db, 'right@example.org');
    const result = await signIn(requestFrom(), { email: 'Right@Example.org ', password: PASSWORD });
    if (!result.ok) throw new Error(result.message);
    const session = result.data.cookies.find((c) => c.includes('session_token'));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(await whoIs(cookieHeader(result.data.cookies))).toMatchObject({ id, email: 'right@example.org', role: 'EDITOR' });
    const rows = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [id]);
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    await createUser(db, 'wrong@example.org');
    const wrong = await signIn(requestFrom({ address: '192.0.2.50' }), { email: 'wrong@example.org', password: 'not the password at all' });
    const unknown = await signIn(requestFrom({ address: '192.0.2.50' }), { email: 'nobody@example.org', password: PASSWORD });
    expect(wrong).toMatchObject({ ok: false, status: 401 });
    expect(unknown).toMatchObject({ ok: false, status: 401 });
    if (!wrong.ok && !unknown.ok) expect(wrong.message).toBe(unknown.message);
  });

  it('marks secure cookies Secure (production)', async () => {
    const auth = createAuth(db.prisma, { secret: 'x'.repeat(40), baseURL: 'https://dash.example.org', secureCookies: true });
    await createUser(db, 'secure@example.org');
    const { headers } = await auth.api.signInEmail({ body: { email: 'secure@example.org', password: PASSWORD }, returnHeaders: true });
    const session = headers.getSetCookie().find((c) => c.includes('session_token'));
    expect(session).toMatch(/^__Secure-dashboard\.session_token=/);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/HttpOnly/i);
  });

  it('refuses a form sent from another site', async () => {
    await createUser(db, 'origin@example.org');
    const result = await signIn(requestFrom({ origin: 'https://evil.example' }), { email: 'origin@example.org', password: PASSWORD });
    expect(result).toMatchObject({ ok: false, status: 403, code: 'cross_origin' });
  });
});

describe('disabled accounts', () => {
  it('cannot sign in, even with the right password, and their open sessions stop working', async () => {
    const id = await createUser(db, 'disabled@example.org');
    const cookie = await signInCookie('disabled@example.org');
    await db.sql('UPDATE users SET disabled_at = now() WHERE id = $1', [id]);
    expect(await whoIs(cookie)).toBeNull();
    const result = await signIn(requestFrom(), { email: 'disabled@example.org', password: PASSWORD });
    expect(result).toMatchObject({ ok: false, status: 403, code: 'account_disabled' });
    const rows = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [id]);
    expect(rows[0]?.n).toBe(1); // only the session from before; none was created
  });
});

describe('throttling', () => {
  it(`refuses an account after ${LOGIN_LIMITS.perAccount} failed attempts, even with the right password, from any address`, async () => {
    await createUser(db, 'guessed@example.org');
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i += 1) {
      const result = await signIn(requestFrom({ address: `198.51.100.${i + 1}` }), { email: 'guessed@example.org', password: `wrong guess ${i}` });
      expect(result).toMatchObject({ ok: false, status: 401 });
    }
    const blocked = await signIn(requestFrom({ address: '198.51.100.99' }), { email: 'guessed@example.org', password: PASSWORD });
    expect(blocked).toMatchObject({ ok: false, status: 429 });
    if (!blocked.ok) expect(blocked.message).toMatch(/^Too many failed sign-in attempts for this account\. Please wait 1[45] minutes/);
    // Other accounts are not affected.
    await createUser(db, 'bystander@example.org');
    expect((await signIn(requestFrom({ address: '198.51.100.99' }), { email: 'bystander@example.org', password: PASSWORD })).ok).toBe(true);
  });

  it(`refuses an address after ${LOGIN_LIMITS.perAddress} failed attempts, whatever the account`, async () => {
    await createUser(db, 'target@example.org');
    const attacker = '203.0.113.7';
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i += 1) {
      await signIn(requestFrom({ address: attacker }), { email: `sprayed-${i}@example.org`, password: 'password guess' });
    }
    const blocked = await signIn(requestFrom({ address: attacker }), { email: 'target@example.org', password: PASSWORD });
    expect(blocked).toMatchObject({ ok: false, status: 429 });
    if (!blocked.ok) expect(blocked.message).toMatch(/from your network address/);
    expect((await signIn(requestFrom({ address: '203.0.113.8' }), { email: 'target@example.org', password: PASSWORD })).ok).toBe(true);
  });

  it('forgets failed attempts on an account after a successful sign-in', async () => {
    await createUser(db, 'typo@example.org');
    for (let i = 0; i < LOGIN_LIMITS.perAccount - 1; i += 1) {
      await signIn(requestFrom({ address: '192.0.2.77' }), { email: 'typo@example.org', password: 'typo typo typo' });
    }
    expect((await signIn(requestFrom({ address: '192.0.2.77' }), { email: 'typo@example.org', password: PASSWORD })).ok).toBe(true);
    expect(await signIn(requestFrom({ address: '192.0.2.77' }), { email: 'typo@example.org', password: 'typo again' })).toMatchObject({ status: 401 });
    expect((await signIn(requestFrom({ address: '192.0.2.77' }), { email: 'typo@example.org', password: PASSWORD })).ok).toBe(true);
  });
});

describe('signing out', () => {
  it('ends this session only, or every session when asked', async () => {
    await createUser(db, 'leaver@example.org');
    const laptop = await signInCookie('leaver@example.org');
    const phone = await signInCookie('leaver@example.org');
    const office = await signInCookie('leaver@example.org');

    expect(await signOut(requestFrom({ cookie: laptop }))).toMatchObject({ ok: true });
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).not.toBeNull();

    expect(await signOut(requestFrom({ cookie: phone }), { everywhere: true })).toMatchObject({ ok: true, data: { sessionsEnded: 2 } });
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(office)).toBeNull();
  });
});
