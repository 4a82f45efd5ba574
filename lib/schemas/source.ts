// A publication commitments are read from.
import { z } from 'zod';
import { optionalDate, optionalText, requiredText, slugField, webAddress } from '@/lib/schemas/fields';

export const createSourceSchema = z.object({
  id: slugField('a short id'),
  title: requiredText('the title', { max: 300 }),
  publisher: requiredText('the publisher', { max: 200 }),
  publishedOn: optionalDate('the publication date', { notInFuture: true }),
  url: webAddress('the address of the publication'),
  note: optionalText('the note', 1000),
});

export type CreateSourceInput = z.output<typeof createSourceSchema>;
