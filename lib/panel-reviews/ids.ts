// Meetings and questions are addressed by UUID; anything else in the address
// is simply not found and never reaches the database.
import { z } from 'zod';

export function parseRecordId(value: string): string | null {
  const parsed = z.uuid().safeParse(value);
  return parsed.success ? parsed.data : null;
}
