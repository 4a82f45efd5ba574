// A plain link, not next/link: the target is a file from a route handler, so
// the browser should download it rather than the client router fetch it.
export function DownloadCsvLink({ href, label = 'Download CSV' }: { href: string; label?: string }) {
  return (
    <a
      href={href}
      download
      className="inline-flex items-center gap-1 rounded border border-link px-3 py-1 text-sm font-semibold no-underline hover:underline"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" className="h-4 w-4 fill-current">
        <path d="M7 1h2v8.2l2.6-2.6 1.4 1.4L8 13 3 8l1.4-1.4L7 9.2V1zM2 14h12v1.5H2z" />
      </svg>
      {label}
    </a>
  );
}
