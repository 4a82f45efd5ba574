// Signing in with email and password, throttled per account and per address.
// better-auth checks the password (scrypt, timing-safe, and it hashes even for
// unknown emails) and creates the session; in a server action its Next.js
// plugin sets the cookie.
import 'server-only';
import { isAPIError } from 'better-auth/api';
import { ACCOUNT_DISABLED_MESSAGE } from '@/lib/auth/auth-instance';
import { getAuth } from '@/lib/auth/auth';
import { publicAction } from '@/lib/auth/guarded-action';
import { createLoginThrottle, throttleMessage, type LoginThrottle } from '@/lib/auth/login-throttle';
import { clientAddress } from '@/lib/auth/same-origin';
import { getPrimaryDb } from '@/lib/db';
import { ActionError } from '@/lib/errors';
import { signInSchema } from '@/lib/schemas/users';

export const WRONG_CREDENTIALS = 'The email address or password is not right.';

const globalForThrottle = globalThis as unknown as { loginThrottle?: LoginThrottle };

function throttle(): LoginThrottle {
  globalForThrottle.loginThrottle ??= createLoginThrottle(getPrimaryDb());
  return globalForThrottle.loginThrottle;
}

export const signIn = publicAction({
  schema: signInSchema,
  async run(input, request): Promise<{ cookies: string[] }> {
    const address = clientAddress(request.headers);
    const verdict = await throttle().check(input.email, address);
    if (!verdict.allowed) throw new ActionError(429, 'too_many_attempts', throttleMessage(verdict));
    try {
      const { headers } = await getAuth().api.signInEmail({
        body: { email: input.email, password: input.password, rememberMe: false },
        headers: request.headers,
        returnHeaders: true,
      });
      await throttle().recordSuccess(input.email);
      return { cookies: headers.getSetCookie() };
    } catch (error) {
      if (!isAPIError(error)) throw error;
      if (error.status === 'FORBIDDEN') throw new ActionError(403, 'account_disabled', ACCOUNT_DISABLED_MESSAGE);
      await throttle().recordFailure(input.email, address);
      throw new ActionError(401, 'wrong_credentials', WRONG_CREDENTIALS);
    }
  },
});
