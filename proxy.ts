// Runs before every page: a fresh nonce and the Content-Security-Policy that
// requires it, plus the framing rule. Next.js reads the policy from the
// request headers and puts the nonce on its own scripts. Headers that do not
// depend on the request are in next.config.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { buildCsp, isEmbeddablePath, newNonce } from '@/lib/security/csp';

export function proxy(request: NextRequest) {
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
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (!embeddable) response.headers.set('X-Frame-Options', 'DENY');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
