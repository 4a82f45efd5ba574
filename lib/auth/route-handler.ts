// Turns a guarded action into a route handler: the body (JSON or a form) is
// handed to the action, and its result becomes JSON with the right status.
import 'server-only';
import { LazyInput, type GuardedAction } from '@/lib/auth/guarded-action';
import { revalidatePublicPath } from '@/lib/cache/revalidate-public';
import { errorResponse } from '@/lib/errors';
import { formDataToObject } from '@/lib/forms/form-data';

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return request.json().catch(() => undefined);
  if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
    return formDataToObject(await request.formData());
  }
  return undefined;
}

export function routeHandler<T>(action: GuardedAction<T>, successStatus = 200) {
  return async (request: Request): Promise<Response> => {
    const context = { headers: request.headers, revalidate: (path: string) => revalidatePublicPath(path) };
    const result = await action(context, new LazyInput(() => readBody(request)));
    return result.ok ? Response.json({ data: result.data }, { status: successStatus }) : errorResponse(result);
  };
}
