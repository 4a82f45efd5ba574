// One explorer section that loads its own figures, so each is streamed to the
// browser as soon as it is ready instead of the page waiting for the slowest.
import { ViewFigure } from '@/components/stop-search/view-figure';
import { getExplorerViews } from '@/lib/queries/stop-search-explorer';
import { viewCsvHref, viewPermalink } from '@/lib/stop-search/explorer-links';
import type { ExplorerParams } from '@/lib/stop-search/explorer-params';
import type { ExplorerView, ViewId } from '@/lib/stop-search/explorer-view';
import { VIEW_TITLES } from '@/lib/stop-search/explorer-views';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import type { ReactNode } from 'react';

export async function AsyncView({
  id,
  p,
  page = '/stop-and-search',
  render,
  after,
}: {
  id: ViewId;
  p: ExplorerParams;
  page?: string;
  render?: (view: ExplorerView) => ReactNode;
  /** Start this view's question only once this is settled (answered or failed), so the first sections are not slowed by it. */
  after?: Promise<unknown>;
}) {
  if (after) await after.catch(() => undefined);
  try {
    const [view] = await getExplorerViews([id], p);
    if (render) return render(view!);
    return <ViewFigure view={view!} csvHref={viewCsvHref(p, id)} permalink={viewPermalink(p, id, page)} />;
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error;
    return <ViewError id={id} error={error} />;
  }
}

/** A section whose filters cannot be answered, saying why. */
export function ViewError({ id, error }: { id: ViewId; error: ParameterError }) {
  return <p className="rounded border-l-4 border-red-800 p-3">{VIEW_TITLES[id]}: {error.message}</p>;
}

export function ViewSkeleton({ id }: { id: ViewId }) {
  return (
    <section aria-busy="true" aria-label={`${VIEW_TITLES[id]} (loading)`} className="space-y-3 rounded border border-slate-300 p-4">
      <p className="text-xl font-bold">{VIEW_TITLES[id]}</p>
      <p>Loading the figures…</p>
      <div className="h-[300px] animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />
    </section>
  );
}
