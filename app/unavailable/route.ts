// The page readers get when what they asked for is not in the cache and the
// database cannot be reached: a 503 with Retry-After, in plain words, with a
// link back to the page they wanted. A route handler rather
// than a page, because only a handler can set the status and header.
import { RETRY_AFTER_SECONDS } from '@/lib/cache/database-unavailable';
import { returnPathSchema } from '@/lib/cache/unavailable-path';
import { unavailableHtml } from '@/lib/cache/unavailable-html';

export function GET(request: Request): Response {
  const from = returnPathSchema.parse(new URL(request.url).searchParams.get('from') ?? '/');
  return new Response(unavailableHtml(from, RETRY_AFTER_SECONDS), {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': String(RETRY_AFTER_SECONDS),
      'cache-control': 'no-store',
    },
  });
}
