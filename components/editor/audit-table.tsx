import type { AuditRow } from '@/lib/queries/audit-log';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-700">—</span>;
  return <pre className="max-w-md overflow-x-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(value, null, 1)}</pre>;
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    // Focusable so keyboard users can scroll a wide table sideways.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Audit log entries">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-2">When (UTC)</th>
            <th scope="col" className="p-2">Who</th>
            <th scope="col" className="p-2">What</th>
            <th scope="col" className="p-2">Before</th>
            <th scope="col" className="p-2">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300 align-top">
              <td className="p-2 whitespace-nowrap">{row.createdAt.toISOString().replace('T', ' ').slice(0, 19)}</td>
              <td className="p-2">{row.actor ? `${row.actor.name} (${row.actor.email})` : row.via}</td>
              <td className="p-2">
                {row.action.replace(/_/g, ' ')} {row.entityType.replace(/_/g, ' ')}
                <br />
                <span className="break-all font-mono text-xs">{row.entityId}</span>
              </td>
              <td className="p-2"><Json value={row.before} /></td>
              <td className="p-2"><Json value={row.after} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
