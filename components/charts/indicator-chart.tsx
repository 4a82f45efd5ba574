'use client';
// Draws a series built by lib/charts/indicator-series.ts. It only draws: the
// numbers, their order and the words come from the server. The picture is
// hidden from assistive technology because the table after it carries the
// same figures (ChartFigure).
import { useEffect, useRef, useState } from 'react';
import { CartesianGrid, LabelList, Legend, Line, LineChart, XAxis, YAxis, type XAxisTickContentProps } from 'recharts';
import { GroupMarker, GROUP_STYLES } from '@/components/charts/group-marker';
import { WrappedTick } from '@/components/charts/wrapped-tick';
import { formatShort } from '@/lib/charts/format';
import type { ChartRow, SeriesGroup, SeriesKind } from '@/lib/charts/indicator-series';
import { tickLayout } from '@/lib/charts/tick-layout';

const Y_AXIS_WIDTH = 44;

export interface IndicatorChartProps {
  rows: ChartRow[];
  groups: SeriesGroup[];
  unit: string;
  kind: SeriesKind;
  xLabel: string;
  yLabel: string;
}

// The chart's width, so x labels can wrap to their share of it.
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function IndicatorChart({ rows, groups, unit, kind, xLabel, yLabel }: IndicatorChartProps) {
  const { ref, width } = useWidth();
  // Each period gets an equal band with its point in the middle, so the first
  // and last labels have room instead of being cut off at the edges.
  const placed = rows.map((row, i) => ({ ...row, pos: i + 0.5 }));
  const { labelWidth, axisHeight } = tickLayout(
    rows.map((r) => r.x),
    width - Y_AXIS_WIDTH - 8,
  );
  return (
    <div ref={ref}>
      {/* Axis titles are text beside the chart, where they have room on a phone. */}
      <p className="text-sm font-semibold text-slate-800">{yLabel}</p>
      <LineChart
        data={placed}
        responsive
        style={{ width: '100%', height: 240 + axisHeight }}
        margin={{ top: 24, right: 8, bottom: 4, left: 0 }}
        // No keyboard layer: the chart is decorative beside its table, and a
        // focusable element inside aria-hidden content would confuse screen readers.
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
        <XAxis
          type="number"
          dataKey="pos"
          domain={[0, rows.length]}
          ticks={placed.map((row) => row.pos)}
          interval={0}
          height={axisHeight}
          tick={(props: XAxisTickContentProps) => (
            <WrappedTick {...props} label={placed[props.index]?.x ?? ''} labelWidth={labelWidth} />
          )}
        />
        <YAxis
          domain={[0, 'auto']}
          width={Y_AXIS_WIDTH}
          tick={{ fontSize: 12, fill: '#1e293b' }}
          tickFormatter={(v: number) => formatShort(v, unit)}
        />
        {groups.map((group, i) => {
          const style = GROUP_STYLES[i % GROUP_STYLES.length] as (typeof GROUP_STYLES)[number];
          return (
            <Line
              key={group.key}
              name={group.label}
              dataKey={(row: ChartRow) => row.values[group.key] ?? null}
              // Reported figures from different sources are not a series, so they are never joined.
              stroke={kind === 'reported' ? 'none' : style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
              legendType={style.shape}
              connectNulls={false}
              isAnimationActive={false}
              dot={(dot: { cx?: number; cy?: number; index?: number }) => (
                <GroupMarker key={`${group.key}-${dot.index}`} cx={dot.cx} cy={dot.cy} styleIndex={i} />
              )}
              activeDot={false}
            >
              <LabelList
                position="top"
                offset={10}
                fontSize={12}
                fill="#0f172a"
                formatter={(value: unknown) => (typeof value === 'number' ? formatShort(value, unit) : '')}
              />
            </Line>
          );
        })}
        {groups.length > 1 ? <Legend verticalAlign="top" height={28} /> : null}
      </LineChart>
      <p className="text-center text-sm font-semibold text-slate-800">{xLabel}</p>
    </div>
  );
}
