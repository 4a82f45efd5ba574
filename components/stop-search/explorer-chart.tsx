'use client';
// Draws one explorer view with Recharts. Only draws: rows, order and words
// come from the server, and the table beside it carries the same figures
// (the drawing is aria-hidden). Loaded only when scrolled into view (LazyChart).
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, ErrorBar, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { groupsIn, pivotByPeriod } from '@/lib/charts/explorer-series';
import { OUTCOME_STYLE, styleFor } from '@/lib/charts/palette';
import type { ChartSpec, KeyDateMark, ViewRow } from '@/lib/stop-search/explorer-view';

const AXIS_TICK = { fontSize: 12, fill: '#1e293b' };
const fmt = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 2 });

function marks(list: KeyDateMark[]) {
  return list.map((m) => (
    <ReferenceLine key={m.label} x={m.period} stroke="#7f1d1d" strokeDasharray="4 2" strokeWidth={2} label={{ value: m.label, position: 'insideTopLeft', fontSize: 11, fill: '#7f1d1d' }} />
  ));
}

/**
 * Never animated, whatever the reader's motion setting (as in the indicator charts): a line drawn in shows part
 * of a series for a second and a half, a filter change animated from the old figures to the new shows values in
 * neither, and the animation kept a small device busy while the reader made the next change.
 */
export function ExplorerChart({ spec, rows }: { spec: ChartSpec; rows: ViewRow[] }) {
  const size = { width: '100%', height: 300 } as const;
  if (spec.kind === 'lines') {
    const groups = groupsIn(rows, spec.groupKey);
    return (
      <LineChart data={pivotByPeriod(rows, spec.groupKey, spec.valueKey)} responsive style={size} accessibilityLayer={false} margin={{ top: 16, right: 16, left: 8, bottom: 4 }}>
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="period" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={fmt} width={56} />
        {groups.map((g, i) => {
          const s = styleFor(g, i);
          return <Line key={g} dataKey={g} name={g} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2} legendType={s.shape} dot={{ r: 4, fill: s.color }} isAnimationActive={false} connectNulls={false} />;
        })}
        {marks(spec.marks)}
        <Legend verticalAlign="top" height={32} />
      </LineChart>
    );
  }
  if (spec.kind === 'ratio-band') {
    const groups = groupsIn(rows, spec.groupKey);
    return (
      <ComposedChart data={pivotByPeriod(rows, spec.groupKey, 'ratio_to_white', ['ratio_lower', 'ratio_upper'])} responsive style={size} accessibilityLayer={false} margin={{ top: 16, right: 16, left: 8, bottom: 4 }}>
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="period" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={fmt} width={48} domain={[0, 'auto']} />
        {groups.map((g, i) => (
          <Area key={`${g}-band`} dataKey={`${g}__band`} name={`${g}: 95% interval`} legendType="none" stroke="none" fill={styleFor(g, i).color} fillOpacity={0.2} isAnimationActive={false} connectNulls={false} />
        ))}
        {groups.map((g, i) => {
          const s = styleFor(g, i);
          return <Line key={g} dataKey={g} name={g} stroke={s.color} strokeDasharray={s.dash} strokeWidth={2} legendType={s.shape} dot={{ r: 4, fill: s.color }} isAnimationActive={false} connectNulls={false} />;
        })}
        <ReferenceLine y={1} stroke="#000" strokeWidth={1} label={{ value: 'Same as White (1)', position: 'insideBottomRight', fontSize: 11 }} />
        {marks(spec.marks)}
        <Legend verticalAlign="top" height={32} />
      </ComposedChart>
    );
  }
  if (spec.kind === 'outcome-bars') {
    const data = rows.map((r) => {
      const out: Record<string, unknown> = { group: r.ethnic_group };
      for (const k of ['arrest', 'nfa', 'linked'] as const) {
        const rate = r[`${k}_rate`];
        const lo = r[`${k}_lower`];
        const hi = r[`${k}_upper`];
        out[k] = typeof rate === 'number' ? rate * 100 : null;
        out[`${k}_err`] = typeof rate === 'number' && typeof lo === 'number' && typeof hi === 'number' ? [(rate - lo) * 100, (hi - rate) * 100] : null;
      }
      return out;
    });
    return (
      <BarChart data={data} responsive style={size} accessibilityLayer={false} margin={{ top: 16, right: 16, left: 8, bottom: 4 }}>
        <defs>
          <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={OUTCOME_STYLE.nfa_rate.color} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
          <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={OUTCOME_STYLE.linked_rate.color} />
            <circle cx="3" cy="3" r="1.5" fill="#fff" />
          </pattern>
        </defs>
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="group" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} unit="%" width={48} domain={[0, 100]} />
        <Bar dataKey="arrest" name={OUTCOME_STYLE.arrest_rate.label} fill={OUTCOME_STYLE.arrest_rate.color} isAnimationActive={false}>
          <ErrorBar dataKey="arrest_err" stroke="#000" width={4} isAnimationActive={false} />
        </Bar>
        <Bar dataKey="nfa" name={OUTCOME_STYLE.nfa_rate.label} fill="url(#hatch)" stroke={OUTCOME_STYLE.nfa_rate.color} isAnimationActive={false}>
          <ErrorBar dataKey="nfa_err" stroke="#000" width={4} isAnimationActive={false} />
        </Bar>
        <Bar dataKey="linked" name={OUTCOME_STYLE.linked_rate.label} fill="url(#dots)" stroke={OUTCOME_STYLE.linked_rate.color} isAnimationActive={false}>
          <ErrorBar dataKey="linked_err" stroke="#000" width={4} isAnimationActive={false} />
        </Bar>
        <Legend verticalAlign="top" height={32} />
      </BarChart>
    );
  }
  return null;
}
