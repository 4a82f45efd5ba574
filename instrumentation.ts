// Next.js calls onRequestError for every error a page, route handler, server
// action or the proxy throws on the server: the errors error.tsx and
// global-error.tsx hide from readers. They are logged here, once, with the
// request id, the route and the error's digest (which the reader's error page
// carries), never the request's headers or body.
import type { Instrumentation } from 'next';

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The logger needs Node's APIs; only the Node.js runtime logs.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('@/lib/log');
  const { REQUEST_ID_HEADER } = await import('@/lib/logging/request-id');
  const requestId = request.headers[REQUEST_ID_HEADER];
  const digest = (error as { digest?: unknown }).digest;
  log.error(
    {
      err: error,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      digest: typeof digest === 'string' ? digest : undefined,
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    'Request failed on the server',
  );
};
