import { sourceHost } from '@/lib/charts/format';
import type { DisputeItem } from '@/lib/queries/disputes';

// Where sources give different figures for the same thing. Every side is
// linked; the dashboard does not pick a winner.
export function DisputeList({ disputes }: { disputes: DisputeItem[] }) {
  return (
    <ul className="space-y-3">
      {disputes.map((d) => (
        <li key={d.id} className="rounded border border-slate-300 p-4">
          <h3 className="font-semibold">{d.topic}</h3>
          <p className="mt-1">{d.detail}</p>
          <p className="mt-1 text-sm">
            Sources:{' '}
            {d.urls.map((url, i) => (
              <span key={`${url}-${i}`}>
                {i > 0 ? '; ' : ''}
                <a href={url} className="break-all">
                  {sourceHost(url)}
                </a>
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
