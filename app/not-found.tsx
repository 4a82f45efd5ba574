import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped, or the item may not exist.</p>
      <p>
        Try the <Link href="/">overview</Link> or the <Link href="/commitments">list of commitments</Link>.
      </p>
    </div>
  );
}
