// Runs before every page the app renders: a fresh nonce and the
// Content-Security-Policy that requires it, plus the framing rule. (A page
// sent again from the response cache in front of the app never reaches this;
// lib/response-cache gives it a policy built from its own scripts' hashes.) Next.js reads the policy from the
// request headers and puts the nonce on its own scripts. Headers that do not
// depend on the request are in next.config.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { isSameOriginRequest } from '@/lib/auth/same-origin';
import { env, siteOrigin } from '@/lib/env';
import { ensureRequestId, REQUEST_ID_HEADER } from '@/lib/logging/request-id';
import { buildCsp, isEmbeddablePath, newNonce } from '@/lib/security/csp';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function proxy(request: NextRequest) {
  // Every log line of this request carries the id, and the response tells the
  // caller, so a report from a reader can be matched to the server's lines.
  const requestId = ensureRequestId(request.headers);
  // A form or fetch from another site is refused before any page or action
  // runs. (A request with no Origin at all reaches guarded-action.ts, which
  // refuses it there; Next.js itself would let it through.)
  // An Origin header that is present but empty is refused here too: Next.js's own
  // server-action check would throw on it and answer 500.
  const origin = request.headers.get('origin');
  if (!SAFE_METHODS.has(request.method) && origin !== null && !isSameOriginRequest(request.headers, siteOrigin(env))) {
    return new NextResponse('This form was sent from another site, so it was refused.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', [REQUEST_ID_HEADER]: requestId },
    });
  }
  const nonce = newNonce();
  const embeddable = isEmbeddablePath(request.nextUrl.pathname);
  const csp = buildCsp({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    embeddable,
    https: request.nextUrl.protocol === 'https:',
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set('Content-Security-Policy', csp);
  // Where the reader was going, for the 503 page's link back (lib/cache/cached-query.ts).
  requestHeaders.set('x-request-path', request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (!embeddable) response.headers.set('X-Frame-Options', 'DENY');
  return response;
}

// The upload route is left out: Next.js buffers in memory (and cuts at 10 MB)
// the body of every request the proxy sees, and an upload must stream to disk
// and be refused before its body is read. It checks the origin itself
// (authorize() in lib/auth/guarded-action.ts), answers JSON, not pages, and
// makes its own request id.
export const config = {
  // Health checks are left out too: they answer a load balancer many times a minute and need none of this.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|healthz$|readyz$|editor/imports/upload$).*)' }],
};
