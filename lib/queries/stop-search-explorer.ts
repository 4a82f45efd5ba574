// What the stop-and-search explorer, the borough pages, their CSV files and
// the overview's headline figures show. Every figure comes from
// getStopSearchSummary; this module only decides which questions each view
// asks and runs each distinct question once.
import 'server-only';
import { cache } from 'react';
import { getReadDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { getStopSearchSummary } from '@/lib/queries/stop-search-summary';
import { areaFigures, boroughMapView, type AreaFigures } from '@/lib/stop-search/borough-views';
import { FORCE_NAMES } from '@/lib/stop-search/forces';
import { toSummaryParams, type ExplorerParams } from '@/lib/stop-search/explorer-params';
import type { ExplorerView, ViewId } from '@/lib/stop-search/explorer-view';
import { distributionView, outcomesView, ratesView, ratioView, searchesView, type ViewContext } from '@/lib/stop-search/explorer-views';
import type { Dimension } from '@/lib/stop-search/dimensions';
import type { SummaryParams } from '@/lib/stop-search/summary-params';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';
import { headlinesFrom } from '@/lib/stop-search/headlines';
import { cachedQuery } from '@/lib/cache/cached-query';
import { loadedBatches } from '@/lib/queries/loaded-batches';
import { monthsOf } from '@/lib/stop-search/batch-coverage';

export interface Borough {
  code: string;
  name: string;
}

async function listBoroughsFromDb(db: Db = getReadDb()): Promise<Borough[]> {
  return db.$queryRawUnsafe<Borough[]>(`SELECT code, name FROM areas WHERE code LIKE 'E09%' ORDER BY code`);
}

async function getBoroughFromDb(code: string, db: Db = getReadDb()): Promise<Borough | null> {
  if (!/^E09\d{6}$/.test(code)) return null;
  const rows = await db.$queryRawUnsafe<Borough[]>(`SELECT code, name FROM areas WHERE code = $1`, code);
  return rows[0] ?? null;
}

/** The months any force has imported, for the period controls. */
async function listImportedMonthsFromDb(db: Db = getReadDb()): Promise<string[]> {
  return monthsOf((await loadedBatches(db)).batches);
}

const legislationKept = new WeakMap<Db, { version: string; values: Promise<string[]> }>();

/** The laws searches were made under, for the legislation control (kept until the next import). */
async function listLegislationFromDb(db: Db = getReadDb()): Promise<string[]> {
  const { version } = await loadedBatches(db);
  const hit = legislationKept.get(db);
  if (hit && hit.version === version) return hit.values;
  const values = db
    .$queryRawUnsafe<{ v: string }[]>(`SELECT DISTINCT value AS v FROM stop_search_monthly_by WHERE dimension = 'legislation' ORDER BY 1`)
    .then((rows) => rows.map((r) => r.v));
  legislationKept.set(db, { version, values });
  return values;
}

/** How the area of the figures reads in a sentence. */
export function areaPhrase(p: ExplorerParams, boroughName?: string): string {
  if (boroughName) return boroughName;
  if (p.force === 'metropolitan') return "the Met's area (London without the City)";
  if (p.force === 'city-of-london') return 'the City of London';
  return 'London';
}

// Within one server render, views asking the same question (the explorer's
// sections are separate components streamed on their own) share one answer:
// React's cache() memoises per request. Outside a render it simply calls through.
const summaryForRequest = cache(async (key: string, db: Db) => {
  const { version } = await loadedBatches(db);
  return remembered(db, `${version}|${key}`, () => getStopSearchSummary(JSON.parse(key) as SummaryParams, db));
});

// Answers are also kept between requests, keyed by the question and by the
// state of the imports (loaded batches and when the last one finished), so a
// view asked for again (the back button, a shared link, the default view) is
// served at once, and any import makes every kept answer stale. Small: the
// last 200 questions, per database client.
const KEEP = 200;
const kept = new WeakMap<Db, Map<string, Promise<StopSearchSummaryData>>>();

function remembered(db: Db, key: string, compute: () => Promise<StopSearchSummaryData>): Promise<StopSearchSummaryData> {
  const map = kept.get(db) ?? new Map<string, Promise<StopSearchSummaryData>>();
  kept.set(db, map);
  const hit = map.get(key);
  if (hit) {
    map.delete(key);
    map.set(key, hit); // most recently used last
    return hit;
  }
  const answer = compute();
  map.set(key, answer);
  answer.catch(() => map.delete(key)); // errors (a bad filter) are not kept
  while (map.size > KEEP) map.delete(map.keys().next().value!);
  return answer;
}

/** Runs each distinct summary question once, however many views share it. */
function memoSummary(db: Db) {
  const local = new Map<string, Promise<StopSearchSummaryData>>();
  return (params: SummaryParams) => {
    const key = JSON.stringify(params);
    if (!local.has(key)) local.set(key, summaryForRequest(key, db));
    return local.get(key)!;
  };
}

async function getExplorerViewsFromDb(ids: readonly ViewId[], p: ExplorerParams, db: Db = getReadDb()): Promise<ExplorerView[]> {
  const summary = memoSummary(db);
  const borough = p.borough ? await getBorough(p.borough, db) : null;
  const ctx: ViewContext = { area: areaPhrase(p, borough?.name), field: p.ethnicity };
  const byEthnicity = () => summary(toSummaryParams(p, ['ethnicity']));
  const build = async (id: ViewId): Promise<ExplorerView> => {
    switch (id) {
      case 'searches':
        return searchesView(await byEthnicity());
      case 'rates':
        return ratesView(await byEthnicity(), ctx);
      case 'ratio':
        return ratioView(await byEthnicity(), ctx);
      case 'outcomes':
        return outcomesView(await byEthnicity());
      case 'legislation':
      case 'object':
      case 'age':
      case 'gender':
        return distributionView(id, await summary(toSummaryParams(p, [id as Dimension])));
      case 'boroughs': {
        // The map shows every borough, so a chosen borough does not filter it.
        const all = { ...p, borough: undefined };
        const [a, black, boroughs] = await Promise.all([
          summary(toSummaryParams(all, ['borough'])),
          summary(toSummaryParams(all, ['borough'], { ethnicity: 'Black' })),
          listBoroughs(db),
        ]);
        return boroughMapView(a, black, boroughs, p.measure);
      }
    }
  };
  return Promise.all(ids.map(build));
}

export interface BoroughComparison {
  borough: Borough;
  boroughFigures: AreaFigures;
  areaFigures: AreaFigures;
  areaName: string;
  summary: StopSearchSummaryData;
}

/** A borough's figures over the months shown, against the area its force polices (London, or the Met's area). */
async function getBoroughComparisonFromDb(borough: Borough, p: ExplorerParams, db: Db = getReadDb()): Promise<BoroughComparison> {
  const summary = memoSummary(db);
  const inBorough = { ...p, borough: borough.code };
  const wide = { ...p, borough: undefined };
  const [bAll, bEth, aAll, aEth] = await Promise.all([
    summary(toSummaryParams(inBorough, [])),
    summary(toSummaryParams(inBorough, ['ethnicity'])),
    summary(toSummaryParams(wide, [])),
    summary(toSummaryParams(wide, ['ethnicity'])),
  ]);
  return { borough, boroughFigures: areaFigures(bAll, bEth), areaFigures: areaFigures(aAll, aEth), areaName: areaPhrase(wide), summary: bAll };
}

export { FORCE_NAMES };

/** The overview's stop-and-search figures: the latest complete period of the explorer's default view (both forces, years, officer-defined ethnicity). */
async function getStopSearchHeadlinesFromDb(db: Db = getReadDb()): Promise<ReturnType<typeof headlinesFrom>> {
  const p: ExplorerParams = { ethnicity: 'officer', period: 'year', measure: 'rate' };
  const data = await getStopSearchSummary(toSummaryParams(p, ['ethnicity']), db);
  return headlinesFrom(data);
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listBoroughs = cachedQuery('stop-search-explorer/listBoroughs', listBoroughsFromDb);
export const getBorough = cachedQuery('stop-search-explorer/getBorough', getBoroughFromDb);
export const listImportedMonths = cachedQuery('stop-search-explorer/listImportedMonths', listImportedMonthsFromDb);
export const listLegislation = cachedQuery('stop-search-explorer/listLegislation', listLegislationFromDb);
export const getExplorerViews = cachedQuery('stop-search-explorer/getExplorerViews', getExplorerViewsFromDb);
export const getBoroughComparison = cachedQuery('stop-search-explorer/getBoroughComparison', getBoroughComparisonFromDb);
export const getStopSearchHeadlines = cachedQuery('stop-search-explorer/getStopSearchHeadlines', getStopSearchHeadlinesFromDb);
