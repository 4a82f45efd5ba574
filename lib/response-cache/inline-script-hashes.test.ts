import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineScripts } from './inline-script-hashes';

describe('inlineScriptHashes', () => {
  it("gives the hash published for alert('Hello, world.'); in the CSP documentation", () => {
    // MDN's script-src page and the CSP Level 2 examples use this script and hash.
    expect(inlineScriptHashes("<p>x</p><script>alert('Hello, world.');</script>")).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
  });

  it('hashes inline scripts whatever their attributes, skips scripts loaded from a file, and lists a repeated script once', () => {
    const html = [
      '<script nonce="abc" id="_R_">self.a=1</script>',
      '<script src="/_next/static/chunks/x.js" async="" nonce="abc"></script>',
      '<script async src=/y.js></script>',
      '<SCRIPT type="module">self.b=2</SCRIPT >',
      '<script nonce="abc">self.a=1</script>',
      '<script data-source="x">\n  multi\n  line\n</script>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['self.a=1', 'self.b=2', 'self.a=1', '\n  multi\n  line\n']);
    const sha = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.a=1'), sha('self.b=2'), sha('\n  multi\n  line\n')]);
  });

  it('hashes the raw text, with entities left as written and non-ASCII as UTF-8', () => {
    const [hash] = inlineScriptHashes('<script>x="&amp; £"</script>');
    expect(hash).toBe(`'sha256-${createHash('sha256').update(Buffer.from('x="&amp; \u00a3"', 'utf8')).digest('base64')}'`);
  });
});
