// Checks on the request's headers alone, before a byte of its body is read.
import { formatBytes, UPLOAD_LIMITS } from '@/lib/uploads/limits';
import { UploadError } from '@/lib/uploads/upload-error';

/** Refuses anything but a multipart form whose declared size is within the request limit. */
export function checkUploadHeaders(headers: Headers): UploadError | null {
  const type = headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    return new UploadError(415, 'not_multipart', 'Send the files with the upload form (multipart/form-data).');
  }
  const declared = headers.get('content-length');
  // Without a length (a chunked body) the size is counted while reading instead.
  if (declared !== null && Number(declared) > UPLOAD_LIMITS.maxRequestBytes) {
    return tooLarge();
  }
  return null;
}

export function tooLarge(): UploadError {
  return new UploadError(413, 'request_too_large', `The files together are larger than ${formatBytes(UPLOAD_LIMITS.maxRequestBytes)}: upload fewer at a time.`);
}
