// What never reaches a log line: credentials, cookies and anything that
// identifies a person (email addresses, IP addresses). pino's redact needs
// exact paths, so each key is listed at the top level and a few levels down,
// where it would sit inside a headers object, a request or an error's context.
const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'Set-Cookie',
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'sessionToken',
  'secret',
  'AUTH_SECRET',
  'DATABASE_URL',
  'connectionString',
  'email',
  'Email',
  'ip',
  'ipAddress',
  'remoteAddress',
  'x-forwarded-for',
  'X-Forwarded-For',
  'x-real-ip',
];

const DEPTH = 3;

function pathFor(prefix: string, key: string): string {
  // Keys that are not plain identifiers need the bracket form.
  const part = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  if (!prefix) return part;
  return part.startsWith('[') ? `${prefix}${part}` : `${prefix}.${part}`;
}

export function redactPaths(): string[] {
  const paths: string[] = [];
  for (let depth = 0; depth <= DEPTH; depth++) {
    const prefix = Array.from({ length: depth }, () => '*').join('.');
    for (const key of SECRET_KEYS) paths.push(pathFor(prefix, key));
  }
  return paths;
}

export const REDACTED = '[redacted]';
