import Link from 'next/link';

const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/commitments', label: 'Commitments' },
  { href: '/stop-and-search', label: 'Stop and search' },
  { href: '/casey-review', label: 'Casey Review' },
  { href: '/changes', label: 'Changes' },
  { href: '/data', label: 'Data' },
  { href: '/snapshots', label: 'Snapshots' },
  { href: '/methodology', label: 'Methodology' },
  { href: '/about', label: 'About' },
] as const;

// Every page here is rendered per request, so a viewport prefetch of a header
// link brings back almost nothing (no loading.tsx to stop at) yet costs the
// server a render of that page's shell. Ten of them fired as each page
// settles, and again after each explorer filter change (the router keys
// prefetches by the current tree), competing on a small server with the
// request the reader is actually waiting for. Links are followed normally.
export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Link href="/" prefetch={false} className="text-lg font-bold text-white no-underline">
          Met accountability dashboard
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
