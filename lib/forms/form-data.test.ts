import { describe, expect, it } from 'vitest';
import { formDataToObject } from './form-data';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('formDataToObject', () => {
  it('reads dotted names with indexes as nested objects and arrays', () => {
    const data = form([
      ['note', 'Hello'],
      ['evidence.0.title', 'A'],
      ['evidence.0.url', 'https://a.example'],
      ['evidence.1.title', 'B'],
    ]);
    expect(formDataToObject(data)).toEqual({ note: 'Hello', evidence: [{ title: 'A', url: 'https://a.example' }, { title: 'B' }] });
  });

  it('closes gaps left by removed rows, keeping their order', () => {
    const data = form([
      ['evidence.0.title', 'first'],
      ['evidence.3.title', 'second'],
    ]);
    expect(formDataToObject(data)).toEqual({ evidence: [{ title: 'first' }, { title: 'second' }] });
  });

  it("ignores React's action fields and names that could reach the prototype", () => {
    const data = form([
      ['$ACTION_ID_abc', ''],
      ['__proto__.polluted', 'yes'],
      ['a..b', 'x'],
      ['ok', '1'],
    ]);
    expect(formDataToObject(data)).toEqual({ ok: '1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
