// The production server: Next.js's own request handler, behind the response
// cache (lib/response-cache). `npm start` and the production-server helper
// for benchmarks and outage tests run this instead of `next start`.
//   tsx scripts/serve/app-server.ts [--port 3000] [--hostname 0.0.0.0]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import nextModule from 'next';
import { z } from 'zod';
import { env } from '../../lib/env.ts';
import { log } from '../../lib/log.ts';
import { withResponseCache } from '../../lib/response-cache/caching-handler.ts';
import { ResponseStore } from '../../lib/response-cache/response-store.ts';
import { projectRoot } from '../db/schema-engine.ts';

const MB = 1024 * 1024;

const optionsSchema = z.object({
  port: z.coerce.number().int().min(1).max(65535),
  hostname: z.string().min(1),
});

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: String(env.PORT) }, hostname: { type: 'string', default: '0.0.0.0' } } });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`--${String(parsed.error.issues[0]!.path[0])}: ${parsed.error.issues[0]!.message}`);
  const { port, hostname } = parsed.data;

  // `next` is a CommonJS module; depending on the loader its function is the default export or the module itself.
  const createNext = ((nextModule as unknown as { default?: typeof nextModule }).default ?? nextModule) as typeof nextModule;
  const app = createNext({ dev: false, dir: projectRoot, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const handler =
    env.RESPONSE_CACHE_SECONDS > 0
      ? withResponseCache((req, res) => handle(req, res), new ResponseStore({ freshForMs: env.RESPONSE_CACHE_SECONDS * 1000, maxBytes: env.RESPONSE_CACHE_MB * MB }), {
          maxEntryBytes: Math.floor((env.RESPONSE_CACHE_MB * MB) / 4),
        })
      : (req: Parameters<typeof handle>[0], res: Parameters<typeof handle>[1]) => handle(req, res);

  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      log.error({ err: error, path: req.url }, 'request failed outside the app');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end('The server could not answer this request.');
      } else res.destroy();
    });
  });
  // Longer than a typical load balancer's idle timeout, so it never reuses a connection this side has closed.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  log.info({ port, hostname, responseCacheSeconds: env.RESPONSE_CACHE_SECONDS }, 'serving');

  const stop = () => {
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
