// Telling "the database cannot be reached" apart from every other failure, so
// readers get a 503 with a retry hint instead of a 500. Prisma, its pg driver
// adapter and node-postgres each report an outage their own way; the codes
// below are the ones they use for refused, dropped and shutting-down connections.
const UNAVAILABLE_CODES = new Set([
  // Prisma: can't reach server, timed out, server closed the connection, pool timeout
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // PostgreSQL: shutting down, starting up, connection failures
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

const UNAVAILABLE_MESSAGES = /Connection terminated|connect ECONNREFUSED|Can't reach database server|the database system is (shutting down|starting up)|DatabaseNotReachable|server closed the connection/i;

/** How long (seconds) readers are told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

export class DatabaseUnavailableError extends Error {
  // Next.js keeps a thrown error's digest in production, so error pages can tell an outage apart.
  readonly digest = 'DATABASE_UNAVAILABLE';
  constructor(cause: unknown) {
    super('The database cannot be reached right now.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current;
    const e = current as { cause?: unknown; errors?: unknown[]; meta?: { driverAdapterError?: unknown } };
    // AggregateError (a refused IPv4 and IPv6 connect) carries its reasons in `errors`;
    // Prisma keeps the driver adapter's own error in meta.
    if (Array.isArray(e.errors)) for (const inner of e.errors) yield* causes(inner);
    if (e.meta?.driverAdapterError) yield* causes(e.meta.driverAdapterError);
    current = e.cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e instanceof DatabaseUnavailableError) return true;
    const { code, kind, message } = e as { code?: unknown; kind?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  }
  return false;
}
