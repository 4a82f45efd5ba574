import type { FormState } from '@/lib/actions/form-state';

// A success message that screen readers announce, with an optional link to copy.
export function FormSuccess({ state }: { state: FormState }) {
  if (!state?.ok) return null;
  return (
    <div role="status" className="rounded border-2 border-green-800 bg-green-50 p-3">
      <p>{state.message}</p>
      {state.link ? (
        <p className="mt-1 break-all font-mono text-sm">
          <a href={state.link.href}>{state.link.label}</a>
        </p>
      ) : null}
    </div>
  );
}
