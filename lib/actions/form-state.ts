// What a form's server action answers: nothing yet, a success message, or
// the failure (with field errors) to show beside the fields.
import type { ActionResult, Failure } from '@/lib/errors';

export type FormState = null | { ok: true; message: string; link?: { href: string; label: string } } | Failure;

/** A result as a form state; `message` describes a success. */
export function toFormState<T>(result: ActionResult<T>, message: (data: T) => string): FormState {
  return result.ok ? { ok: true, message: message(result.data) } : result;
}
