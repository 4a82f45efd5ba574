// The one way a read joins the data cache. A burst of readers then costs the
// database one query per distinct question per FRESH_FOR_SECONDS, and when the
// database is down the last good answer is still served: Next.js's data cache
// (unstable_cache) returns a stale entry at once and refreshes it in the
// background, keeping the old one if the refresh fails. Opting a query in is
// one line:  export const getThing = cachedQuery('thing', loadThing);
// See docs/decisions/005-caching.md.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { headers } from 'next/headers';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';
import { fromCacheJson, toCacheJson } from './json-with-dates';
import { FRESH_FOR_SECONDS, PUBLIC_DATA_TAG } from './tags';
import { unavailablePagePath } from './unavailable-path';

export interface CachedQueryOptions {
  /** Extra tags to invalidate this query alone; PUBLIC_DATA_TAG is always added. */
  tags?: string[];
}

/** A Prisma client passed explicitly (tests, scripts) means "read this database now": no cache. */
function hasExplicitClient(args: readonly unknown[]): boolean {
  return args.some((a) => typeof a === 'object' && a !== null && '$transaction' in a);
}

/** The data cache exists only inside the Next.js server; scripts and tests read directly. */
function insideNextServer(): boolean {
  return typeof process.env.NEXT_RUNTIME === 'string';
}

/**
 * An outage with nothing cached: the API answers 503 in its error shape (see
 * app/api/v1/_lib/respond.ts), and pages and downloads go to the 503 page,
 * which tells the reader when to try again and links back.
 */
async function outage(error: unknown): Promise<never> {
  const path = (await headers()).get('x-request-path') ?? '/';
  if (path.startsWith('/api/')) throw new DatabaseUnavailableError(error);
  // Loaded here rather than at the top: outside Next.js's bundler, next/navigation pulls in client code
  // that React's server build cannot run, and scripts and benchmarks import this module.
  const { redirect } = await import('next/navigation');
  return redirect(unavailablePagePath(path));
}

export function cachedQuery<A extends unknown[], R>(name: string, load: (...args: A) => Promise<R>, options: CachedQueryOptions = {}): (...args: A) => Promise<R> {
  const cached = unstable_cache(async (...args: A) => toCacheJson(await load(...args)), ['query', name], {
    tags: [PUBLIC_DATA_TAG, ...(options.tags ?? [])],
    revalidate: FRESH_FOR_SECONDS,
  });
  return async (...args: A) => {
    if (hasExplicitClient(args) || !insideNextServer()) return load(...args);
    try {
      return fromCacheJson<R>(await cached(...args));
    } catch (error) {
      if (isDatabaseUnavailable(error)) return outage(error);
      throw error;
    }
  };
}
