// Wraps Next.js's request handler with the response cache: a public page or
// API answer rendered once is sent again to every anonymous reader for
// RESPONSE_CACHE_SECONDS, without running the app, so a burst of readers costs
// one render per page per few seconds. Past that time the kept answer is still
// sent while one request renders the next; a write through the app drops it
// all (generation.ts). See docs/decisions/007-response-cache.md.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { ensureRequestId, REQUEST_ID_HEADER } from '../logging/request-id';
import { withScriptHashes } from '../security/csp';
import { isCacheableRequest, isStorableResponse } from './cacheable';
import { responseCacheGeneration } from './generation';
import { inlineScriptHashes } from './inline-script-hashes';
import type { ResponseStore, StoredResponse } from './response-store';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Set per response, or meaningless once the body is replayed.
const NOT_KEPT = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'x-response-cache', REQUEST_ID_HEADER]);

// The scheme a front proxy reports changes the page's policy (upgrade-insecure-requests), so it is part of the key.
function cacheKey(req: IncomingMessage): string {
  return `${String(req.headers['x-forwarded-proto'] ?? '')} ${req.headers.host ?? ''} ${req.url ?? ''}`;
}

type Encoding = 'br' | 'gzip';

/** The best compression the reader accepts (Accept-Encoding, with q-values): Brotli, then gzip, else none. */
export function pickEncoding(header: string | string[] | undefined): Encoding | null {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const accepted = new Map<string, number>();
  for (const part of text.split(',')) {
    const [coding, ...params] = part.trim().split(';');
    if (!coding) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(coding.trim().toLowerCase(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const quality = (coding: Encoding) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return null;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Both compressed forms, made once per kept answer in libuv's thread pool, not on the event loop. Brotli at
 * quality 6, not its best (11): for the explorer's 490 KB of HTML, 6 ms and 45 KB against 630 ms and 37 KB.
 * Every filter combination is a page of its own, so quality 11 kept a core busy for most of a second after
 * each first visit, and the reader's next filter change waited for it (docs/performance.md, Pages).
 */
async function compressed(body: Buffer): Promise<{ gzip: Buffer; brotli: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return { gzip: gz, brotli: br };
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
export async function toStoredResponse(status: number, headers: OutgoingHttpHeaders, body: Buffer, generation: number): Promise<Omit<StoredResponse, 'storedAt'>> {
  const kept = plainHeaders(headers);
  const csp = kept['content-security-policy'];
  if (typeof csp === 'string' && /^text\/html/i.test(String(kept['content-type'] ?? ''))) {
    kept['content-security-policy'] = withScriptHashes(csp, inlineScriptHashes(body.toString('utf8')));
  }
  // The kept answer is sent compressed or not depending on the reader.
  const vary = String(kept.vary ?? '');
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  return { status, headers: kept, body, ...(await compressed(body)), generation };
}

function send(req: IncomingMessage, res: ServerResponse, store: ResponseStore, entry: StoredResponse, state: 'hit' | 'stale'): void {
  const encoding = pickEncoding(req.headers['accept-encoding']);
  const body = encoding === 'br' ? entry.brotli : encoding === 'gzip' ? entry.gzip : entry.body;
  res.statusCode = entry.status;
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  if (encoding) res.setHeader('content-encoding', encoding);
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
  let checked = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    // Headers are set by the first write: an answer that will never be kept (a CSV export, a ZIP, an
    // error) is not copied at all, so a long download costs no memory here.
    if (!checked) {
      checked = true;
      overflow = !isStorableResponse(res.statusCode, res.getHeaders());
    }
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
      // Another request is rendering this answer: the previous one will do meanwhile, and with none
      // yet (a cold start under a burst) waiting for that render beats a hundred renders at once.
      if (found) return send(req, res, store, found.entry, 'stale');
      await store.whenFilled(key);
      const filled = store.lookup(key);
      if (filled) return send(req, res, store, filled.entry, 'hit');
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
      const headers = res.getHeaders();
      if (!body || !isStorableResponse(res.statusCode, headers)) return store.endFill(key);
      // Until the new copy is kept, other readers go on getting the old one.
      toStoredResponse(res.statusCode, headers, body, generation)
        .then((entry) => store.keep(key, entry))
        .catch(() => undefined)
        .finally(() => store.endFill(key));
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
