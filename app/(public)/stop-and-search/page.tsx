import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AsyncView, ViewError, ViewSkeleton } from '@/components/stop-search/async-view';
import { BoroughMap, type MapDatum } from '@/components/stop-search/borough-map';
import { Controls, KeyDates, NothingImported, ParamsError } from '@/components/stop-search/explorer-parts';
import { ViewFigure } from '@/components/stop-search/view-figure';
import { getExplorerViews, listBoroughs, listImportedMonths, listLegislation } from '@/lib/queries/stop-search-explorer';
import { formatMeasure, MEASURE_KEYS, MEASURE_LABELS } from '@/lib/stop-search/borough-views';
import { viewCsvHref, viewPermalink } from '@/lib/stop-search/explorer-links';
import { explorerQueryString, MAP_MEASURES, parseExplorerParams, type ExplorerParams } from '@/lib/stop-search/explorer-params';
import type { ExplorerView, ViewId } from '@/lib/stop-search/explorer-view';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { pct } from '@/lib/stop-search/text-summaries';

export const metadata: Metadata = { title: 'Stop and search' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const VIEWS: ViewId[] = ['searches', 'rates', 'ratio', 'boroughs', 'outcomes', 'legislation', 'object', 'age', 'gender'];

/** A law must be one the data has (any case), or every section would be empty. */
function checkLegislation(p: ExplorerParams, known: string[]): string | null {
  if (!p.legislation || known.some((k) => k.toLowerCase() === p.legislation!.trim().toLowerCase())) return null;
  return `no imported search has legislation "${p.legislation}"; choose one from the list`;
}

// The sections answered by the by-ethnic-group question: the top of the page,
// and the figures a reader changing a filter looks at first.
const LEAD_VIEWS: ViewId[] = ['searches', 'rates', 'ratio', 'outcomes'];
const LEAD = new Set<ViewId>(LEAD_VIEWS);

/** The not-stated share and the key dates, from the same answer as the first chart. */
function Context({ searches, p }: { searches: ExplorerView | undefined; p: ExplorerParams }) {
  return (
    <>
      {notStatedLine(searches, p.ethnicity)}
      <KeyDates from={searches?.query.from ?? null} to={searches?.query.to ?? null} />
    </>
  );
}

/**
 * When the other five sections may start: a moment after the lead sections are answered. By then those are on
 * their way to the reader, whose browser can take them in without this server's next six questions competing
 * for a small machine's processors. The moment costs nothing a reader sees: React shows a section that
 * replaced its loading state no sooner than 300 ms after that state appeared.
 */
const REST_WAITS_MS = 150;
const restMayStart = () => new Promise<void>((resolve) => setTimeout(resolve, REST_WAITS_MS));

/** The lead sections' views, or the reason the filters cannot be answered (shown in each of them). */
async function leadViews(p: ExplorerParams): Promise<Map<ViewId, ExplorerView> | ParameterError> {
  try {
    const views = await getExplorerViews(LEAD_VIEWS, p);
    return new Map(views.map((v) => [v.id, v]));
  } catch (error) {
    if (error instanceof ParameterError) return error;
    throw error;
  }
}

function notStatedLine(searches: ExplorerView | undefined, field: string) {
  if (!searches?.rows.length) return null;
  const total = searches.rows.reduce((s, r) => s + Number(r.searches ?? 0), 0);
  const notStated = searches.rows.filter((r) => r.ethnic_group === 'Not stated').reduce((s, r) => s + Number(r.searches ?? 0), 0);
  return (
    <p data-testid="not-stated" className="rounded bg-slate-100 p-3">
      <strong>Ethnicity not stated:</strong> {notStated.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} searches ({total ? pct(notStated / total) : '–'}) in this view have no
      ethnicity {field === 'officer' ? 'recorded by the officer' : 'given by the person searched'}. They are counted under &ldquo;Not stated&rdquo;, never shared out among the groups.
    </p>
  );
}

function MapSection({ view, p }: { view: ExplorerView; p: ExplorerParams }) {
  const key = MEASURE_KEYS[p.measure];
  const data = new Map<string, MapDatum>(
    view.rows.map((r) => {
      const v = typeof r[key] === 'number' ? (r[key] as number) : null;
      return [String(r.borough), { value: v, text: v === null ? 'no figure' : `${formatMeasure(p.measure, v)} ${MEASURE_LABELS[p.measure]}`, small: r.searches_small === true }];
    }),
  );
  const q = explorerQueryString(p, { borough: undefined, measure: undefined });
  return (
    <ViewFigure
      view={view}
      csvHref={viewCsvHref(p, 'boroughs')}
      permalink={viewPermalink(p, 'boroughs')}
      drawing={
        <div className="space-y-2">
          <nav aria-label="Shade the map by" className="flex flex-wrap gap-3 text-sm">
            <span className="font-semibold">Shade by:</span>
            {MAP_MEASURES.map((m) => (
              <a key={m} href={`/stop-and-search?${explorerQueryString(p, { measure: m === 'rate' ? undefined : m })}#boroughs`} aria-current={m === p.measure ? 'true' : undefined} className={m === p.measure ? 'font-bold' : ''}>
                {MEASURE_LABELS[m]}
              </a>
            ))}
          </nav>
          <BoroughMap data={data} measureLabel={MEASURE_LABELS[p.measure]} hrefFor={(code) => `/boroughs/${code}${q ? `?${q}` : ''}`} selected={p.borough} />
        </div>
      }
    />
  );
}

export default async function StopAndSearchPage({ searchParams }: Props) {
  const parsed = parseExplorerParams(await searchParams);
  const [months, boroughs, legislation] = await Promise.all([listImportedMonths(), listBoroughs(), listLegislation()]);
  const error = parsed.ok ? checkLegislation(parsed.params, legislation) : parsed.message;
  const p = parsed.ok && !error ? parsed.params : null;
  // Answered before anything is sent, so the lead sections travel in the first part of the answer: on a filter
  // change the browser then renders the new page once, not once for the frame and again for the figures. The
  // other five sections start their questions only after it (see restMayStart) and stream in on their own.
  const lead = p ? await leadViews(p) : null;
  const rest = lead ? restMayStart() : null;
  const query = p ? explorerQueryString(p) : '';
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Stop and search in London</h1>
        <p className="max-w-3xl">
          How often the police stop and search people in London, who is searched, under which law, what happens next, and in which borough. Every figure is
          counted from the records the Metropolitan Police and the City of London Police publish each month, and every chart has its table, a CSV file and a link
          that reproduces it. How each figure is made is on the <a href="/methodology">methodology page</a>.
        </p>
        {months.length ? (
          <p className="text-sm text-slate-700">Months imported: {months[0]} to {months.at(-1)} ({months.length} months with a file for at least one force; months without a file are missing, not zero).</p>
        ) : null}
      </div>
      {months.length === 0 ? <NothingImported /> : null}
      <Controls options={{ months, boroughs, legislation, showBorough: true }} action="/stop-and-search" />
      {error ? <ParamsError message={error} resetHref="/stop-and-search" /> : null}
      {lead && !(lead instanceof ParameterError) ? <Context searches={lead.get('searches')} p={p!} /> : null}
      {p && lead
        ? VIEWS.map((id) => {
            if (LEAD.has(id)) {
              const view = lead instanceof ParameterError ? null : lead.get(id)!;
              return view ? (
                <ViewFigure key={id} view={view} csvHref={viewCsvHref(p, id)} permalink={viewPermalink(p, id)} />
              ) : (
                <ViewError key={id} id={id} error={lead as ParameterError} />
              );
            }
            // A filter change is a transition, and React keeps a section already on screen until everything it
            // waits for has arrived. These sections are keyed by the question, so on a change each is a new
            // section that shows its loading state instead of holding the lead ones back (docs/performance.md, Pages).
            return (
              <Suspense key={`${id}?${query}`} fallback={<ViewSkeleton id={id} />}>
                <AsyncView id={id} p={p} after={rest!} render={id === 'boroughs' ? (view) => <MapSection view={view} p={p} /> : undefined} />
              </Suspense>
            );
          })
        : null}
    </div>
  );
}
