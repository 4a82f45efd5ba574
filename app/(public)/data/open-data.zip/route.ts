// GET /data/open-data.zip: every dataset as CSV with datapackage.json and a README.
import { zipResponse } from '@/lib/archives/zip-archive';
import { env, siteOrigin } from '@/lib/env';
import { fullDownloadZip } from '@/lib/open-data/full-download';
import { getAllDatasetTables } from '@/lib/queries/open-data';
import { cachedGet, preflight } from '../../../api/v1/_lib/http';

export async function GET(request: Request): Promise<Response> {
  return cachedGet(request, async () => zipResponse('met-accountability-open-data.zip', fullDownloadZip(await getAllDatasetTables(), siteOrigin(env))));
}

export const OPTIONS = preflight;
