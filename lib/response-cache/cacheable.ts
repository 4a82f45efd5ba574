// Which requests the response cache may answer, and which answers it may keep.
// Only what every anonymous reader sees alike: public pages and API reads, for
// a request with no session and none of the headers Next.js uses for in-app
// navigation (those answers depend on the page the reader is coming from).
import { AUTH_COOKIE_PREFIX } from '../auth/cookie-prefix';

/** Paths whose answer depends on who asks, or that must always reach the app. */
const NEVER = [/^\/editor(\/|$)/, /^\/api\/auth(\/|$)/, /^\/sign-in(\/|$)/, /^\/invitations\//, /^\/_next\//, /^\/healthz$/, /^\/readyz$/, /^\/unavailable(\/|$)/];

// Next.js's client router asks for the page's server-component payload with
// these headers (or the _rsc parameter); that answer differs per navigation.
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];

export interface RequestFacts {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

// The sign-in's cookies are all named <prefix>.* (with a __Secure- prefix over https).
const SESSION_COOKIE = new RegExp(`(^|[;\\s])(__Secure-)?${AUTH_COOKIE_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`);

export function hasSession(cookieHeader: string | string[] | undefined): boolean {
  return SESSION_COOKIE.test(headerText(cookieHeader));
}

export function isCacheableRequest(req: RequestFacts): boolean {
  if (req.method !== 'GET' || !req.url) return false;
  const url = new URL(req.url, 'http://x');
  if (NEVER.some((re) => re.test(url.pathname))) return false;
  if (url.searchParams.has('_rsc')) return false;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  // A conditional request is cheap for the app to answer itself (ETag -> 304).
  if (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) return false;
  if (req.headers.authorization !== undefined) return false;
  return !hasSession(req.headers.cookie);
}

const KEPT_TYPES = [/^text\/html\b/i, /^application\/json\b/i];

/** Only a complete, successful, shared answer is kept: an error, a redirect or a cookie never is. */
export function isStorableResponse(status: number, headers: Record<string, string | string[] | number | undefined>): boolean {
  if (status !== 200) return false;
  if (headers['set-cookie'] !== undefined) return false;
  if (headers['content-encoding'] !== undefined) return false;
  const type = headerText(headers['content-type'] as string | string[] | undefined);
  return KEPT_TYPES.some((re) => re.test(type));
}
