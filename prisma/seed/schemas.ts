// The shape of the project's seed files (prisma/seed/data/*.json). They are
// checked here, at the boundary, so a hand edit that breaks a date, a status or
// a link stops the seed with a message instead of landing in the database.
import { z } from 'zod';
import { CommitmentStatus } from '../../lib/generated/prisma/enums.ts';

const isoDate = z.iso.date();
const webUrl = z.url({ protocol: /^https?$/ });
const text = z.string().trim().min(1);
const optionalText = text.nullable();
const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated id');

export const sourceSeedSchema = z.strictObject({
  id: slugId,
  title: text,
  publisher: text,
  publishedOn: isoDate.nullable(),
  url: webUrl,
  note: optionalText,
});

export const evidenceSeedSchema = z.strictObject({
  seedKey: text,
  asOf: isoDate.nullable(),
  note: text,
  url: webUrl,
  linkTitle: text,
  status: z.enum(CommitmentStatus).nullable(),
  // Required even when status is null: it records why the entry carries none.
  statusBasis: text,
});

export const commitmentSeedSchema = z.strictObject({
  id: slugId,
  sourceId: slugId,
  theme: text,
  pillar: optionalText,
  pillarNote: optionalText,
  summary: text,
  measure: text,
  announcedOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
  dueNote: optionalText,
  url: webUrl,
  statusNote: optionalText,
  caveat: optionalText,
  sortOrder: z.int().nonnegative(),
  evidence: z.array(evidenceSeedSchema),
});

export const findingSeedSchema = z.strictObject({
  id: slugId,
  sourceId: slugId,
  statement: text,
  figure: z.number().finite().nullable(),
  unit: optionalText,
  population: optionalText,
  url: webUrl,
  note: optionalText,
  sortOrder: z.int().nonnegative(),
});

export const observationSeedSchema = z
  .strictObject({
    seedKey: text,
    periodLabel: text,
    periodStart: isoDate.nullable(),
    periodEnd: isoDate.nullable(),
    groupLabel: optionalText,
    areaCode: optionalText,
    value: z.number().finite(),
    url: webUrl,
    note: optionalText,
    sourceId: slugId.nullable(),
    sortOrder: z.int().nonnegative(),
  })
  .refine((o) => (o.periodStart === null) === (o.periodEnd === null), 'periodStart and periodEnd are set together or not at all')
  .refine((o) => o.periodStart === null || o.periodEnd === null || o.periodStart <= o.periodEnd, 'periodStart is after periodEnd');

export const indicatorSeedSchema = z.strictObject({
  id: slugId,
  label: text,
  unit: text,
  definition: optionalText,
  sourceId: slugId.nullable(),
  sortOrder: z.int().nonnegative(),
  observations: z.array(observationSeedSchema).min(1),
});

export const disputeSeedSchema = z.strictObject({
  id: slugId,
  topic: text,
  detail: text,
  urls: z.array(webUrl).min(1),
  sortOrder: z.int().nonnegative(),
});

export const gapSeedSchema = z.strictObject({
  id: slugId,
  text,
  sortOrder: z.int().nonnegative(),
});

export const seedFileSchemas = {
  sources: z.array(sourceSeedSchema),
  commitments: z.array(commitmentSeedSchema),
  findings: z.array(findingSeedSchema),
  indicators: z.array(indicatorSeedSchema),
  disputes: z.array(disputeSeedSchema),
  gaps: z.array(gapSeedSchema),
} as const;

export type SeedFileName = keyof typeof seedFileSchemas;
export type SourceSeed = z.infer<typeof sourceSeedSchema>;
export type EvidenceSeed = z.infer<typeof evidenceSeedSchema>;
export type CommitmentSeed = z.infer<typeof commitmentSeedSchema>;
export type FindingSeed = z.infer<typeof findingSeedSchema>;
export type ObservationSeed = z.infer<typeof observationSeedSchema>;
export type IndicatorSeed = z.infer<typeof indicatorSeedSchema>;
export type DisputeSeed = z.infer<typeof disputeSeedSchema>;
export type GapSeed = z.infer<typeof gapSeedSchema>;

export interface SeedData {
  sources: SourceSeed[];
  commitments: CommitmentSeed[];
  findings: FindingSeed[];
  indicators: IndicatorSeed[];
  disputes: DisputeSeed[];
  gaps: GapSeed[];
}
