import { describe, expect, it } from 'vitest';
import { describeFilters, filtersToQuery, parseCommitmentFilters, themeLabel } from './filters';

const known = { sourceIds: ['lrap-2024', 'casey-2023'], themes: ['stop-and-search', 'women-and-girls'] };

describe('parseCommitmentFilters', () => {
  it('accepts no filters at all', () => {
    expect(parseCommitmentFilters({})).toEqual({ ok: true, filters: {} });
  });

  it('treats the empty values an unchosen <select> submits as "no filter"', () => {
    const params = new URLSearchParams('source=&theme=&status=');
    expect(parseCommitmentFilters(params, known)).toEqual({ ok: true, filters: {} });
  });

  it('turns a status slug from the URL into the status it names', () => {
    const result = parseCommitmentFilters(new URLSearchParams('status=in-progress&source=lrap-2024&theme=stop-and-search'), known);
    expect(result).toEqual({ ok: true, filters: { status: 'IN_PROGRESS', source: 'lrap-2024', theme: 'stop-and-search' } });
  });

  it('accepts "no-update", the status shown when nothing has been published', () => {
    expect(parseCommitmentFilters({ status: 'no-update' })).toEqual({ ok: true, filters: { status: 'NO_UPDATE' } });
  });

  it('ignores parameters it does not know, so tracking tags do not break a shared link', () => {
    expect(parseCommitmentFilters({ utm_source: 'newsletter', status: 'late' })).toEqual({ ok: true, filters: { status: 'LATE' } });
  });

  it('explains an unknown status and lists the ones that exist', () => {
    const result = parseCommitmentFilters({ status: 'finished' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.field).toBe('status');
    expect(result.message).toContain('"finished" is not a status');
    expect(result.message).toContain('delivered');
    expect(result.message).toContain('no-update');
  });

  it('rejects a status written as its stored key rather than its URL form', () => {
    expect(parseCommitmentFilters({ status: 'IN_PROGRESS' }).ok).toBe(false);
  });

  it('names a source or theme that does not exist instead of showing an empty list', () => {
    const result = parseCommitmentFilters({ source: 'no-such-plan', theme: 'parking' }, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.field)).toEqual(['source', 'theme']);
    expect(result.message).toContain('no source with the id "no-such-plan"');
    expect(result.message).toContain('no theme called "parking"');
  });

  it('rejects values that could not be an id, such as markup', () => {
    const result = parseCommitmentFilters({ source: '<script>alert(1)</script>' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.field).toBe('source');
  });

  it('shortens a very long value in the message so the message stays one readable line', () => {
    const result = parseCommitmentFilters({ status: 'x'.repeat(5000) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.length).toBeLessThan(200);
  });

  it('asks for one value at a time when a parameter is repeated', () => {
    const result = parseCommitmentFilters(new URLSearchParams('status=late&status=delivered&theme=a&theme=b'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'Choose one theme at a time.',
      'Choose one status at a time.',
    ]);
  });
});

describe('filtersToQuery', () => {
  it('writes the filters back as the URL that reproduces the view', () => {
    expect(filtersToQuery({ source: 'lrap-2024', status: 'NOT_STARTED' })).toBe('?source=lrap-2024&status=not-started');
    expect(filtersToQuery({})).toBe('');
  });

  it('round-trips through the parser', () => {
    const filters = { source: 'casey-2023', theme: 'women-and-girls', status: 'DROPPED' } as const;
    expect(parseCommitmentFilters(new URLSearchParams(filtersToQuery(filters)), known)).toEqual({ ok: true, filters });
  });
});

describe('describeFilters', () => {
  it('names each filter in words, using the source title where known', () => {
    const titles = new Map([['lrap-2024', 'London Race Action Plan']]);
    expect(describeFilters({ source: 'lrap-2024', theme: 'stop-and-search', status: 'NO_UPDATE' }, titles)).toEqual([
      'source: London Race Action Plan (lrap-2024)',
      'theme: Stop and search',
      'status: No update published',
    ]);
  });
});

describe('themeLabel', () => {
  it('turns a slug into words', () => {
    expect(themeLabel('women-and-girls')).toBe('Women and girls');
    expect(themeLabel('other')).toBe('Other');
  });
});

describe('parseCommitmentFilters with several faults', () => {
  it('reports an unknown source alongside a malformed status, in form order', () => {
    const result = parseCommitmentFilters({ status: 'finished', source: 'no-such-plan' }, known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.field)).toEqual(['source', 'status']);
  });
});
