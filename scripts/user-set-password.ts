// npm run user:set-password -- --email ed@example.org
// Gives an account a new password (typed, not shown, or piped) and signs it
// out everywhere: the way back in for an admin who has lost theirs.
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/prisma-client.ts';
import { setPasswordByEmail } from '../lib/users/set-password.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli, UsageError } from './run-cli.ts';
import { readNewPassword } from './user/read-password.ts';
import { asUsageError } from './user/user-errors.ts';

runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  if (!values.email) throw new UsageError('Give an email address: npm run user:set-password -- --email <address>');
  const password = await readNewPassword();
  const result = await withDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    try {
      return await setPasswordByEmail(prisma, values.email as string, password);
    } catch (error) {
      throw asUsageError(error);
    } finally {
      await prisma.$disconnect();
    }
  });
  console.log(`New password set for ${values.email.trim().toLowerCase()}; ${result.sessionsEnded} session(s) ended.`);
});
