// GET /api/v1/openapi.json: the API described in OpenAPI 3.1, generated from the routes' own schemas.
import { openApiDocument } from '@/lib/open-data/openapi';
import { cachedGet, preflight } from '../_lib/http';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => Response.json(openApiDocument()));
}

export const OPTIONS = preflight;
