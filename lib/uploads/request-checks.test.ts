import { describe, expect, it } from 'vitest';
import { formatBytes, UPLOAD_LIMITS } from '@/lib/uploads/limits';
import { checkUploadHeaders } from '@/lib/uploads/request-checks';
import { encodeEvent, splitEvents } from '@/lib/uploads/upload-events';

const multipart = 'multipart/form-data; boundary=----abc';

describe('checkUploadHeaders', () => {
  it('lets a multipart form within the request limit through, declared or chunked', () => {
    expect(checkUploadHeaders(new Headers({ 'content-type': multipart, 'content-length': String(UPLOAD_LIMITS.maxRequestBytes) }))).toBeNull();
    expect(checkUploadHeaders(new Headers({ 'content-type': multipart }))).toBeNull();
  });

  it('refuses other bodies with 415', () => {
    for (const type of ['application/json', 'text/csv', 'multipart/form-data', '']) {
      expect(checkUploadHeaders(new Headers(type ? { 'content-type': type } : {}))).toMatchObject({ status: 415, code: 'not_multipart' });
    }
  });

  it('refuses a declared length over the request limit with 413', () => {
    const refused = checkUploadHeaders(new Headers({ 'content-type': multipart, 'content-length': String(UPLOAD_LIMITS.maxRequestBytes + 1) }));
    expect(refused).toMatchObject({ status: 413, code: 'request_too_large', message: 'The files together are larger than 200 MB: upload fewer at a time.' });
  });
});

describe('limits', () => {
  it('are stated as the guide states them', () => {
    expect([UPLOAD_LIMITS.maxFileBytes, UPLOAD_LIMITS.maxRequestBytes, UPLOAD_LIMITS.maxFiles].map((v, i) => (i < 2 ? formatBytes(v) : v))).toEqual(['50 MB', '200 MB', 20]);
    expect(formatBytes(51_200)).toBe('50 KB');
    expect(formatBytes(900)).toBe('900 bytes');
  });
});

describe('upload events as newline-delimited JSON', () => {
  it('round-trips events split anywhere across chunks', () => {
    const text = encodeEvent({ type: 'progress', file: 'a.csv', phase: 'reading', rows: 500, totalRowsEstimate: 1000, rowsPerSecond: 9000 }) + encodeEvent({ type: 'done', loaded: 1 });
    const first = splitEvents(text.slice(0, 30));
    expect(first.events).toEqual([]);
    const second = splitEvents(first.rest + text.slice(30));
    expect(second.events.map((e) => e.type)).toEqual(['progress', 'done']);
    expect(second.rest).toBe('');
  });
});
