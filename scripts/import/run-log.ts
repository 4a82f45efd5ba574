// The import command's structured log: JSON lines on standard error, every one
// carrying the run's id, so one run can be followed in a job's log. Standard
// output stays the person's report (per-file lines and the total). Only file
// names (never folders, which can hold a person's name) and counts are logged.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pino from 'pino';
import { env } from '../../lib/env.ts';
import { createLogger, type Logger } from '../../lib/logging/logger.ts';
import type { FileResult } from './format-report.ts';

export function createRunLog(mode: 'files' | 'api'): Logger {
  return createLogger({ level: env.LOG_LEVEL, destination: pino.destination({ fd: 2, sync: true }), base: { runId: randomUUID(), command: 'import', mode } });
}

export function logFileResult(log: Logger, result: FileResult): void {
  const file = path.basename(result.file);
  if ('error' in result) {
    log.warn({ file, outcome: 'failed', reason: result.error }, 'file not imported');
    return;
  }
  const r = result.report;
  const counts = r.outcome === 'unchanged' ? { rowsLoaded: r.rowsLoaded } : { rowsTotal: r.rowsTotal, rowsLoaded: r.rowsLoaded, rowsRejected: r.rowsRejected };
  log.info({ file, outcome: r.outcome, force: r.force, month: r.month, batchId: r.batchId, ...counts, durationMs: r.durationMs }, 'file imported');
}
