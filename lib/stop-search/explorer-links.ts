// Addresses of a view: its permalink on the page and its CSV file, both with
// the same parameters, so the file is always the view's data.
import { explorerQueryString, type ExplorerParams } from '@/lib/stop-search/explorer-params';
import type { ViewId } from '@/lib/stop-search/explorer-view';

export function viewPermalink(p: ExplorerParams, id: ViewId | string, page = '/stop-and-search'): string {
  const qs = explorerQueryString(p);
  return `${page}${qs ? `?${qs}` : ''}#${id}`;
}

export function viewCsvHref(p: ExplorerParams, id: ViewId): string {
  const qs = explorerQueryString(p);
  return `/stop-and-search/data/${id}.csv${qs ? `?${qs}` : ''}`;
}
