// data.police.uk allows 15 requests a second (a leaky bucket with bursts of
// 30). Every request, retries included, goes through one limiter so that no
// second ever carries more than 15, whatever the caller does.
import pThrottle from 'p-throttle';

export interface RateLimit {
  /** Most requests started within any `intervalMs`. */
  limit: number;
  intervalMs: number;
}

/**
 * 15 per 1050 ms rather than per 1000: the limiter spaces the moments
 * requests are sent, and the 5% margin keeps jitter in delivery from making
 * the server count a 16th request inside one of its seconds.
 */
export const POLICE_API_RATE_LIMIT: RateLimit = { limit: 15, intervalMs: 1050 };

export type Schedule = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs tasks no faster than the limit. p-throttle's strict mode checks every
 * sliding interval, not fixed windows, which could otherwise let two full
 * windows meet and double the rate across their boundary.
 */
export function createRateLimiter(rate: RateLimit = POLICE_API_RATE_LIMIT): Schedule {
  const throttled = pThrottle({ limit: rate.limit, interval: rate.intervalMs, strict: true })((task: () => Promise<unknown>) => task());
  return <T>(task: () => Promise<T>) => throttled(task) as Promise<T>;
}
