// A visible way to follow a page's updates, beside the <link rel="alternate">
// that feed readers find on their own. A plain link: the target is XML from a
// route handler, not a page for the client router.
export function FeedLink({ href, label = 'Follow updates (Atom feed)' }: { href: string; label?: string }) {
  return (
    <a href={href} type="application/atom+xml" className="inline-flex items-center gap-1 text-sm font-semibold">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" className="h-4 w-4 fill-current">
        <path d="M2 2a12 12 0 0 1 12 12h-2A10 10 0 0 0 2 4zm0 4a8 8 0 0 1 8 8H8a6 6 0 0 0-6-6zm1.5 4.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z" />
      </svg>
      {label}
    </a>
  );
}
