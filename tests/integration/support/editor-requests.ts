// Requests as the editor area's server actions receive them: same-origin
// headers, real session cookies from a real sign-in, and a record of the
// public paths each write asked to refresh.
import type { RequestContext } from '../../../lib/auth/request-context.ts';
import { createUserWithPassword } from '../../../lib/users/create-user.ts';
import type { Role } from '../../../lib/generated/prisma/enums.ts';
import { TEST_ORIGIN } from './app-database.ts';
import type { TestDatabase } from './test-database.ts';

export const PASSWORD = 'a long and unguessable passphrase';

export interface TestRequest extends RequestContext {
  revalidated: string[];
}

export function requestFrom(options: { cookie?: string; origin?: string | null; address?: string } = {}): TestRequest {
  const headers = new Headers({ host: new URL(TEST_ORIGIN).host, 'x-forwarded-for': options.address ?? '192.0.2.1' });
  const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
  if (origin) headers.set('origin', origin);
  if (options.cookie) headers.set('cookie', options.cookie);
  const revalidated: string[] = [];
  return { headers, revalidated, revalidate: (path) => revalidated.push(path) };
}

/** "name=value; name2=value2" from Set-Cookie lines, as a browser would send them back. */
export function cookieHeader(setCookies: string[]): string {
  return setCookies.map((line) => line.split(';')[0]).join('; ');
}

export async function createUser(db: TestDatabase, email: string, role: Role = 'EDITOR'): Promise<string> {
  const user = await createUserWithPassword(db.prisma, { email, name: email.split('@')[0] ?? email, role, password: PASSWORD });
  return user.id;
}

type SignIn = typeof import('../../../lib/auth/sign-in.ts');

/** Signs in through the app's own sign-in action and returns the session cookie. */
export async function signInCookie(email: string, password = PASSWORD): Promise<string> {
  const { signIn } = (await import('../../../lib/auth/sign-in.ts')) as SignIn;
  const result = await signIn(requestFrom(), { email, password });
  if (!result.ok) throw new Error(`sign-in failed: ${result.message}`);
  return cookieHeader(result.data.cookies);
}

/** A fingerprint of every row of every table: equal before and after means nothing changed. */
export async function databaseChecksum(db: TestDatabase): Promise<Record<string, string>> {
  const tables = await db.sql<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.sql<{ sum: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${name}" t`);
    sums[name] = row?.sum ?? 'empty';
  }
  return sums;
}
