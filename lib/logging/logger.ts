// The one logger for server code: JSON lines on standard output (or a given
// stream), at the level LOG_LEVEL sets, with secrets and personal data
// redacted. No transports: they run in worker threads, which Next.js's server
// bundle does not carry; pretty-printing is for whoever reads the lines.
import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED, redactPaths } from '@/lib/logging/redact';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  /** Where the lines go; standard output when absent. */
  destination?: DestinationStream;
  /** Fields every line carries (e.g. a CLI run's id). */
  base?: Record<string, unknown>;
}

export function createLogger({ level, destination, base }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    // The host name is left out: it says nothing useful behind a load balancer.
    base: { pid: process.pid, ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: REDACTED },
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
