'use client';

// The form's problems in one list above it, each linking to its field. It
// takes focus when it appears, so keyboard and screen reader users land on it.
import { useEffect, useRef } from 'react';
import { fieldId, type Errors } from '@/components/forms/fields';

export function ErrorSummary({ message, errors, labels }: { message?: string; errors: Errors; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([, list]) => list && list.length > 0);
  const visible = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, errors]);
  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded border-4 border-red-800 p-4">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {entries.length ? 'There is a problem' : (message ?? 'There is a problem')}
      </h2>
      {entries.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {entries.map(([name, list]) => (
            <li key={name}>
              <a href={name === '_form' ? '#' : `#${fieldId(name)}`}>
                {labels[name] ? `${labels[name]}: ` : ''}
                {list?.[0]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
