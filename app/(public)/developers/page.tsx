import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiOperation } from '@/components/open-data/api-operation';
import { openApiDocument } from '@/lib/open-data/openapi';

export const metadata: Metadata = { title: 'API reference' };

type Json = Record<string, unknown>;

// Drawn from the same OpenAPI document the API serves, so the reference and
// /api/v1/openapi.json cannot disagree.
export default function DevelopersPage() {
  const document = openApiDocument();
  const paths = Object.entries(document.paths as Record<string, { get: Json }>);
  const tags = (document.tags as { name: string }[]).map((t) => t.name);
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">API reference</h1>
        <p>
          A read-only HTTP API over everything on this site. The machine-readable description is{' '}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1); each dataset&apos;s fields are explained on{' '}
          <Link href="/data">the open data page</Link>.
        </p>
      </div>
      <section aria-labelledby="conventions" className="max-w-3xl space-y-3">
        <h2 id="conventions" className="text-2xl font-bold">Conventions</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li><strong>Versions</strong>: everything is under <code>/api/v1</code>. Within v1, fields are only added; a change that could break a client would be published as <code>/api/v2</code>.</li>
          <li><strong>Formats</strong>: JSON by default; add <code>format=csv</code> for the same rows as CSV.</li>
          <li><strong>Paging</strong>: stop-and-search records come a page at a time in id order; follow <code>links.next</code> (a cursor, <code>after=&lt;last id&gt;</code>) until it is null. Other tables come whole.</li>
          <li><strong>Caching</strong>: every answer has an <code>ETag</code> and <code>Cache-Control</code>; send the tag back in <code>If-None-Match</code> and an unchanged answer is a bodiless 304.</li>
          <li><strong>CORS</strong>: open to every origin for GET, so pages on other sites can read it.</li>
          <li><strong>Errors</strong>: always <code>{'{ "error": { "code", "message", "parameter" } }'}</code>: 400 names the bad or unknown parameter, 404 a missing id, 500 says nothing more.</li>
        </ul>
      </section>
      <section aria-labelledby="feeds" className="max-w-3xl space-y-3">
        <h2 id="feeds" className="text-2xl font-bold">Feeds</h2>
        <p>
          To be told of changes rather than poll the API, follow an Atom feed. Both carry the latest 50 entries, newest first, with
          ids that never change, dates from the data, an <code>ETag</code> and open CORS like the API.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <a href="/feed.xml">/feed.xml</a>: each quarterly snapshot and correction as it is published, and each status reported for a
            commitment (corrections included).
          </li>
          <li>
            <code>/commitments/{'{id}'}/feed.xml</code>: one commitment&apos;s status updates, new evidence and corrections, and
            corrections of snapshots that include it; 404 for an unknown id. Each commitment&apos;s page links to it.
          </li>
        </ul>
      </section>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-6">
          <h2 id={`tag-${tag}`} className="text-2xl font-bold">{tag}</h2>
          {paths
            .filter(([, item]) => (item.get.tags as string[]).includes(tag))
            .map(([path, item]) => (
              <ApiOperation key={path} path={path} operation={item.get} />
            ))}
        </section>
      ))}
    </div>
  );
}
