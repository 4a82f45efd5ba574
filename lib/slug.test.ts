import { describe, expect, it } from 'vitest';
import { parseSlug } from '@/lib/slug';

describe('parseSlug', () => {
  it('accepts the slugs the seed data uses', () => {
    expect(parseSlug('lrap-stop-search-charter')).toBe('lrap-stop-search-charter');
    expect(parseSlug('casey-2023')).toBe('casey-2023');
  });

  it('refuses what could not be a slug, so it is not found rather than an error', () => {
    for (const value of ['', '\u0000', 'a\u0000b', '../etc/passwd', 'Upper', '-leading-dash', 'a b', 'x'.repeat(101), 'é']) {
      expect(parseSlug(value), JSON.stringify(value)).toBeNull();
    }
  });
});
