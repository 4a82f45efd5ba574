// proxy.ts gives every request an id, passes it on to the page or handler as
// the x-request-id request header (what logForRequest reads), and returns it.
// Checked by calling the real proxy with real Next.js request objects.
import { NextRequest } from 'next/server';
import { expect, it } from 'vitest';
import { proxy } from '../../proxy.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The request headers the proxy hands on (Next.js carries them in x-middleware-override-headers). */
function forwarded(response: Response): string | null {
  return response.headers.get('x-middleware-request-x-request-id');
}

it('makes a fresh id for each request, hands it on and returns it', () => {
  const first = proxy(new NextRequest('http://localhost:3000/'));
  const second = proxy(new NextRequest('http://localhost:3000/api/v1/imports'));
  expect(first.headers.get('x-request-id')).toMatch(UUID);
  expect(forwarded(first)).toBe(first.headers.get('x-request-id'));
  expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
});

it('keeps a well-formed id from a front proxy and replaces a malformed one', () => {
  const kept = proxy(new NextRequest('http://localhost:3000/', { headers: { 'x-request-id': 'lb-0123456789abcdef' } }));
  expect(kept.headers.get('x-request-id')).toBe('lb-0123456789abcdef');
  expect(forwarded(kept)).toBe('lb-0123456789abcdef');
  const replaced = proxy(new NextRequest('http://localhost:3000/', { headers: { 'x-request-id': 'not ok <script>' } }));
  expect(replaced.headers.get('x-request-id')).toMatch(UUID);
});

it('labels a refused cross-site form post with its id too', () => {
  const refused = proxy(new NextRequest('http://localhost:3000/editor', { method: 'POST', headers: { origin: 'https://evil.example' } }));
  expect(refused.status).toBe(403);
  expect(refused.headers.get('x-request-id')).toMatch(UUID);
});
