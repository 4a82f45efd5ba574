import Link from 'next/link';
import { AuditFiltersForm } from '@/components/editor/audit-filters-form';
import { AuditTable } from '@/components/editor/audit-table';
import { parseAuditFilters } from '@/lib/audit/audit-filters';
import { requireUser } from '@/lib/auth/page-guards';
import { AUDIT_PAGE_SIZE, getAuditFilterOptions, listAuditEntries } from '@/lib/queries/audit-log';

export const metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireUser();
  const raw = await searchParams;
  const parsed = parseAuditFilters(raw);
  const [{ rows, total }, options] = await Promise.all([listAuditEntries(parsed.filters), getAuditFilterOptions()]);
  const page = parsed.filters.page;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const pageLink = (n: number) => {
    const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' && k !== 'page' ? [[k, v]] : [])));
    params.set('page', String(n));
    return `/editor/audit?${params}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p>Every change made in the editor area or on the command line: who, when, and the values before and after.</p>
      <AuditFiltersForm filters={parsed.filters} errors={parsed.ok ? {} : parsed.errors} actions={options.actions} people={options.people} />
      <p>
        {total} {total === 1 ? 'entry' : 'entries'}; page {page} of {pages}.
      </p>
      <AuditTable rows={rows} />
      <nav aria-label="Pages of the log" className="flex gap-4">
        {page > 1 ? <Link href={pageLink(page - 1)}>Newer entries</Link> : null}
        {page < pages ? <Link href={pageLink(page + 1)}>Older entries</Link> : null}
      </nav>
    </div>
  );
}
