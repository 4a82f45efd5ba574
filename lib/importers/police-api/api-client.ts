// GETs JSON from data.police.uk: every attempt through the rate limiter,
// bounded retries for answers that may change (429, 5xx, network errors,
// a truncated body), and one readable line when it gives up.
import { createRateLimiter, type Schedule } from '@/lib/importers/police-api/rate-limit';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, retryDelayMs, type RetryPolicy } from '@/lib/importers/police-api/retry-policy';

export class PoliceApiError extends Error {
  override name = 'PoliceApiError';

  constructor(
    readonly url: string,
    readonly reason: string,
    readonly attempts: number,
    /** The HTTP status of the last answer; null when there was none. */
    readonly status: number | null,
  ) {
    super(`GET ${url} failed: ${reason}${attempts > 1 ? ` (gave up after ${attempts} attempts)` : ''}`);
  }
}

/** The API answered, but with JSON of another shape than documented. */
export class UnexpectedAnswerError extends Error {
  override name = 'UnexpectedAnswerError';
}

export interface PoliceApiClientOptions {
  /** e.g. https://data.police.uk/api (no trailing slash) */
  baseUrl: string;
  schedule?: Schedule;
  retry?: RetryPolicy;
  /** A Met month is several megabytes: allow for a slow line. */
  timeoutMs?: number;
  /** Told about each retry, as one line. */
  onRetry?: (line: string) => void;
}

export interface PoliceApiClient {
  getJson(method: string, query?: Record<string, string>): Promise<unknown>;
}

type Attempt =
  | { ok: true; body: unknown }
  | { ok: false; retryable: boolean; reason: string; status: number | null; retryAfterMs: number | null };

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no complete answer within ${Math.round(timeoutMs / 1000)} s`;
  // fetch wraps the socket error ("fetch failed"); its cause says what happened.
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `network error (${detail})`;
}

async function attemptGet(url: string, timeoutMs: number): Promise<Attempt> {
  const failure = (reason: string, retryable: boolean, status: number | null = null, retryAfterMs: number | null = null): Attempt => ({
    ok: false,
    reason,
    retryable,
    status,
    retryAfterMs,
  });
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failure(reason, isRetryableStatus(response.status), response.status, parseRetryAfter(response.headers.get('retry-after')));
    }
    text = await response.text();
  } catch (error) {
    return failure(networkReason(error, timeoutMs), true);
  }
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    // A 200 whose body is cut short is a network failure in disguise.
    return failure('the answer is not valid JSON (cut short?)', true, 200);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createPoliceApiClient(options: PoliceApiClientOptions): PoliceApiClient {
  const schedule = options.schedule ?? createRateLimiter();
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const timeoutMs = options.timeoutMs ?? 120_000;
  return {
    async getJson(method, query = {}) {
      const url = `${options.baseUrl}/${method}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;
      for (let attempt = 1; ; attempt++) {
        const result = await schedule(() => attemptGet(url, timeoutMs));
        if (result.ok) return result.body;
        if (!result.retryable || attempt >= policy.maxAttempts) throw new PoliceApiError(url, result.reason, attempt, result.status);
        const wait = retryDelayMs(attempt, policy, result.retryAfterMs);
        options.onRetry?.(`${url.slice(options.baseUrl.length + 1)}: ${result.reason}; trying again in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.maxAttempts})`);
        await sleep(wait);
      }
    },
  };
}
