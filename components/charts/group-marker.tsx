// Marker shape and line style differ per group, so groups stay apart in
// greyscale print and for readers who cannot tell the colours apart.
import { Symbols } from 'recharts';

export const GROUP_STYLES = [
  { color: '#1d3557', shape: 'circle', dash: undefined },
  { color: '#9a3412', shape: 'square', dash: '6 3' },
  { color: '#166534', shape: 'triangle', dash: '2 3' },
  { color: '#6b21a8', shape: 'diamond', dash: '8 3 2 3' },
] as const;

export function GroupMarker({ cx, cy, styleIndex }: { cx?: number; cy?: number; styleIndex: number }) {
  // Recharts asks for a marker even where a group has no value; draw nothing there.
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return <g />;
  const style = GROUP_STYLES[styleIndex % GROUP_STYLES.length] as (typeof GROUP_STYLES)[number];
  return <Symbols cx={cx} cy={cy} type={style.shape} size={90} fill={style.color} stroke="#fff" />;
}
