import { formatNumber, sourceHost } from '@/lib/charts/format';
import type { FindingItem } from '@/lib/queries/findings';

function figureText(figure: number | null, unit: string | null): string | null {
  if (figure === null) return null;
  const n = formatNumber(figure);
  if (!unit) return n;
  // "12%", "81% more likely than white colleagues", "18,589 allegations"
  return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

// Findings as cards: statements are sentences, and cards reflow on a phone.
// Each shows the figure with its unit, who it refers to, any caveat, and the
// page it was read on. The CSV has the same rows as a table.
export function FindingList({ findings, label }: { findings: FindingItem[]; label: string }) {
  return (
    <ul className="space-y-3" aria-label={label}>
      {findings.map((f) => {
        const figure = figureText(f.figure, f.unit);
        return (
          <li key={f.id} className="rounded border border-slate-300 p-4">
            <p>{f.statement}</p>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold text-slate-700">Figure</dt>
              <dd>{figure ?? 'No single figure given by the source'}</dd>
              <dt className="font-semibold text-slate-700">Refers to</dt>
              <dd>{f.population ?? 'Not stated'}</dd>
              {f.note ? (
                <>
                  <dt className="font-semibold text-slate-700">Read with care</dt>
                  <dd>{f.note}</dd>
                </>
              ) : null}
              <dt className="font-semibold text-slate-700">Read on</dt>
              <dd className="break-words">
                <a href={f.url}>{sourceHost(f.url)}</a>
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
