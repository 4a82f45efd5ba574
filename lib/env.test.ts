import { describe, expect, it } from 'vitest';
import { parseEnv, siteOrigin } from './env';

describe('parseEnv', () => {
  it('needs nothing: every variable has a default or is optional', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, EMBEDDED_PG_DIR: '.data/postgres' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty value as unset, as a copied .env.example would have', () => {
    const env = parseEnv({ DATABASE_URL: '', PORT: '' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('accepts postgres and postgresql URLs', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u:p@db:5432/x' }).DATABASE_URL).toBe('postgres://u:p@db:5432/x');
    expect(parseEnv({ DATABASE_URL: 'postgresql://db/x' }).DATABASE_URL).toBe('postgresql://db/x');
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  it('is a comma-separated list of postgresql URLs, empty when unset', () => {
    expect(parseEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(parseEnv({ DATABASE_REPLICA_URLS: 'postgres://r1/x, postgresql://r2/x,' }).DATABASE_REPLICA_URLS).toEqual([
      'postgres://r1/x',
      'postgresql://r2/x',
    ]);
  });

  it('names the variable when one entry is not a postgresql URL', () => {
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: 'postgres://r1/x,mysql://r2/x' })).toThrow(/DATABASE_REPLICA_URLS/);
  });
});

describe('auth settings', () => {
  it('refuses a short AUTH_SECRET and a SITE_URL that is not a web address', () => {
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
    expect(() => parseEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
  });

  it('takes the site origin from SITE_URL, or localhost on PORT', () => {
    expect(siteOrigin(parseEnv({ SITE_URL: 'https://dash.example.org/some/path' }))).toBe('https://dash.example.org');
    expect(siteOrigin(parseEnv({ PORT: '3300' }))).toBe('http://localhost:3300');
  });
});

describe('LOG_LEVEL', () => {
  it('defaults to info and names the variable when the level is not one pino knows', () => {
    expect(parseEnv({}).LOG_LEVEL).toBe('info');
    expect(parseEnv({ LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
    expect(() => parseEnv({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/);
  });
});
