// What a form's server action answers: nothing yet, a success message, or
// the failure (with field errors) to show beside the fields. A failure also
// carries what was typed (never passwords), because React clears a form after
// its action runs, and without JavaScript the page is drawn afresh.
import type { ActionResult, Failure } from '@/lib/errors';
import type { FormObject } from '@/lib/forms/form-data';

export type FormFailure = Failure & { values?: FormObject };

export type FormState = null | { ok: true; message: string; link?: { href: string; label: string } } | FormFailure;

const SECRET_FIELDS = new Set(['password', 'confirm']);

export function failedWith(failure: Failure, submitted: FormObject): FormFailure {
  const values = Object.fromEntries(Object.entries(submitted).filter(([name, value]) => !SECRET_FIELDS.has(name) && !(value instanceof File)));
  return { ...failure, values };
}

/** A result as a form state; `message` describes a success. */
export function toFormState<T>(result: ActionResult<T>, submitted: FormObject, message: (data: T) => string): FormState {
  return result.ok ? { ok: true, message: message(result.data) } : failedWith(result, submitted);
}

/** The text a field had when the form was last sent ("evidence.0.url" paths work). */
export function submittedValue(values: FormObject | undefined, name: string): string | undefined {
  let current: unknown = values;
  for (const part of name.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return typeof current === 'string' ? current : undefined;
}
