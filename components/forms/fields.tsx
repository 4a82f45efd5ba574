// Labelled form controls that show their error beside them, announced with
// the control (aria-describedby) so screen reader users hear it too.
import type { ReactNode } from 'react';

export type Errors = Record<string, string[] | undefined> | undefined;

interface FieldProps {
  name: string;
  label: string;
  errors: Errors;
  hint?: ReactNode;
  required?: boolean;
}

/** Field names contain dots ("evidence.0.url"); ids use hyphens so they work in #anchors. */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}

function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Frame({ name, label, errors, hint, required, children }: FieldProps & { children: ReactNode }) {
  const error = errors?.[name]?.[0];
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={fieldId(name)} className="font-semibold">
        {label}
        {required ? null : <span className="font-normal text-slate-700"> (optional)</span>}
      </label>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId(name)}-error`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const controlClass = (invalid: boolean) =>
  `w-full min-w-0 rounded border bg-white px-2 py-1.5 ${invalid ? 'border-2 border-red-800' : 'border-slate-600'}`;

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'url' | 'date' | 'password'; defaultValue?: string; autoComplete?: string }) {
  const invalid = Boolean(props.errors?.[props.name]?.length);
  return (
    <Frame {...props}>
      <input
        id={fieldId(props.name)}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        required={props.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props.name, Boolean(props.hint), invalid)}
        className={controlClass(invalid)}
      />
    </Frame>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: string; rows?: number }) {
  const invalid = Boolean(props.errors?.[props.name]?.length);
  return (
    <Frame {...props}>
      <textarea
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props.name, Boolean(props.hint), invalid)}
        className={controlClass(invalid)}
      />
    </Frame>
  );
}

export function SelectField(props: FieldProps & { choices: { value: string; label: string }[]; defaultValue?: string; placeholder?: string }) {
  const invalid = Boolean(props.errors?.[props.name]?.length);
  return (
    <Frame {...props}>
      <select
        id={fieldId(props.name)}
        name={props.name}
        defaultValue={props.defaultValue ?? ''}
        required={props.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props.name, Boolean(props.hint), invalid)}
        className={controlClass(invalid)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
      {pending ? 'Saving…' : children}
    </button>
  );
}
