// Expected failures of the user:* commands, as the one-line errors runCli prints.
import { UserInputError } from '../../lib/users/create-user.ts';
import { UsageError } from '../run-cli.ts';

// Prisma's code for "the table does not exist".
const MISSING_TABLE = 'P2021';

export function asUsageError(error: unknown): unknown {
  if (error instanceof UserInputError) return new UsageError(error.message);
  if ((error as { code?: unknown }).code === MISSING_TABLE) {
    return new UsageError('The database has no tables yet: run `npm run db:migrate` (or `npm start`) first.');
  }
  return error;
}
