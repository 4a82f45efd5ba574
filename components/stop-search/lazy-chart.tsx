'use client';
// Mounts a chart only when it scrolls near the viewport, so the charting code
// is fetched when a reader gets there and not with the page. The table next to
// it is server-rendered and always present.
import dynamic from 'next/dynamic';
import { useNearViewport } from '@/components/charts/use-near-viewport';
import type { ChartSpec, ViewRow } from '@/lib/stop-search/explorer-view';

const ExplorerChart = dynamic(() => import('@/components/stop-search/explorer-chart').then((m) => m.ExplorerChart), {
  ssr: false,
  loading: () => <div className="h-[300px] animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />,
});

export function LazyChart({ spec, rows }: { spec: ChartSpec; rows: ViewRow[] }) {
  const { ref, near: visible } = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="min-h-[300px] w-full" data-chart-mounted={visible ? 'true' : 'false'}>
      {visible ? <ExplorerChart spec={spec} rows={rows} /> : null}
    </div>
  );
}
