// One error shape for the whole HTTP API: { error: { code, message, parameter } }.
// Bad input is a 400 naming the parameter; a missing resource a 404; anything
// else a 500 that says nothing about the failure (it is logged on the server).
import { logForRequest } from '@/lib/log';
// A database outage, when the answer is not cached, is a 503 with Retry-After.
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/lib/cache/database-unavailable';
import { ParameterError } from '@/lib/stop-search/parameter-error';

export type ApiErrorCode = 'invalid_parameter' | 'not_found' | 'internal_error' | 'service_unavailable';

export function apiError(status: number, code: ApiErrorCode, message: string, parameter: string | null = null, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message, parameter } }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export function databaseUnavailable(): Response {
  const message = `The database cannot be reached just now. Please try again in ${RETRY_AFTER_SECONDS} seconds.`;
  return apiError(503, 'service_unavailable', message, null, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
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
    if (isDatabaseUnavailable(error)) return databaseUnavailable();
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
