// One error shape for the whole HTTP API: { error: { code, message, parameter } }.
// Bad input is a 400 naming the parameter; a missing resource a 404; anything
// else a 500 that says nothing about the failure (it is logged on the server).
import { logForRequest } from '@/lib/log';
import { ParameterError } from '@/lib/stop-search/parameter-error';

export type ApiErrorCode = 'invalid_parameter' | 'not_found' | 'internal_error';

export function apiError(status: number, code: ApiErrorCode, message: string, parameter: string | null = null): Response {
  return Response.json({ error: { code, message, parameter } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Runs a handler, turning a ParameterError into a 400 and anything unexpected
 * into a bare 500 whose details go to the log under the request's id. Only
 * the path is logged: query strings are the caller's business.
 */
export async function respond(request: Request, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof ParameterError) return apiError(400, 'invalid_parameter', error.message, error.parameter);
    logForRequest(request.headers).error({ err: error, method: request.method, path: new URL(request.url).pathname }, 'API request failed');
    return apiError(500, 'internal_error', 'The request could not be answered. Please try again later.');
  }
}

/** Rejects any query parameter not in `known`, naming it. */
export function assertKnownParameters(search: URLSearchParams, known: readonly string[]): void {
  for (const key of search.keys()) {
    if (!known.includes(key)) throw new ParameterError(key, `unknown parameter "${key}"; known: ${known.length ? known.join(', ') : 'none'}`);
  }
}
