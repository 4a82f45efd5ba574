// Editor forms for snapshots: publish a quarter, or correct a published one.
import { z } from 'zod';
import { requiredText } from '@/lib/schemas/fields';
import { quarterSchema } from '@/lib/snapshots/quarter';

export const publishSnapshotSchema = z.object({ quarter: quarterSchema });

export const correctSnapshotSchema = z.object({
  quarter: quarterSchema,
  note: requiredText('what was wrong', { max: 2000 }),
});
