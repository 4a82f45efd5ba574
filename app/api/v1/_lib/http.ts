// What every GET of the API shares, whatever it answers: open CORS (the data
// is public and read-only), a Cache-Control, and an ETag that is the hash of
// the body, so a client that sends If-None-Match gets a bodiless 304.
import { createHash } from 'node:crypto';
import { respond } from './respond';

export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=60';

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition, Link',
};

/** The answer to a CORS preflight for any GET route. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, Accept',
      'Access-Control-Max-Age': '86400',
    },
  });
}

function withHeaders(response: Response, body: BodyInit | null, status: number, extra: Record<string, string>): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries({ ...CORS_HEADERS, ...extra })) headers.set(name, value);
  return new Response(body, { status, headers });
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Runs a GET handler through the shared error mapping, then adds CORS, caching
 * and the ETag. Errors are not cached. A streamed body (the record export) is
 * passed through untouched with no ETag: hashing it would mean holding it.
 */
export async function cachedGet(request: Request, handler: () => Promise<Response>, options: { stream?: boolean } = {}): Promise<Response> {
  const response = await respond(request, handler);
  if (response.status !== 200) return withHeaders(response, response.body, response.status, {});
  if (options.stream) return withHeaders(response, response.body, 200, { 'Cache-Control': CACHE_CONTROL });
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const cache = { 'Cache-Control': CACHE_CONTROL, ETag: etag };
  if (matches(request.headers.get('if-none-match'), etag)) {
    const notModified = withHeaders(response, null, 304, cache);
    notModified.headers.delete('Content-Length');
    notModified.headers.delete('Content-Type');
    return notModified;
  }
  return withHeaders(response, body, 200, { ...cache, 'Content-Length': String(body.byteLength) });
}
