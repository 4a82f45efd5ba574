// The cache wrapper on a real HTTP server, with a small handler standing in for
// Next.js: what it keeps, what it sends again, and what it never keeps.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { pickEncoding, withResponseCache } from './caching-handler';
import { expireResponseCache } from './generation';
import { ResponseStore } from './response-store';

const PAGE = '<html><head><script nonce="n1">self.boot=1</script><script src="/a.js" nonce="n1"></script></head><body>Hello</body></html>';
const POLICY = "default-src 'self'; script-src 'self' 'nonce-n1' 'strict-dynamic'; frame-ancestors 'none'";

let server: Server | undefined;
// A rendered copy is kept once it is compressed, off the event loop: a moment after its reader got it.
const settle = () => new Promise((r) => setTimeout(r, 200));
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(app: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void, now = () => Date.now()) {
  const renders: string[] = [];
  const store = new ResponseStore({ freshForMs: 1_000, maxBytes: 10_000_000, now });
  const handler = withResponseCache(
    async (req, res) => {
      renders.push(req.url ?? '');
      await app(req, res);
    },
    store,
    { maxEntryBytes: 1_000_000 },
  );
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { origin, renders };
}

function htmlPage(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('content-security-policy', POLICY);
  res.setHeader('x-request-id', 'from-the-app');
  // Streamed in pieces, as Next.js does.
  res.write(PAGE.slice(0, 40));
  res.end(PAGE.slice(40));
}

describe('withResponseCache', () => {
  it('renders once, then sends the same page with a policy built from its inline scripts', async () => {
    const { origin, renders } = await serve(htmlPage);
    const first = await fetch(`${origin}/p?x=1`);
    expect(first.headers.get('x-response-cache')).toBe('miss');
    expect(await first.text()).toBe(PAGE);
    const second = await fetch(`${origin}/p?x=1`, { headers: { 'accept-encoding': 'identity' } });
    expect(second.headers.get('x-response-cache')).toBe('hit');
    expect(await second.text()).toBe(PAGE);
    expect(renders).toEqual(['/p?x=1']);
    const csp = second.headers.get('content-security-policy')!;
    expect(csp).toBe("default-src 'self'; script-src 'self' 'sha256-" + Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('self.boot=1'))).toString('base64') + "'; frame-ancestors 'none'");
    expect(second.headers.get('x-request-id')).not.toBe('from-the-app');
    // Another query string is another page.
    await fetch(`${origin}/p?x=2`);
    expect(renders).toEqual(['/p?x=1', '/p?x=2']);
  });

  it('sends the kept page compressed the way each reader accepts', async () => {
    const { origin } = await serve(htmlPage);
    await fetch(`${origin}/p`);
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        import('node:http').then(({ get }) =>
          get(`${origin}/p`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on('error', reject),
        );
      });
    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers.vary)).toMatch(/Accept-Encoding/);
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    const plain = await get('br;q=0, gzip;q=0');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
  });

  it('while one request renders a stale page, the others get the old copy instead of rendering too', async () => {
    let now = 0;
    let release: () => void = () => {};
    let version = 1;
    const { origin, renders } = await serve(
      async (_req, res) => {
        const v = version++;
        if (v === 2) await new Promise<void>((r) => (release = r));
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ v }));
      },
      () => now,
    );
    expect(await (await fetch(`${origin}/api/x`)).json()).toEqual({ v: 1 });
    await settle();
    now = 5_000; // stale
    const refreshing = fetch(`${origin}/api/x`);
    await new Promise((r) => setTimeout(r, 50));
    const meanwhile = await fetch(`${origin}/api/x`);
    expect(meanwhile.headers.get('x-response-cache')).toBe('stale');
    expect(await meanwhile.json()).toEqual({ v: 1 });
    release();
    expect(await (await refreshing).json()).toEqual({ v: 2 });
    await settle();
    const after = await fetch(`${origin}/api/x`);
    expect(after.headers.get('x-response-cache')).toBe('hit');
    expect(await after.json()).toEqual({ v: 2 });
    expect(renders).toHaveLength(2);
  });

  it('keeps no error, redirect, cookie-setting or signed-in answer, and drops everything after a write', async () => {
    const { origin, renders } = await serve((req, res) => {
      if (req.url === '/error') res.statusCode = 500;
      if (req.url === '/moved') res.writeHead(307, { location: '/' });
      if (req.url === '/cookie') res.setHeader('set-cookie', 'a=1');
      if (!res.headersSent) res.setHeader('content-type', 'text/html');
      res.end('<p>page</p>');
    });
    for (const path of ['/error', '/moved', '/cookie']) {
      await fetch(origin + path, { redirect: 'manual' });
      await fetch(origin + path, { redirect: 'manual' });
    }
    await fetch(`${origin}/page`, { headers: { cookie: 'dashboard.session_token=abc' } });
    await fetch(`${origin}/page`, { headers: { cookie: 'dashboard.session_token=abc' } });
    expect(renders).toEqual(['/error', '/error', '/moved', '/moved', '/cookie', '/cookie', '/page', '/page']);

    await fetch(`${origin}/page`);
    expect((await fetch(`${origin}/page`)).headers.get('x-response-cache')).toBe('hit');
    expireResponseCache();
    expect((await fetch(`${origin}/page`)).headers.get('x-response-cache')).toBe('miss');
  });
});

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, and honours q=0 and *', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});
