// The application's logger (lib/logging/ has the parts). Server code logs
// through this, never console.*; a request's lines carry its request id.
import { env } from '@/lib/env';
import { createLogger, type Logger } from '@/lib/logging/logger';
import { ensureRequestId } from '@/lib/logging/request-id';

export type { Logger } from '@/lib/logging/logger';

export const log: Logger = createLogger({ level: env.LOG_LEVEL });

/** A logger whose every line names the request it belongs to. */
export function logForRequest(headers: Pick<Headers, 'get'>): Logger {
  return log.child({ requestId: ensureRequestId(headers) });
}
