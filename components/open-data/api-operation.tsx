import { ScrollTable } from '@/components/ui/scroll-table';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: Json;
}

function typeText(schema: Json): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
  const parts = [String(schema.type ?? 'string')];
  if (typeof schema.pattern === 'string') parts.push(`matching ${schema.pattern}`);
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number' && schema.maximum < 1e15) parts.push(`${schema.minimum} to ${schema.maximum}`);
  if (schema.format) parts.push(`(${String(schema.format)})`);
  return parts.join(' ');
}

// One GET route of the API reference, drawn from its OpenAPI operation.
export function ApiOperation({ path, operation }: { path: string; operation: Json }) {
  const parameters = (operation.parameters as Parameter[] | undefined) ?? [];
  const responses = operation.responses as Record<string, { description: string; content?: Record<string, unknown> }>;
  const id = String(operation.operationId);
  return (
    <section aria-labelledby={id} className="space-y-3 border-t border-gray-300 pt-6">
      <h3 id={id} className="font-mono text-lg font-bold break-all">GET {path}</h3>
      <p className="font-semibold">{String(operation.summary)}</p>
      <p className="max-w-3xl">{String(operation.description)}</p>
      {parameters.length ? (
        <ScrollTable label={`Parameters of ${path}`} caption={`Parameters of GET ${path}`}>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-1 pr-3">Name</th>
              <th scope="col" className="py-1 pr-3">In</th>
              <th scope="col" className="py-1 pr-3">Required</th>
              <th scope="col" className="py-1 pr-3">Type</th>
              <th scope="col" className="py-1">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-b border-gray-200 align-top">
                <th scope="row" className="py-1 pr-3 font-mono font-normal">{p.name}</th>
                <td className="py-1 pr-3">{p.in}</td>
                <td className="py-1 pr-3">{p.required ? 'yes' : 'no'}</td>
                <td className="py-1 pr-3 break-all">
                  {typeText(p.schema)}
                  {p.schema.default !== undefined ? ` (default ${JSON.stringify(p.schema.default)})` : ''}
                </td>
                <td className="py-1">{p.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>No parameters.</p>
      )}
      <ul className="list-disc pl-6 text-sm">
        {Object.entries(responses).map(([status, r]) => (
          <li key={status}>
            <strong>{status}</strong>: {r.description}
            {r.content ? ` (${Object.keys(r.content).join(', ')})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
