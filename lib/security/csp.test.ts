import { describe, expect, it } from 'vitest';
import { buildCsp, isEmbeddablePath, newNonce, withScriptHashes } from './csp';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split('; ').map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1).join(' ')]));
}

describe('buildCsp', () => {
  it('lets scripts run only with the nonce, never inline or eval in production', () => {
    const csp = directives(buildCsp({ nonce: 'abc123', dev: false, embeddable: false, https: true }));
    expect(csp.get('script-src')).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp.get('script-src')).not.toMatch(/unsafe/);
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
  });

  it('allows eval only in development, and framing only for embeddable pages', () => {
    expect(directives(buildCsp({ nonce: 'n', dev: true, embeddable: false, https: false })).get('script-src')).toMatch(/'unsafe-eval'/);
    expect(directives(buildCsp({ nonce: 'n', dev: false, embeddable: true, https: false })).get('frame-ancestors')).toBe('*');
  });
});

describe('isEmbeddablePath', () => {
  it('is true only under /embed/', () => {
    expect(isEmbeddablePath('/embed/status-counts')).toBe(true);
    expect(isEmbeddablePath('/editor')).toBe(false);
    expect(isEmbeddablePath('/embedded')).toBe(false);
  });
});

describe('newNonce', () => {
  it('is fresh each time and 128 bits long', () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(atob(a)).toHaveLength(16);
  });
});

describe('withScriptHashes', () => {
  it('swaps the nonce for the hashes, drops strict-dynamic and keeps every other directive', () => {
    const original = buildCsp({ nonce: 'abc123', dev: false, embeddable: false, https: true });
    const hashed = directives(withScriptHashes(original, ["'sha256-AAA='", "'sha256-BBB='"]));
    expect(hashed.get('script-src')).toBe("'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(hashed.get('script-src')).not.toMatch(/nonce|strict-dynamic|unsafe/);
    const before = directives(original);
    for (const [name, value] of before) if (name !== 'script-src') expect(hashed.get(name), name).toBe(value);
    expect(hashed.size).toBe(before.size);
  });

  it('allows no inline script at all when the page has none', () => {
    const hashed = directives(withScriptHashes(buildCsp({ nonce: 'n', dev: false, embeddable: true, https: false }), []));
    expect(hashed.get('script-src')).toBe("'self'");
    expect(hashed.get('frame-ancestors')).toBe('*');
  });
});
