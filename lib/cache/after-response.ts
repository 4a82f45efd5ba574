// Work to run once a response has been sent. Route handlers are also called
// directly by the integration tests, outside any Next.js request, where
// after() throws; there is no page cache to refresh there, so the work is
// dropped rather than the request failed.
import { after } from 'next/server';

const OUTSIDE_REQUEST = /outside a request scope/;

export function afterResponse(task: () => void): void {
  try {
    after(task);
  } catch (error) {
    if (!(error instanceof Error && OUTSIDE_REQUEST.test(error.message))) throw error;
  }
}
