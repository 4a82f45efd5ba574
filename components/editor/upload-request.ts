// Sends the chosen files with XMLHttpRequest (fetch cannot report upload
// progress) and hands each newline-delimited JSON event to the page as it
// arrives.
import { splitEvents, type UploadEvent } from '@/lib/uploads/upload-events';

export const UPLOAD_URL = '/editor/imports/upload';

export interface UploadCallbacks {
  onUploadProgress: (sent: number, total: number) => void;
  onEvent: (event: UploadEvent) => void;
  /** The upload was refused as a whole (not signed in, too large, not CSV...) or the connection failed. */
  onError: (message: string) => void;
  onFinished: () => void;
}

function errorMessage(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not our JSON (a proxy's error page, say): fall through to the status.
  }
  return `The upload failed (HTTP ${xhr.status}). Nothing was imported; please try again.`;
}

export function sendUpload(form: FormData, callbacks: UploadCallbacks): XMLHttpRequest {
  const xhr = new XMLHttpRequest();
  let seen = 0;
  let buffered = '';
  const drain = () => {
    if (xhr.status !== 200) return;
    buffered += xhr.responseText.slice(seen);
    seen = xhr.responseText.length;
    const { events, rest } = splitEvents(buffered);
    buffered = rest;
    events.forEach(callbacks.onEvent);
  };
  xhr.upload.addEventListener('progress', (e) => callbacks.onUploadProgress(e.loaded, e.lengthComputable ? e.total : 0));
  xhr.addEventListener('progress', drain);
  xhr.addEventListener('load', () => {
    if (xhr.status === 200) drain();
    else callbacks.onError(errorMessage(xhr));
    callbacks.onFinished();
  });
  xhr.addEventListener('error', () => {
    callbacks.onError('The connection was lost during the upload. Files whose report is shown were handled; please send the others again.');
    callbacks.onFinished();
  });
  xhr.open('POST', UPLOAD_URL);
  xhr.send(form);
  return xhr;
}
