'use client';
// The indicator chart, fetched and drawn only when it scrolls near the
// viewport: Recharts is then not part of the page's first-load JavaScript
// (docs/performance.md). The table beside it is server-rendered and always there.
import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { IndicatorChartProps } from '@/components/charts/indicator-chart';

const IndicatorChart = dynamic(() => import('@/components/charts/indicator-chart').then((m) => m.IndicatorChart), {
  ssr: false,
  loading: () => <div className="h-[280px] animate-pulse rounded bg-slate-100 motion-reduce:animate-none" />,
});

export function LazyIndicatorChart(props: IndicatorChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || visible) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={ref} className="min-h-[280px]">
      {visible ? <IndicatorChart {...props} /> : null}
    </div>
  );
}
