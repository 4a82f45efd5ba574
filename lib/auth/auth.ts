// The app's one better-auth instance, on the app's database.
import 'server-only';
import { createAuth, type Auth } from '@/lib/auth/auth-instance';
import { getPrimaryDb } from '@/lib/db';
import { env, siteOrigin } from '@/lib/env';

const globalForAuth = globalThis as unknown as { auth?: Auth };

export function getAuth(): Auth {
  if (globalForAuth.auth) return globalForAuth.auth;
  if (!env.AUTH_SECRET) {
    throw new Error('AUTH_SECRET is not set: start the app with `npm start`, or set it (see .env.example).');
  }
  globalForAuth.auth = createAuth(getPrimaryDb(), {
    secret: env.AUTH_SECRET,
    baseURL: siteOrigin(env),
    secureCookies: env.NODE_ENV === 'production',
  });
  return globalForAuth.auth;
}
