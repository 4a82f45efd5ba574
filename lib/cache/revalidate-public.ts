// What every write calls once it has committed: the page paths it names (for
// Next.js's own page cache), the data cache tag every public read carries and
// the response cache in front of the app (lib/response-cache), all expired at
// once so the next reader sees the change rather than a stale copy.
import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { expireResponseCache } from '@/lib/response-cache/generation';
import { PUBLIC_DATA_TAG } from './tags';

export function revalidatePublicPath(path: string, type?: 'layout' | 'page'): void {
  revalidatePath(path, type);
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
  expireResponseCache();
}
