import type { ReactNode } from 'react';

// Public pages render on each request (their CSP nonce is per request, and
// `next build` runs without a database); the data they show comes from the data
// cache in lib/cache/, which every write through the app expires at once.
export const dynamic = 'force-dynamic';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
