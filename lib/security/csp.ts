// The Content-Security-Policy every page is served with. Scripts run only
// with this response's nonce (Next.js adds it to its own scripts) or when a
// nonced script loads them; inline scripts an attacker injects do not run.
// Styles allow 'unsafe-inline' because React and Recharts write style
// attributes, which nonces cannot cover; that is accepted for styles only.

export interface CspOptions {
  nonce: string;
  /** Next.js development mode needs eval for its error overlay. */
  dev: boolean;
  /** Pages made to be embedded in other sites' frames. */
  embeddable: boolean;
  /** Served over https: ask browsers to upgrade any http sub-request. */
  https: boolean;
}

/** Pages made for embedding live under these prefixes; every other page refuses to be framed. */
export const EMBEDDABLE_PREFIXES = ['/embed/'] as const;

export function isEmbeddablePath(pathname: string): boolean {
  return EMBEDDABLE_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

export function buildCsp(options: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.embeddable ? '*' : "'none'"}`,
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The same policy for a page kept in the response cache (lib/response-cache):
 * the page's inline scripts are allowed by their hashes instead of a nonce, and
 * its script files by 'self'. 'strict-dynamic' is dropped because it would make
 * browsers ignore 'self' and block Next.js's <script src> tags, which carry no
 * valid nonce once the page is shared. Every other directive is kept as is.
 */
export function withScriptHashes(csp: string, hashes: readonly string[]): string {
  return csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (/^script-src\s/i.test(d) ? ["script-src 'self'", ...hashes].join(' ') : d))
    .join('; ');
}
