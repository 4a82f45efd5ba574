// Every environment variable the project reads, validated once with zod.
// .env.example documents each one.
import { z } from 'zod';

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' });

export const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  // Read-only copies of DATABASE_URL's database, comma-separated: public reads
  // are spread over them, writes stay on DATABASE_URL. Empty or unset: none.
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(postgresUrl)),
  // How long a cached public read counts as fresh when nothing was written
  // through the app (lib/cache/tags.ts). Stale answers are still served while
  // one request refreshes them, so this bounds lateness, not availability.
  DATA_CACHE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  // The response cache in front of the app (lib/response-cache): how long one
  // rendered public page or API answer is sent again to anonymous readers
  // without running the app (0 turns it off), and how much memory it may use.
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),
  RESPONSE_CACHE_MB: z.coerce.number().int().min(1).max(4_096).default(64),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Trailing slashes are dropped so paths can be appended with one '/'.
  POLICE_API_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .default('https://data.police.uk/api')
    .transform((url) => url.replace(/\/+$/, '')),
  // Signs session cookies. `npm start` on the embedded database makes one in
  // .data/ when unset; with DATABASE_URL (a real deployment) it must be set.
  AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters (try: openssl rand -base64 32)' }).optional(),
  // The address people use to reach the site; forms are only accepted from it.
  SITE_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  // How much the server and the import command log (JSON lines, lib/log.ts).
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** The site's own origin: SITE_URL, or this machine on PORT for local runs. */
export function siteOrigin(e: Pick<Env, 'SITE_URL' | 'PORT'>): string {
  return e.SITE_URL ? new URL(e.SITE_URL).origin : `http://localhost:${e.PORT}`;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value in a .env file means "not set", as people expect.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

// Scripts read an optional .env the way Next does for the app; variables
// already set in the environment win.
if (typeof process.loadEnvFile === 'function') {
  try {
    process.loadEnvFile('.env');
  } catch {
    // no .env: the defaults apply
  }
}

export const env = parseEnv(process.env);
