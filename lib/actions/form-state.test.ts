import { describe, expect, it } from 'vitest';
import { failure } from '@/lib/errors';
import { failedWith, submittedValue } from './form-state';

describe('failedWith', () => {
  it('keeps what was typed, except passwords', () => {
    const state = failedWith(failure(401, 'x', 'No'), { email: 'a@b.org', password: 'secret', confirm: 'secret' });
    expect(state.values).toEqual({ email: 'a@b.org' });
  });
});

describe('submittedValue', () => {
  it('reads nested paths', () => {
    const values = { note: 'n', evidence: [{ title: 't', url: 'u' }] };
    expect(submittedValue(values, 'note')).toBe('n');
    expect(submittedValue(values, 'evidence.0.url')).toBe('u');
    expect(submittedValue(values, 'evidence.3.url')).toBeUndefined();
    expect(submittedValue(undefined, 'note')).toBeUndefined();
  });
});
