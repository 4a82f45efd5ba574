import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { ensureRequestId, requestIdOf } from './request-id';

function capture(level = 'info') {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines: () => text.trim().split('\n').filter(Boolean) };
}

// Values a careless log call could leak, each distinctive enough to grep for.
const SECRETS = {
  authorization: 'Bearer eyJsecret-bearer-value',
  cookie: 'better-auth.session_token=cookie-value-123',
  password: 'correct horse battery staple',
  token: 'tok_0123456789abcdef',
  email: 'someone@example.org',
  ip: '203.0.113.77',
  forwarded: '198.51.100.23',
};

describe('the logger', () => {
  it('writes one JSON object per line with level, time and message', () => {
    const { logger, lines } = capture();
    logger.info({ rows: 3 }, 'imported');
    logger.debug('not at info level');
    expect(lines()).toHaveLength(1);
    const line = JSON.parse(lines()[0]!);
    expect(line).toMatchObject({ level: 'info', msg: 'imported', rows: 3 });
    expect(new Date(line.time).toString()).not.toBe('Invalid Date');
  });

  it('never writes credentials or personal data, at the top level or nested', () => {
    const { logger, lines } = capture('trace');
    logger.info({ password: SECRETS.password, email: SECRETS.email, ip: SECRETS.ip, token: SECRETS.token }, 'top level');
    logger.warn(
      {
        req: { headers: { authorization: SECRETS.authorization, cookie: SECRETS.cookie, 'x-forwarded-for': SECRETS.forwarded } },
        user: { email: SECRETS.email, session: { token: SECRETS.token } },
      },
      'nested',
    );
    logger.child({ requestId: 'req-12345678' }).error({ input: { email: SECRETS.email, password: SECRETS.password } }, 'child');
    const output = lines().join('\n');
    expect(lines()).toHaveLength(3);
    for (const value of Object.values(SECRETS)) expect(output).not.toContain(value);
    // The lines are still there, with the fields marked rather than dropped.
    expect(JSON.parse(lines()[1]!).req.headers.cookie).toBe('[redacted]');
    expect(JSON.parse(lines()[2]!)).toMatchObject({ requestId: 'req-12345678', input: { email: '[redacted]' } });
  });
});

describe('request ids', () => {
  it('keeps a well-formed id and replaces a missing or suspicious one', () => {
    expect(requestIdOf(new Headers({ 'x-request-id': 'abc-12345678' }))).toBe('abc-12345678');
    expect(requestIdOf(new Headers({ 'x-request-id': 'short' }))).toBeNull();
    expect(requestIdOf(new Headers({ 'x-request-id': 'has space and <b>markup</b>' }))).toBeNull();
    expect(requestIdOf(new Headers())).toBeNull();
    expect(ensureRequestId(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
    expect(ensureRequestId(new Headers())).not.toBe(ensureRequestId(new Headers()));
  });
});
