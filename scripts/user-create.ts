// npm run user:create -- --email ed@example.org [--name "Ed Itor"] [--admin]
// Creates an account that can sign in to the editor area. The password is
// typed (not shown) or piped on standard input; there is no default one.
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/prisma-client.ts';
import { createUserWithPassword } from '../lib/users/create-user.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli, UsageError } from './run-cli.ts';
import { readNewPassword } from './user/read-password.ts';
import { asUsageError } from './user/user-errors.ts';

const USAGE = 'npm run user:create -- --email <address> [--name "<name>"] [--admin]';

runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, admin: { type: 'boolean', default: false } },
  });
  if (!values.email) throw new UsageError(`Give an email address: ${USAGE}`);
  const password = await readNewPassword();
  const user = await withDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    try {
      return await createUserWithPassword(prisma, {
        email: values.email as string,
        name: values.name ?? '',
        role: values.admin ? 'ADMIN' : 'EDITOR',
        password,
      });
    } catch (error) {
      throw asUsageError(error);
    } finally {
      await prisma.$disconnect();
    }
  });
  console.log(`Created ${user.role === 'ADMIN' ? 'admin' : 'editor'} ${user.email}: they can sign in at /sign-in.`);
});
