import { SourceForm } from '@/components/editor/source-form';
import { requireUser } from '@/lib/auth/page-guards';
import { listSourcesForEditors } from '@/lib/queries/editor';

export const metadata = { title: 'Sources' };

export default async function SourcesPage() {
  await requireUser();
  const sources = await listSourcesForEditors();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Sources</h1>
      <section aria-labelledby="add-source" className="space-y-3">
        <h2 id="add-source" className="text-xl font-bold">
          Add a source
        </h2>
        <SourceForm />
      </section>
      <section aria-labelledby="all-sources" className="space-y-3">
        <h2 id="all-sources" className="text-xl font-bold">
          All sources ({sources.length})
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={s.url}>{s.title}</a> <span className="text-sm text-slate-700">({s.publisher}; id {s.id})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
