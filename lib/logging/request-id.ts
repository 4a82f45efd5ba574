// The id that ties every log line of one request together. proxy.ts keeps a
// well-formed id sent by a trusted front (a load balancer's) or makes one, and
// passes it on as a request header; handlers read it back with requestIdOf.
// Kept free of pino so the proxy does not load the logger.
import { z } from 'zod';

export const REQUEST_ID_HEADER = 'x-request-id';

// Short and plain: an id from outside ends up in every log line, so it must
// not be able to carry a payload (newlines, markup, a pasted token).
const requestIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{8,128}$/);

export function newRequestId(): string {
  return crypto.randomUUID();
}

/** The request's id if it carries a well-formed one, else null. */
export function requestIdOf(headers: Pick<Headers, 'get'>): string | null {
  const parsed = requestIdSchema.safeParse(headers.get(REQUEST_ID_HEADER));
  return parsed.success ? parsed.data : null;
}

/** The id to use for this request: the one it carries, or a new one. */
export function ensureRequestId(headers: Pick<Headers, 'get'>): string {
  return requestIdOf(headers) ?? newRequestId();
}
