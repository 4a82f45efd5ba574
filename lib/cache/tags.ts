// Cache tags for the data public pages and the API read. Every editor write
// and every import invalidates PUBLIC_DATA: writes are rare, so refreshing
// everything after one costs a single burst of database reads, and no page
// can be forgotten.
import { env } from '@/lib/env';

export const PUBLIC_DATA_TAG = 'public-data';

/**
 * How long (seconds, DATA_CACHE_SECONDS, default 300) a cached read counts as fresh without any write. It bounds
 * how late a change made outside the app shows (an `npm run import` from the
 * command line runs in its own process, which cannot reach this server's cache).
 * Past it the stale copy is still served while one request refreshes it, so a
 * database outage never empties the cache.
 */
export const FRESH_FOR_SECONDS = env.DATA_CACHE_SECONDS;
