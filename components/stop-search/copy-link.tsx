'use client';
// The view's permanent link, in a field to select and a button that copies it.
import { useState } from 'react';

export function CopyLink({ path, label }: { path: string; label: string }) {
  const [copied, setCopied] = useState(false);
  // Only the origin is kept: the path comes from the props, so the field follows a filter change
  // that re-renders this section in place instead of keeping the first link it was given.
  const [origin, setOrigin] = useState<string | null>(null);
  const url = origin ? new URL(path, origin).toString() : path;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
        <span className="font-semibold">{label}</span>
        <input
          readOnly
          value={url}
          onFocus={(e) => {
            setOrigin(window.location.origin);
            e.currentTarget.select();
          }}
          className="min-w-0 flex-1 rounded border border-slate-500 px-2 py-1 font-mono text-xs"
        />
      </label>
      <button
        type="button"
        className="rounded border border-slate-700 px-3 py-1 font-semibold"
        onClick={async () => {
          const full = new URL(path, window.location.origin).toString();
          setOrigin(window.location.origin);
          await navigator.clipboard?.writeText(full).catch(() => undefined);
          setCopied(true);
        }}
      >
        Copy link
      </button>
      <span role="status" className="text-slate-700">{copied ? 'Link copied.' : ''}</span>
    </div>
  );
}
