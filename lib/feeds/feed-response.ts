// An Atom answer, with the same ETag/304, Cache-Control and CORS as every API
// GET (app/api/v1/_lib/http.ts), so feed readers that poll get cheap 304s.
import { env, siteOrigin } from '@/lib/env';
import { atomXml } from './atom';
import type { FeedData } from './feed-types';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

export function atomResponse(data: FeedData): Response {
  return new Response(atomXml(data, siteOrigin(env)), { headers: { 'Content-Type': ATOM_TYPE } });
}
