// A commitment's description, as editors add or change it. Its status is not
// here: that comes only from dated status updates.
import { z } from 'zod';
import { optionalDate, optionalText, requiredText, slugField, webAddress } from '@/lib/schemas/fields';

export const commitmentFieldsSchema = z.object({
  sourceId: slugField('the source'),
  theme: slugField('a theme'),
  pillar: optionalText('the pillar', 200),
  pillarNote: optionalText('the note on the pillar', 1000),
  summary: requiredText('a summary in our own words', { min: 10, max: 600 }),
  measure: requiredText('what would show delivery', { min: 5, max: 1000 }),
  announcedOn: optionalDate('the date it was announced', { notInFuture: true }),
  dueOn: optionalDate('the deadline'),
  dueNote: optionalText('the note on the deadline', 500),
  url: webAddress('the address of the page it was read from'),
  statusNote: optionalText('the note on what the evidence shows', 1000),
  caveat: optionalText('the caveat', 1000),
});

export const createCommitmentSchema = commitmentFieldsSchema.extend({ id: slugField('a short id for the address') });
export const updateCommitmentSchema = commitmentFieldsSchema.extend({ id: slugField('the commitment') });

export type CommitmentFields = z.output<typeof commitmentFieldsSchema>;
export type CreateCommitmentInput = z.output<typeof createCommitmentSchema>;
