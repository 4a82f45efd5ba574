// The user:create command, run as a person runs it (a child process with the
// password piped in), against a real database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointAppAt, releaseApp } from './support/app-database.ts';
import { requestFrom } from './support/editor-requests.ts';
import { createTestDatabase, type TestDatabase } from './support/test-database.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  pointAppAt(db);
});

afterAll(async () => {
  await releaseApp();
  await db?.drop();
});

function run(script: string, args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [path.join(root, 'scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

async function usersNamed(email: string) {
  return db.sql<{ id: string; role: string; email_verified: boolean }>('SELECT id, role::text, email_verified FROM users WHERE email = $1', [email]);
}

describe('npm run user:create', () => {
  it('creates an admin from a password on standard input, hashed with scrypt, with an audit entry', async () => {
    const result = await run('user-create.ts', ['--email', 'First.Admin@Example.org', '--name', 'First Admin', '--admin'], 'a long and unguessable passphrase\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created admin first\.admin@example\.org/);

    const [user] = await usersNamed('first.admin@example.org');
    expect(user).toMatchObject({ role: 'admin', email_verified: true });
    const accounts = await db.sql<{ password: string; provider_id: string }>('SELECT password, provider_id FROM accounts WHERE user_id = $1', [user?.id]);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.provider_id).toBe('credential');
    // better-auth's scrypt format: hex salt and hex key, never the password itself.
    expect(accounts[0]?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    const audit = await db.sql<{ action: string; via: string; actor_id: string | null }>('SELECT action, via, actor_id FROM audit_log WHERE entity_id = $1', [user?.id]);
    expect(audit).toEqual([{ action: 'create', via: 'command line', actor_id: null }]);

    // The app's own sign-in accepts the password the command set.
    const { signIn } = await import('../../lib/auth/sign-in.ts');
    const signedIn = await signIn(requestFrom(), { email: 'first.admin@example.org', password: 'a long and unguessable passphrase' });
    expect(signedIn.ok).toBe(true);
  });

  it('creates an editor when --admin is not given', async () => {
    const result = await run('user-create.ts', ['--email', 'editor@example.org'], 'another long passphrase here\n');
    expect(result.code).toBe(0);
    expect((await usersNamed('editor@example.org'))[0]?.role).toBe('editor');
  });

  it('refuses a weak password with one line, creating nothing', async () => {
    const result = await run('user-create.ts', ['--email', 'weak@example.org', '--admin'], 'password123\n');
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Error: Use at least 12 characters/)]);
    const tooEasy = await run('user-create.ts', ['--email', 'weak@example.org', '--admin'], 'password1234567\n');
    expect(tooEasy.stderr.trim()).toMatch(/^Error: This password is too easy to guess/);
    expect(await usersNamed('weak@example.org')).toEqual([]);
  });

  it('refuses an email that already has an account, whatever its case', async () => {
    const result = await run('user-create.ts', ['--email', 'FIRST.admin@example.org'], 'a different long passphrase\n');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Error: There is already an account for first.admin@example.org.');
    expect(await usersNamed('first.admin@example.org')).toHaveLength(1);
  });

  it('says how to use it when the email is missing, and when no password is piped', async () => {
    const noEmail = await run('user-create.ts', [], 'whatever\n');
    expect(noEmail.stderr.trim()).toMatch(/^Error: Give an email address: npm run user:create -- --email/);
    const noPassword = await run('user-create.ts', ['--email', 'nopass@example.org'], '');
    expect(noPassword.stderr.trim()).toMatch(/^Error: No password on standard input/);
  });
});

describe('npm run user:set-password', () => {
  it('sets a new password and ends the sessions', async () => {
    const result = await run('user-set-password.ts', ['--email', 'editor@example.org'], 'a brand new passphrase\n');
    expect(result.code).toBe(0);
    const { signIn } = await import('../../lib/auth/sign-in.ts');
    expect((await signIn(requestFrom(), { email: 'editor@example.org', password: 'a brand new passphrase' })).ok).toBe(true);
    const unknown = await run('user-set-password.ts', ['--email', 'ghost@example.org'], 'a brand new passphrase\n');
    expect(unknown.stderr.trim()).toBe('Error: There is no account for ghost@example.org.');
  });
});
