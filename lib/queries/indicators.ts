// Reads for indicators (time series with units and sources). The overview's
// charts, the indicator CSV and the API all read through here.
import 'server-only';
import type { IndicatorInput, ObservationInput, SourceRef } from '@/lib/charts/indicator-series';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface IndicatorWithObservations extends IndicatorInput {
  observations: ObservationInput[];
}

export interface IndicatorListItem extends IndicatorInput {
  observationCount: number;
}

const sourceSelect = { select: { id: true, title: true, publisher: true, url: true } } as const;

// Values are stored as DECIMAL(14,4); every catalogue figure fits a JS number exactly
// to the four places stored, and charts and sentences need numbers.
function toObservation(row: {
  periodLabel: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  groupLabel: string | null;
  areaCode: string | null;
  value: { toNumber(): number };
  url: string;
  note: string | null;
  sortOrder: number;
  source: SourceRef | null;
}): ObservationInput {
  return { ...row, value: row.value.toNumber() };
}

async function getIndicatorFromDb(id: string, db: Db = getDb()): Promise<IndicatorWithObservations | null> {
  const row = await db.indicator.findUnique({
    where: { id },
    select: {
      id: true,
      label: true,
      unit: true,
      definition: true,
      source: sourceSelect,
      observations: {
        orderBy: [{ sortOrder: 'asc' }, { periodStart: 'asc' }, { id: 'asc' }],
        select: {
          periodLabel: true,
          periodStart: true,
          periodEnd: true,
          groupLabel: true,
          areaCode: true,
          value: true,
          url: true,
          note: true,
          sortOrder: true,
          source: sourceSelect,
        },
      },
    },
  });
  if (!row) return null;
  return { ...row, observations: row.observations.map(toObservation) };
}

/** Several indicators at once, in the order asked for; ids that do not exist are left out. */
export async function getIndicators(ids: readonly string[], db: Db = getDb()): Promise<IndicatorWithObservations[]> {
  const found = await Promise.all(ids.map((id) => getIndicator(id, db)));
  return found.filter((indicator): indicator is IndicatorWithObservations => indicator !== null);
}

async function listIndicatorsFromDb(db: Db = getDb()): Promise<IndicatorListItem[]> {
  const rows = await db.indicator.findMany({
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      label: true,
      unit: true,
      definition: true,
      source: sourceSelect,
      _count: { select: { observations: true } },
    },
  });
  return rows.map(({ _count, ...rest }) => ({ ...rest, observationCount: _count.observations }));
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const getIndicator = cachedQuery('indicators/getIndicator', getIndicatorFromDb);
export const listIndicators = cachedQuery('indicators/listIndicators', listIndicatorsFromDb);
