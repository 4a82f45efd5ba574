import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Not available to your role</h1>
      <p>This page is for admins. Ask an admin if you need something changed here.</p>
      <p>
        <Link href="/editor">Back to the editor area</Link>
      </p>
    </div>
  );
}
