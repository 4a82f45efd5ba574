import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildZip, manifestOf, readZip } from './zip-archive';

describe('buildZip', () => {
  const files = [
    { path: 'README.md', content: 'Read me\n' },
    { path: 'tables/one.csv', content: 'a,b\r\n1,2\r\n' },
  ];

  it('round-trips every file byte for byte', () => {
    const back = readZip(buildZip(files));
    expect([...back.keys()].sort()).toEqual(['README.md', 'tables/one.csv']);
    expect(new TextDecoder().decode(back.get('tables/one.csv'))).toBe('a,b\r\n1,2\r\n');
  });

  it('gives the same bytes for the same files, so a published archive can be rebuilt and compared', () => {
    expect(Buffer.from(buildZip(files)).equals(Buffer.from(buildZip(files)))).toBe(true);
  });

  it('refuses two files with one path rather than silently keeping one', () => {
    expect(() => buildZip([...files, { path: 'README.md', content: 'x' }])).toThrow(/README\.md/);
  });

  it('lists each file with its size and SHA-256', () => {
    const [readme] = manifestOf(files);
    expect(readme).toEqual({
      path: 'README.md',
      bytes: 8,
      sha256: createHash('sha256').update(Buffer.from('Read me\n', 'utf8')).digest('hex'),
    });
  });
});
