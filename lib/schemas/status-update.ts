// The status update form, checked with this schema in the browser before it
// is sent and again on the server. A correction is the same form plus the
// entry it corrects.
import { z } from 'zod';
import { STATUS_LABELS } from '@/lib/commitments/status';
import { CommitmentStatus } from '@/lib/generated/prisma/enums';
import { optionalText, requiredDate, requiredText, slugField, webAddress } from '@/lib/schemas/fields';

export const EVIDENCE_ONLY = 'EVIDENCE_ONLY';
export const MAX_EVIDENCE_LINKS = 10;

export const STATUS_CHOICES = [...Object.values(CommitmentStatus), EVIDENCE_ONLY] as const;

export const STATUS_CHOICE_LABELS: Record<(typeof STATUS_CHOICES)[number], string> = {
  ...Object.fromEntries(Object.values(CommitmentStatus).map((s) => [s, STATUS_LABELS[s]])),
  [EVIDENCE_ONLY]: 'No status: evidence only',
} as Record<(typeof STATUS_CHOICES)[number], string>;

const isBlank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

// A row left completely empty is ignored; a half-filled one is an error on
// the missing half, so the message sits beside the right box.
const evidenceRow = z
  .object({ title: z.unknown().optional(), url: z.unknown().optional() })
  .superRefine((row, ctx) => {
    if (isBlank(row.title) && isBlank(row.url)) return;
    const title = requiredText('a title for this link', { max: 300 }).safeParse(row.title);
    if (!title.success) ctx.addIssue({ code: 'custom', path: ['title'], message: title.error.issues[0]?.message ?? 'Enter a title.' });
    const url = webAddress('the address of the evidence').safeParse(row.url);
    if (!url.success) ctx.addIssue({ code: 'custom', path: ['url'], message: url.error.issues[0]?.message ?? 'Enter a web address.' });
  })
  .transform((row) =>
    isBlank(row.title) && isBlank(row.url) ? null : { title: String(row.title).trim(), url: String(row.url).trim() },
  );

const evidenceList = z
  .array(evidenceRow, { error: 'Add at least one evidence link.' })
  .transform((rows) => rows.filter((row): row is { title: string; url: string } => row !== null))
  .refine((rows) => rows.length >= 1, { error: 'Add at least one evidence link: the page that shows this status.' })
  .refine((rows) => rows.length <= MAX_EVIDENCE_LINKS, { error: `Add at most ${MAX_EVIDENCE_LINKS} evidence links.` });

export const statusUpdateSchema = z.object({
  commitmentId: slugField('the commitment'),
  status: z
    .enum(STATUS_CHOICES, { error: 'Choose a status, or "No status: evidence only".' })
    .transform((choice) => (choice === EVIDENCE_ONLY ? null : choice)),
  asOf: requiredDate('the date this status is true on', { notInFuture: true }),
  note: requiredText('a note saying what happened', { min: 10, max: 2000 }),
  statusBasis: optionalText('the reason', 1000),
  evidence: z.preprocess((v) => v ?? [], evidenceList),
});

export const correctionSchema = statusUpdateSchema.extend({
  correctsId: z.uuid({ error: 'Choose the entry to correct.' }),
});

export type StatusUpdateInput = z.output<typeof statusUpdateSchema>;
export type CorrectionInput = z.output<typeof correctionSchema>;
