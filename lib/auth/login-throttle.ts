// Slows down password guessing: after too many failed sign-ins for one
// account, or from one address, further attempts are refused for a while
// without the password even being checked. Counters live in PostgreSQL
// (login_throttles) through rate-limiter-flexible, so they survive restarts
// and are shared by every server process.
import { RateLimiterPrisma, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/lib/prisma-client';

export const LOGIN_LIMITS = {
  /** Failed attempts allowed for one email address in the window. */
  perAccount: 5,
  /** Failed attempts allowed from one network address in the window, whatever the accounts. */
  perAddress: 20,
  windowSeconds: 15 * 60,
} as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterSeconds: number };

export interface LoginThrottle {
  check: (email: string, address: string) => Promise<ThrottleVerdict>;
  recordFailure: (email: string, address: string) => Promise<void>;
  recordSuccess: (email: string) => Promise<void>;
}

export function throttleMessage(verdict: Extract<ThrottleVerdict, { allowed: false }>): string {
  const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
  const wait = `Please wait ${minutes} minute${minutes === 1 ? '' : 's'} before trying again.`;
  return verdict.scope === 'account'
    ? `Too many failed sign-in attempts for this account. ${wait}`
    : `Too many failed sign-in attempts from your network address. ${wait}`;
}

function limiter(db: Db, keyPrefix: string, points: number): RateLimiterPrisma {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: 'loginThrottle',
    keyPrefix,
    points,
    duration: LOGIN_LIMITS.windowSeconds,
    clearExpiredByTimeout: false,
  });
}

function exhausted(res: RateLimiterRes | null, points: number): number | null {
  if (!res || res.consumedPoints < points) return null;
  return Math.ceil(res.msBeforeNext / 1000);
}

// consume() rejects with a RateLimiterRes once the limit is passed: that is
// the expected outcome here, not an error.
async function countFailure(rl: RateLimiterPrisma, key: string): Promise<void> {
  await rl.consume(key).catch((reason: unknown) => {
    if (reason instanceof Error) throw reason;
  });
}

export function createLoginThrottle(db: Db): LoginThrottle {
  const byAccount = limiter(db, 'login:account', LOGIN_LIMITS.perAccount);
  const byAddress = limiter(db, 'login:address', LOGIN_LIMITS.perAddress);
  const accountKey = (email: string) => email.trim().toLowerCase();

  return {
    async check(email, address) {
      const [account, fromAddress] = await Promise.all([byAccount.get(accountKey(email)), byAddress.get(address)]);
      const accountWait = exhausted(account, LOGIN_LIMITS.perAccount);
      if (accountWait !== null) return { allowed: false, scope: 'account', retryAfterSeconds: accountWait };
      const addressWait = exhausted(fromAddress, LOGIN_LIMITS.perAddress);
      if (addressWait !== null) return { allowed: false, scope: 'address', retryAfterSeconds: addressWait };
      return { allowed: true };
    },
    async recordFailure(email, address) {
      await countFailure(byAccount, accountKey(email));
      await countFailure(byAddress, address);
    },
    async recordSuccess(email) {
      await byAccount.delete(accountKey(email));
    },
  };
}
