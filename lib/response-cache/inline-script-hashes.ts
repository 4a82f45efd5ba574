// A page kept in the response cache is sent to many readers, so it cannot
// carry a per-response nonce: a nonce that is reused is one an attacker can
// learn. Instead its policy lists the SHA-256 of each inline script the page
// really contains (CSP Level 2 hashes), so only those exact scripts run.
import { createHash } from 'node:crypto';

// An inline script is a <script> without src; its text runs up to the first
// </script> (HTML does not allow that sequence inside a script).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(^|\s)src\s*=/i;

/** The text of every inline script in the page, as the browser hashes it (raw, not entity-decoded). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    if (!HAS_SRC.test(match[1] ?? '')) found.push(match[2] ?? '');
  }
  return found;
}

/** `'sha256-…'` sources for a script-src directive, one per distinct inline script. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const text of inlineScripts(html)) hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return [...hashes];
}
