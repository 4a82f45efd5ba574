'use client';

// A form checked with its zod schema in the browser first (so mistakes show
// at once, beside the fields), then sent to its server action, which checks
// the same schema again and may answer with its own field errors.
import { useActionState, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { Errors } from '@/components/forms/fields';
import { submittedValue, type FormState } from '@/lib/actions/form-state';
import { formDataToObject } from '@/lib/forms/form-data';
import { fieldErrorsOf } from '@/lib/schemas/fields';

export function useValidatedForm(schema: z.ZodType, action: (state: FormState, data: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useActionState(action, null);
  const [browserErrors, setBrowserErrors] = useState<Errors>(undefined);
  const [submitted, setSubmitted] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const result = schema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (result.success) {
      setBrowserErrors(undefined);
      return;
    }
    event.preventDefault();
    setBrowserErrors(fieldErrorsOf(result.error));
    setSubmitted((n) => n + 1);
  }

  const serverFailure = state && !state.ok ? state : null;
  const errors = browserErrors ?? serverFailure?.fieldErrors;
  const message = browserErrors ? undefined : serverFailure?.message;
  // What was typed before the server refused it, for the fields' default values.
  const value = (name: string, fallback?: string) => submittedValue(serverFailure?.values, name) ?? fallback;
  const evidenceCount = Array.isArray(serverFailure?.values?.evidence) ? serverFailure.values.evidence.length : 1;
  return { state, formAction, pending, onSubmit, errors, message, value, evidenceCount, attempt: submitted };
}
