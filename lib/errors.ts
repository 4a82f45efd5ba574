// One shape for every failure the app reports, to a form or as JSON:
// { error: { code, message } }. Only these statuses are ever chosen on
// purpose; anything else is a 500 whose message leaks nothing.
export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

export type FieldErrors = Record<string, string[]>;

export interface Failure {
  ok: false;
  status: FailureStatus;
  code: string;
  message: string;
  /** Messages for form fields, keyed by field path ("evidence.0.url"). */
  fieldErrors?: FieldErrors;
}

export type ActionResult<T> = { ok: true; data: T } | Failure;

/** Thrown inside a write to stop it (the transaction rolls back) with a message for the person. */
export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    readonly status: FailureStatus,
    readonly code: string,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export function failure(status: FailureStatus, code: string, message: string, fieldErrors?: FieldErrors): Failure {
  return fieldErrors ? { ok: false, status, code, message, fieldErrors } : { ok: false, status, code, message };
}

export const UNEXPECTED: Failure = failure(500, 'unexpected', 'Something went wrong on our side. Nothing was saved; please try again.');

export function errorResponse(f: Pick<Failure, 'status' | 'code' | 'message' | 'fieldErrors'>): Response {
  const body = { error: { code: f.code, message: f.message, ...(f.fieldErrors ? { fields: f.fieldErrors } : {}) } };
  return Response.json(body, { status: f.status });
}
