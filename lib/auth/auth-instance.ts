// better-auth, set up for this dashboard: email and password only, no sign-up
// (people are created on the command line or invited by an admin), sessions in
// PostgreSQL, scrypt password hashes (better-auth's default), cookies that
// scripts cannot read. Its HTTP endpoints are not mounted: the app signs in
// and out through its own server actions, which throttle attempts
// (login-throttle.ts), so no other route can create a session.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { AUTH_COOKIE_PREFIX } from '@/lib/auth/cookie-prefix';
import { hashPassword, verifyPassword } from '@/lib/auth/password-hash';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import type { Db } from '@/lib/prisma-client';

export const ACCOUNT_DISABLED_MESSAGE = 'This account has been disabled. Ask an admin if you need access again.';

const HOUR = 60 * 60;

export interface AuthSettings {
  secret: string;
  /** The site's origin, e.g. https://dash.example.org */
  baseURL: string;
  /** Secure cookies (https only); browsers also accept them on http://localhost. */
  secureCookies: boolean;
}

export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    appName: 'Met accountability dashboard',
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: prismaAdapter(db, { provider: 'postgresql', transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    // A working day: an unattended editor session does not outlive the day.
    session: { expiresIn: 12 * HOUR, updateAge: HOUR },
    // Sign-in attempts are throttled per account and per address by the app
    // (login-throttle.ts); better-auth's limiter only sees its HTTP routes.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Failed sign-ins are expected and throttled; only real errors belong in the log.
    logger: { level: 'error' },
    advanced: {
      cookiePrefix: AUTH_COOKIE_PREFIX,
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      database: { generateId: 'uuid' },
    },
    databaseHooks: {
      session: {
        create: {
          // The one place every session is born: a disabled account gets none.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt) throw new APIError('FORBIDDEN', { message: ACCOUNT_DISABLED_MESSAGE, code: 'ACCOUNT_DISABLED' });
          },
        },
      },
    },
    // Must stay last: it copies better-auth's cookies onto the server action's response.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
