import { describe, expect, it } from 'vitest';
import { hasSession, isCacheableRequest, isStorableResponse } from './cacheable';

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });

describe('isCacheableRequest', () => {
  it('answers anonymous reads of public pages and API routes', () => {
    for (const url of ['/', '/stop-and-search?force=metropolitan&period=year', '/boroughs/E09000022', '/api/v1/stop-search/summary?by=ethnicity', '/commitments']) {
      expect(isCacheableRequest(get(url, { accept: 'text/html', cookie: 'theme=dark' })), url).toBe(true);
    }
  });

  it('leaves writes, signed-in readers and private areas to the app', () => {
    expect(isCacheableRequest({ method: 'POST', url: '/', headers: {} })).toBe(false);
    expect(isCacheableRequest({ method: 'HEAD', url: '/', headers: {} })).toBe(false);
    expect(isCacheableRequest(get('/', { cookie: 'a=1; dashboard.session_token=xyz' }))).toBe(false);
    expect(isCacheableRequest(get('/', { cookie: '__Secure-dashboard.session_token=xyz' }))).toBe(false);
    expect(isCacheableRequest(get('/api/v1/imports', { authorization: 'Bearer x' }))).toBe(false);
    for (const url of ['/editor', '/editor/imports', '/api/auth/get-session', '/sign-in', '/invitations/abc', '/_next/static/chunks/a.js', '/healthz', '/readyz', '/unavailable?from=%2F']) {
      expect(isCacheableRequest(get(url)), url).toBe(false);
    }
  });

  it('leaves in-app navigation and conditional requests to the app', () => {
    expect(isCacheableRequest(get('/stop-and-search', { rsc: '1' }))).toBe(false);
    expect(isCacheableRequest(get('/stop-and-search?_rsc=abc'))).toBe(false);
    expect(isCacheableRequest(get('/', { 'next-router-prefetch': '1' }))).toBe(false);
    expect(isCacheableRequest(get('/api/v1/imports', { 'if-none-match': '"abc"' }))).toBe(false);
  });
});

describe('hasSession', () => {
  it("spots the sign-in's cookies only", () => {
    expect(hasSession('dashboard.session_token=1')).toBe(true);
    expect(hasSession(['x=1', 'dashboard.session_data=2'])).toBe(true);
    expect(hasSession('x=1; __Secure-dashboard.session_token=2')).toBe(true);
    expect(hasSession('not-dashboard.x=1')).toBe(false);
    expect(hasSession('dashboardx=1')).toBe(false);
    expect(hasSession(undefined)).toBe(false);
  });
});

describe('isStorableResponse', () => {
  it('keeps complete HTML and JSON answers only', () => {
    expect(isStorableResponse(200, { 'content-type': 'text/html; charset=utf-8' })).toBe(true);
    expect(isStorableResponse(200, { 'content-type': 'application/json' })).toBe(true);
    expect(isStorableResponse(200, { 'content-type': 'text/csv' })).toBe(false);
    expect(isStorableResponse(503, { 'content-type': 'text/html' })).toBe(false);
    expect(isStorableResponse(307, { 'content-type': 'text/html' })).toBe(false);
    expect(isStorableResponse(404, { 'content-type': 'text/html' })).toBe(false);
    expect(isStorableResponse(200, { 'content-type': 'text/html', 'set-cookie': ['a=1'] })).toBe(false);
    expect(isStorableResponse(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })).toBe(false);
  });
});
