// Entry-point wrapper for command-line tools: expected failures print one
// clear line; only a genuine bug shows a stack trace.
import { DatabaseStartError } from './db/errors.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function runCli(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseStartError || error instanceof UsageError) {
        console.error(`Error: ${error.message}`);
      } else if (error instanceof Error && error.message.startsWith('Invalid environment variable')) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
