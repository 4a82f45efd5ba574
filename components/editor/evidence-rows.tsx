'use client';

// One or more evidence links, each a title and an address. Rows are named by
// position ("evidence.1.url") so the server's error for a row lands on it.
import { useState } from 'react';
import { TextField, type Errors } from '@/components/forms/fields';
import { MAX_EVIDENCE_LINKS } from '@/lib/schemas/status-update';

interface Props {
  errors: Errors;
  /** Rows to start with: as many as were sent when the server refused the form. */
  initialCount: number;
  value: (name: string) => string | undefined;
}

export function EvidenceRows({ errors, initialCount, value }: Props) {
  const start = Math.max(1, Math.min(initialCount, MAX_EVIDENCE_LINKS));
  const [rows, setRows] = useState<number[]>(() => Array.from({ length: start }, (_, i) => i));
  const [next, setNext] = useState(start);
  const listError = errors?.evidence?.[0];
  return (
    <fieldset id="field-evidence" className="space-y-3 rounded border border-slate-300 p-4" aria-describedby={listError ? 'field-evidence-error' : undefined}>
      <legend className="px-1 text-lg font-bold">Evidence</legend>
      <p className="text-sm text-slate-700">The pages that show this status: at least one, with a title a reader will recognise.</p>
      {listError ? (
        <p id="field-evidence-error" className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {listError}
        </p>
      ) : null}
      <ol className="space-y-4">
        {rows.map((key, index) => (
          <li key={key} className="grid gap-3 border-l-4 border-slate-300 pl-3 md:grid-cols-2">
            <TextField name={`evidence.${index}.title`} label={`Link ${index + 1} title`} defaultValue={value(`evidence.${index}.title`)} errors={errors} required />
            <TextField
              name={`evidence.${index}.url`}
              label={`Link ${index + 1} address`}
              type="url"
              defaultValue={value(`evidence.${index}.url`)}
              errors={errors}
              required
              hint="Starting with https://"
            />
            {rows.length > 1 ? (
              <p className="md:col-span-2">
                <button type="button" className="text-sm underline" onClick={() => setRows(rows.filter((k) => k !== key))}>
                  Remove link {index + 1}
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {rows.length < MAX_EVIDENCE_LINKS ? (
        <button
          type="button"
          className="rounded border border-slate-700 px-3 py-1"
          onClick={() => {
            setRows([...rows, next]);
            setNext(next + 1);
          }}
        >
          Add another link
        </button>
      ) : null}
    </fieldset>
  );
}
