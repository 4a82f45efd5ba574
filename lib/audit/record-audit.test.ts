import { describe, expect, it } from 'vitest';
import { toAuditJson } from './record-audit';

describe('toAuditJson', () => {
  it('turns dates into ISO strings and big integers into strings', () => {
    expect(toAuditJson({ asOf: new Date('2025-03-01T00:00:00Z'), id: 12n, note: 'x' })).toEqual({
      asOf: '2025-03-01T00:00:00.000Z',
      id: '12',
      note: 'x',
    });
  });

  it('drops undefined fields and leaves nothing for an absent value', () => {
    expect(toAuditJson({ a: undefined, b: null })).toEqual({ b: null });
    expect(toAuditJson(undefined)).toBeUndefined();
    expect(toAuditJson(null)).toBeUndefined();
  });
});
