// Why an upload was refused before anything was imported. Thrown while the
// body is read; the handler turns it into { error: { code, message } }.
import type { FailureStatus } from '@/lib/errors';

export class UploadError extends Error {
  override name = 'UploadError';
  constructor(
    readonly status: FailureStatus,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
