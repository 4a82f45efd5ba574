import { describe, expect, it } from 'vitest';
import { parseAuditFilters } from './audit-filters';

describe('parseAuditFilters', () => {
  it('reads every filter, treating empty boxes as no filter', () => {
    expect(parseAuditFilters({ entityType: 'status_update', action: 'correct', actor: '', from: '2025-01-01', to: '', page: '2' })).toEqual({
      ok: true,
      filters: { entityType: 'status_update', action: 'correct', from: '2025-01-01', page: 2 },
    });
    expect(parseAuditFilters({})).toEqual({ ok: true, filters: { page: 1 } });
  });

  it('reports bad values and keeps the good ones', () => {
    const result = parseAuditFilters({ entityType: 'passwords', from: '1 March', action: 'create' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['entityType', 'from']);
      expect(result.filters).toEqual({ action: 'create', page: 1 });
    }
  });

  it('accepts the command line as an actor', () => {
    expect(parseAuditFilters({ actor: 'command-line' }).filters.actor).toBe('command-line');
  });
});
