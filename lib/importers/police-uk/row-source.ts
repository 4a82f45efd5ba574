// What a row source hands the importer, checked with zod before anything
// touches the database: an identity the batch can be trusted with.
import { z } from 'zod';
import { PoliceFileError } from '@/lib/importers/police-uk/errors';
import { FORCE_PATTERN, MONTH_PATTERN } from '@/lib/importers/police-uk/file-name';
import type { ParsedRow } from '@/lib/importers/police-uk/parse';
import type { ImportOptions } from '@/lib/importers/police-uk/report';

export interface PoliceRowSource {
  /** Shown in messages and stored on the batch. */
  fileName: string;
  /** data.police.uk force id, e.g. "metropolitan". */
  force: string;
  /** YYYY-MM, the London-time month the rows belong to. */
  month: string;
  /** sha256 (hex) of the published file: how a repeat import is recognised. */
  sha256: string;
  rows: AsyncIterable<ParsedRow>;
  totalRowsEstimate?: number;
}

const sourceSchema = z.object({
  fileName: z.string().trim().min(1, 'is empty').max(255, 'is longer than 255 characters'),
  force: z.string().regex(FORCE_PATTERN, 'must be a data.police.uk force id such as "metropolitan"'),
  month: z.string().regex(MONTH_PATTERN, 'must be YYYY-MM'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  totalRowsEstimate: z.number().int().nonnegative().optional(),
});

const optionsSchema = z.object({
  replace: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  importedById: z.string().min(1).nullable().default(null),
});

export function checkSource(source: PoliceRowSource) {
  const { rows, ...identity } = source;
  const result = sourceSchema.safeParse(identity);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PoliceFileError('bad-identity', source.fileName || '(unnamed file)', `${String(issue.path[0])} ${issue.message}`);
  }
  return { ...result.data, rows };
}
export type CheckedSource = ReturnType<typeof checkSource>;
export type CheckedOptions = z.output<typeof optionsSchema>;

/** Options come from code (the CLI, an upload handler), so a bad one is a bug: say which. */
export function checkOptions(options: ImportOptions): CheckedOptions {
  const result = optionsSchema.safeParse({ replace: options.replace, dryRun: options.dryRun, importedById: options.importedById });
  if (!result.success) throw new TypeError(`Invalid import options: ${z.prettifyError(result.error)}`);
  return result.data;
}
