// What every write calls once it has committed: the page paths it names (for
// Next.js's own page cache) and the data cache tag every public read carries,
// expired at once so the next reader sees the change rather than a stale copy.
import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { PUBLIC_DATA_TAG } from './tags';

export function revalidatePublicPath(path: string, type?: 'layout' | 'page'): void {
  revalidatePath(path, type);
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
