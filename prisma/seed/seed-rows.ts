// Seed-file entries turned into the exact column values each table stores.
import type { Prisma } from '../../lib/generated/prisma/client.ts';
import type {
  CommitmentSeed,
  DisputeSeed,
  EvidenceSeed,
  FindingSeed,
  GapSeed,
  IndicatorSeed,
  ObservationSeed,
  SourceSeed,
} from './schemas.ts';
import { seedUuid } from './seed-uuid.ts';

export const CATALOGUE_ORIGIN = 'catalogue';

// When the catalogue entries were recorded in the project (the day the seed
// files were made). Fixed, so that reseeding never changes a row.
export const CATALOGUE_RECORDED_AT = new Date('2026-11-24T00:00:00.000Z');

function day(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00.000Z`);
}

export function sourceRow(s: SourceSeed): Prisma.SourceCreateManyInput {
  return { id: s.id, title: s.title, publisher: s.publisher, publishedOn: day(s.publishedOn), url: s.url, note: s.note };
}

export function commitmentRow(c: CommitmentSeed): Prisma.CommitmentCreateManyInput {
  const { evidence: _evidence, announcedOn, dueOn, ...fields } = c;
  return { ...fields, announcedOn: day(announcedOn), dueOn: day(dueOn) };
}

export function statusUpdateRow(commitmentId: string, e: EvidenceSeed): Prisma.StatusUpdateCreateManyInput {
  return {
    id: seedUuid('status-update', e.seedKey),
    commitmentId,
    status: e.status,
    asOf: day(e.asOf),
    note: e.note,
    statusBasis: e.statusBasis,
    origin: CATALOGUE_ORIGIN,
    seedKey: e.seedKey,
    correctsId: null,
    recordedById: null,
    recordedAt: CATALOGUE_RECORDED_AT,
  };
}

export function evidenceLinkRow(statusUpdateId: string, e: EvidenceSeed): Prisma.EvidenceLinkCreateManyInput {
  return { id: seedUuid('evidence-link', e.seedKey), statusUpdateId, title: e.linkTitle, url: e.url, position: 0 };
}

export function findingRow(f: FindingSeed): Prisma.FindingCreateManyInput {
  return { ...f };
}

export function indicatorRow(i: IndicatorSeed): Prisma.IndicatorCreateManyInput {
  const { observations: _observations, ...fields } = i;
  return fields;
}

export function observationRow(indicatorId: string, o: ObservationSeed): Prisma.ObservationCreateManyInput {
  return {
    ...o,
    id: seedUuid('observation', o.seedKey),
    indicatorId,
    periodStart: day(o.periodStart),
    periodEnd: day(o.periodEnd),
    importBatchId: null,
  };
}

export function disputeRow(d: DisputeSeed): Prisma.DisputeCreateManyInput {
  return { ...d };
}

export function gapRow(g: GapSeed): Prisma.DataGapCreateManyInput {
  return { ...g };
}
