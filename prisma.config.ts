import { defineConfig } from 'prisma/config';

// The CLI is only used offline for `prisma generate`; migrations run through
// scripts/migrate.ts (Prisma's WebAssembly schema engine), so no URL is needed here.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
