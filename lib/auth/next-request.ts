// The request context of the server action being run, from Next.js.
import 'server-only';
import { headers } from 'next/headers';
import type { RequestContext } from '@/lib/auth/request-context';
import { revalidatePublicPath } from '@/lib/cache/revalidate-public';

export async function nextRequestContext(): Promise<RequestContext> {
  return { headers: new Headers(await headers()), revalidate: (path) => revalidatePublicPath(path) };
}
