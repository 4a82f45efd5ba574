// When a failed request is tried again, and after how long. Kept apart from
// the HTTP code so the arithmetic can be tested without a server.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Wait before the second attempt; doubles for each one after. */
  baseDelayMs: number;
  /** No wait is longer than this, whatever the server asks for. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 };

/**
 * 429 (too many requests), 408 and every 5xx are worth another try; any
 * other answer (404 for an unknown force, 400 for a bad date) will not change.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/** Retry-After as a number of milliseconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * How long to wait after failed attempt number `attempt` (1-based). A
 * server's Retry-After wins over the exponential backoff when it asks for
 * longer, so a 429 is honoured; both are capped at maxDelayMs.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, retryAfterMs: number | null = null): number {
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, Math.max(backoff, retryAfterMs ?? 0));
}
