import type { ReactNode } from 'react';

// Public pages read the database on each request: status updates and imports
// must show at once, and `next build` runs without a database.
export const dynamic = 'force-dynamic';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
