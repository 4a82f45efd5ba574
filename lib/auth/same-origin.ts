// Forms and server actions are accepted only from the site's own pages.
// Next.js checks server actions too, but lets a request with no Origin header
// through; browsers send one with every POST, so here its absence is refused.

function firstValue(header: string | null): string | null {
  return header?.split(',')[0]?.trim() || null;
}

export function isSameOriginRequest(headers: Headers, siteOrigin: string): boolean {
  if (headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  if (origin === siteOrigin) return true;
  // The host the browser addressed, as Next.js's own server-action check reads it.
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The address a request came from: the last X-Forwarded-For entry, which the
 * nearest proxy (or Next.js itself) wrote; earlier entries are the client's word.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown';
}
