import { describe, expect, it } from 'vitest';
import { clientAddress, isSameOriginRequest } from './same-origin';

const SITE = 'https://dash.example.org';

describe('isSameOriginRequest', () => {
  it('accepts the site origin, or the host the request was addressed to', () => {
    expect(isSameOriginRequest(new Headers({ origin: SITE }), SITE)).toBe(true);
    expect(isSameOriginRequest(new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }), SITE)).toBe(true);
    expect(isSameOriginRequest(new Headers({ origin: 'http://127.0.0.1:3000', host: 'x', 'x-forwarded-host': '127.0.0.1:3000' }), SITE)).toBe(true);
  });

  it('refuses another origin, a missing or opaque one, and cross-site fetches', () => {
    expect(isSameOriginRequest(new Headers({ origin: 'https://evil.example', host: 'dash.example.org' }), SITE)).toBe(false);
    expect(isSameOriginRequest(new Headers({ host: 'dash.example.org' }), SITE)).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: 'null', host: 'dash.example.org' }), SITE)).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: SITE, 'sec-fetch-site': 'cross-site' }), SITE)).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: 'not a url', host: 'dash.example.org' }), SITE)).toBe(false);
  });

  it('does not take a different port for the same host', () => {
    expect(isSameOriginRequest(new Headers({ origin: 'http://localhost:4000', host: 'localhost:3000' }), SITE)).toBe(false);
  });
});

describe('clientAddress', () => {
  it('takes the last forwarded address, which the nearest proxy wrote', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
