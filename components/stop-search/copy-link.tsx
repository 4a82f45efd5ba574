'use client';
// The view's permanent link, in a field to select and a button that copies it.
import { useState } from 'react';

export function CopyLink({ path, label }: { path: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const [url, setUrl] = useState(path);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
        <span className="font-semibold">{label}</span>
        <input
          readOnly
          value={url}
          onFocus={(e) => {
            setUrl(new URL(path, window.location.origin).toString());
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
          setUrl(full);
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
