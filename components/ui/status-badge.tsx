import { STATUS_LABELS, type StatusKey } from '@/lib/commitments/status';

// Each status has its own text, border style and colour, so it reads without
// colour. Dark text on pale fills keeps contrast well above 4.5:1 (WCAG 1.4.3).
const STATUS_STYLES: Record<StatusKey, string> = {
  DELIVERED: 'border-green-800 bg-green-100 text-green-950',
  IN_PROGRESS: 'border-blue-800 bg-blue-100 text-blue-950',
  LATE: 'border-red-800 bg-red-100 text-red-950',
  NOT_STARTED: 'border-amber-800 bg-amber-100 text-amber-950',
  DROPPED: 'border-slate-700 bg-slate-200 text-slate-950',
  UNCLEAR: 'border-purple-800 bg-purple-100 text-purple-950',
  NO_UPDATE: 'border-dashed border-slate-600 bg-white text-slate-900',
};

export function StatusBadge({ status }: { status: StatusKey }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${STATUS_STYLES[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
