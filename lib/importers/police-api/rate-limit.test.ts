// The limiter under a burst, on fake clocks: no sliding second may hold more
// than the limit, yet it must not slow requests more than it needs to.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter, POLICE_API_RATE_LIMIT } from '@/lib/importers/police-api/rate-limit';

/** The most start times that fall within any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('busiestWindow (the measure the tests rely on)', () => {
  it('counts requests within one window, not across its edge', () => {
    expect(busiestWindow([0, 100, 999, 1000, 1100], 1000)).toBe(3);
    expect(busiestWindow([0, 1000, 2000], 1000)).toBe(1);
  });
});

describe('createRateLimiter', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('keeps a burst of 100 requests to at most 15 in any second, the published limit', async () => {
    const schedule = createRateLimiter();
    const starts: number[] = [];
    const done = Promise.all(Array.from({ length: 100 }, (_, i) => schedule(async () => (starts.push(Date.now()), i))));
    await vi.runAllTimersAsync();
    expect(await done).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(busiestWindow(starts, 1000)).toBeLessThanOrEqual(15);
  });

  it('lets the first 15 go at once, then spaces the rest evenly at 15 per interval', async () => {
    const schedule = createRateLimiter();
    const starts: number[] = [];
    const done = Promise.all(Array.from({ length: 45 }, () => schedule(async () => starts.push(Date.now()))));
    await vi.runAllTimersAsync();
    await done;
    const offsets = starts.map((t) => t - 1_000_000);
    const { limit, intervalMs } = POLICE_API_RATE_LIMIT;
    expect(offsets.slice(0, limit).every((t) => t === 0)).toBe(true);
    expect(offsets[limit]).toBe(intervalMs);
    const gaps = offsets.slice(limit + 1).map((t, i) => t - offsets[limit + i]!);
    expect(new Set(gaps)).toEqual(new Set([Math.ceil(intervalMs / limit)]));
  });

  it('holds a task back until an earlier one has left the window', async () => {
    const schedule = createRateLimiter({ limit: 2, intervalMs: 500 });
    const starts: number[] = [];
    const done = Promise.all([1, 2, 3].map(() => schedule(async () => starts.push(Date.now()))));
    await vi.runAllTimersAsync();
    await done;
    expect(starts.map((t) => t - 1_000_000)).toEqual([0, 0, 500]);
  });

  it('passes a task failure through to its caller', async () => {
    const schedule = createRateLimiter();
    await expect(schedule(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
