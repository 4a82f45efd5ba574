import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CopyLink } from '@/components/stop-search/copy-link';
import { Controls, NothingImported, ParamsError } from '@/components/stop-search/explorer-parts';
import { ViewFigure } from '@/components/stop-search/view-figure';
import { ViewTable } from '@/components/stop-search/view-table';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { getBorough, getBoroughComparison, getExplorerViews, listImportedMonths, listLegislation } from '@/lib/queries/stop-search-explorer';
import { boroughComparisonView } from '@/lib/stop-search/borough-comparison-view';
import { viewCsvHref, viewPermalink } from '@/lib/stop-search/explorer-links';
import { explorerQueryString, parseExplorerParams, type ExplorerParams } from '@/lib/stop-search/explorer-params';
import type { ViewColumn, ViewRow } from '@/lib/stop-search/explorer-view';
import { ParameterError } from '@/lib/stop-search/parameter-error';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const borough = await getBorough((await params).code);
  return { title: borough ? `Stop and search in ${borough.name}` : 'Borough not found' };
}

async function load(code: string, name: string, p: ExplorerParams) {
  try {
    const here = { ...p, borough: code };
    const [comparison, views] = await Promise.all([getBoroughComparison({ code, name }, p), getExplorerViews(['rates', 'ratio', 'searches'], here)]);
    return { comparison, views, error: null };
  } catch (error) {
    if (error instanceof ParameterError) return { comparison: null, views: null, error: error.message };
    throw error;
  }
}

export default async function BoroughPage({ params, searchParams }: Props) {
  const borough = await getBorough((await params).code);
  if (!borough) notFound();
  const parsed = parseExplorerParams(await searchParams, ['borough']);
  const [months, legislation] = await Promise.all([listImportedMonths(), listLegislation()]);
  const loaded = parsed.ok ? await load(borough.code, borough.name, parsed.params) : { comparison: null, views: null, error: parsed.message };
  const page = `/boroughs/${borough.code}`;
  const qs = parsed.ok ? explorerQueryString(parsed.params) : '';
  const c = loaded.comparison;
  const view = c ? boroughComparisonView(borough.code, borough.name, c.boroughFigures, c.areaName, c.areaFigures) : null;
  const here = parsed.ok ? { ...parsed.params, borough: borough.code } : null;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Stop and search in {borough.name}</h1>
        <p className="max-w-3xl">
          Searches placed in {borough.name} (borough code {borough.code}) from the police&apos;s approximate location of each search, set against the same figures for the wider area.{' '}
          <a href={`/stop-and-search${qs ? `?${qs}` : ''}#boroughs`}>See every borough on the map</a>.
        </p>
      </div>
      {months.length === 0 ? <NothingImported /> : null}
      <Controls options={{ months, boroughs: [], legislation, showBorough: false }} action={page} />
      {loaded.error ? <ParamsError message={loaded.error} resetHref={page} /> : null}
      {view && c ? (
        <section id="comparison" aria-labelledby="comparison-heading" className="space-y-3 rounded border border-slate-300 p-4">
          <h2 id="comparison-heading" className="text-xl font-bold">{borough.name} against {c.areaName}</h2>
          <p data-testid="summary">{view.summary}</p>
          {view.warnings.map((w) => (
            <p key={w} className="border-l-4 border-amber-600 bg-amber-50 p-2 text-sm"><strong>Read with care:</strong> {w}</p>
          ))}
          <ViewTable caption={`${borough.name} against ${c.areaName}: figures over the months shown`} columns={view.columns} rows={view.rows} rowKind={(r: ViewRow) => (r as ViewRow & { kind: ViewColumn['kind'] }).kind} />
          <p className="text-sm text-slate-700">
            <strong>Source:</strong> {c.summary.sources.map((s) => s.publisher).join('; ')}. Months {c.summary.query.from ?? '–'} to {c.summary.query.to ?? '–'}; rates and ratios cover all of
            them together. Ethnicity {c.summary.query.ethnicity === 'officer' ? 'as recorded by the officer' : 'as the person described it'}.
          </p>
          <DownloadCsvLink href={`${page}/comparison.csv${qs ? `?${qs}` : ''}`} label={`Download CSV: ${borough.name} against ${c.areaName}`} />
          <CopyLink path={`${page}${qs ? `?${qs}` : ''}#comparison`} label="Link to this view:" />
        </section>
      ) : null}
      {loaded.views && here
        ? loaded.views.map((v) => <ViewFigure key={v.id} view={v} csvHref={viewCsvHref(here, v.id)} permalink={viewPermalink(here, v.id, page)} />)
        : null}
    </div>
  );
}
