// How a view's raw cell reads in a table: counts with separators, rates per
// 1,000 and ratios to two places, proportions as per cent, flags as words.
import type { Cell, CellKind } from '@/lib/stop-search/explorer-view';

export function formatCell(value: Cell | undefined, kind: CellKind): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return kind === 'flag' ? (value ? 'Yes' : 'No') : String(value);
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'count':
      return Math.round(value).toLocaleString('en-GB');
    case 'rate1000':
    case 'ratio':
      return value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'percent':
      return `${(value * 100).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    default:
      return String(value);
  }
}
