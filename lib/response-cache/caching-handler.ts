// Wraps Next.js's request handler with the response cache: a public page or
// API answer rendered once is sent again to every anonymous reader for
// RESPONSE_CACHE_SECONDS, without running the app, so a burst of readers costs
// one render per page per few seconds. Past that time the kept answer is still
// sent while one request renders the next; a write through the app drops it
// all (generation.ts). See docs/decisions/007-response-cache.md.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { ensureRequestId, REQUEST_ID_HEADER } from '../logging/request-id';
import { withScriptHashes } from '../security/csp';
import { isCacheableRequest, isStorableResponse } from './cacheable';
import { responseCacheGeneration } from './generation';
import { inlineScriptHashes } from './inline-script-hashes';
import type { ResponseStore, StoredResponse } from './response-store';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Set per response, or meaningless once the body is replayed.
const NOT_KEPT = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', REQUEST_ID_HEADER]);

// The scheme a front proxy reports changes the page's policy (upgrade-insecure-requests), so it is part of the key.
function cacheKey(req: IncomingMessage): string {
  return `${String(req.headers['x-forwarded-proto'] ?? '')} ${req.headers.host ?? ''} ${req.url ?? ''}`;
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  return text.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

function plainHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_KEPT.has(name.toLowerCase())) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return out;
}

/** What the reader would have been sent, turned into something every reader may be sent. */
export function toStoredResponse(status: number, headers: OutgoingHttpHeaders, body: Buffer, generation: number): Omit<StoredResponse, 'storedAt'> {
  const kept = plainHeaders(headers);
  const csp = kept['content-security-policy'];
  if (typeof csp === 'string' && /^text\/html/i.test(String(kept['content-type'] ?? ''))) {
    kept['content-security-policy'] = withScriptHashes(csp, inlineScriptHashes(body.toString('utf8')));
  }
  // The kept answer is sent compressed or not depending on the reader.
  const vary = String(kept.vary ?? '');
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  return { status, headers: kept, body, gzip: gzipSync(body), generation };
}

function send(req: IncomingMessage, res: ServerResponse, store: ResponseStore, entry: StoredResponse, state: 'hit' | 'stale'): void {
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? entry.gzip : entry.body;
  res.statusCode = entry.status;
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', body.length);
  res.setHeader('age', store.ageSeconds(entry));
  res.setHeader('x-response-cache', state);
  res.setHeader(REQUEST_ID_HEADER, ensureRequestId({ get: (n) => headerValue(req.headers[n.toLowerCase()]) }));
  res.end(body);
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** Copies what the app writes, so the finished answer can be kept. */
function recordBody(res: ServerResponse, maxBytes: number, onFinish: (body: Buffer | null) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buf = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > maxBytes) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buf);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return write(...args);
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return end(...args);
  }) as ServerResponse['end'];
  // Headers handed straight to writeHead never show in getHeaders(); move them there first.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === 'object' && r !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v as string);
    }
    const reason = rest.find((r) => typeof r === 'string');
    return reason === undefined ? writeHead(status) : writeHead(status, reason);
  }) as ServerResponse['writeHead'];
  res.once('finish', () => onFinish(overflow ? null : Buffer.concat(chunks)));
  res.once('close', () => {
    if (!res.writableFinished) onFinish(null);
  });
}

export function withResponseCache(handle: Handler, store: ResponseStore, options: { maxEntryBytes: number }): Handler {
  return async (req, res) => {
    if (!isCacheableRequest(req)) return handle(req, res);
    const key = cacheKey(req);
    const found = store.lookup(key);
    if (found?.fresh) return send(req, res, store, found.entry, 'hit');
    if (!store.startFill(key)) {
      // Another request is rendering this answer: the previous one will do meanwhile.
      if (found) return send(req, res, store, found.entry, 'stale');
      return handle(req, res);
    }
    const generation = responseCacheGeneration();
    // The kept copy is stored uncompressed (and compressed here once), so the app must not compress it.
    delete req.headers['accept-encoding'];
    res.setHeader('x-response-cache', 'miss');
    let settled = false;
    recordBody(res, options.maxEntryBytes, (body) => {
      if (settled) return;
      settled = true;
      store.endFill(key);
      const headers = res.getHeaders();
      if (body && isStorableResponse(res.statusCode, headers)) store.keep(key, toStoredResponse(res.statusCode, headers, body, generation));
    });
    try {
      await handle(req, res);
    } catch (error) {
      if (!settled) {
        settled = true;
        store.endFill(key);
      }
      throw error;
    }
  };
}
