'use client';
// The indicator chart, fetched and drawn only when it scrolls near the
// viewport: Recharts is then not part of the page's first-load JavaScript
// (docs/performance.md). The table beside it is server-rendered and always there.
import dynamic from 'next/dynamic';
import { useNearViewport } from '@/components/charts/use-near-viewport';
import type { IndicatorChartProps } from '@/components/charts/indicator-chart';

const IndicatorChart = dynamic(() => import('@/components/charts/indicator-chart').then((m) => m.IndicatorChart), {
  ssr: false,
  loading: () => <div className="h-[280px] animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />,
});

export function LazyIndicatorChart(props: IndicatorChartProps) {
  const { ref, near: visible } = useNearViewport<HTMLDivElement>();
  return (
    <div ref={ref} className="min-h-[280px]">
      {visible ? <IndicatorChart {...props} /> : null}
    </div>
  );
}
