import { describe, expect, it } from 'vitest';
import { Utf8Checker } from '@/lib/importers/police-uk/utf8-check';

const check = (...chunks: (string | number[])[]) => {
  const checker = new Utf8Checker();
  for (const chunk of chunks) {
    const problem = checker.check(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Uint8Array.from(chunk));
    if (problem) return problem;
  }
  return checker.end();
};

describe('Utf8Checker', () => {
  it('accepts ASCII, multi-byte characters and a BOM, even split across chunks', () => {
    const text = Buffer.from('\uFEFFType,Name\nPerson search,Zoë — 東京 😀\n', 'utf8');
    expect(check([...text])).toBeNull();
    for (let cut = 1; cut < text.length; cut++) expect(check([...text.subarray(0, cut)], [...text.subarray(cut)])).toBeNull();
  });

  it('finds a Latin-1 byte and reports it at its line, position and field', () => {
    const bytes = [...Buffer.from('a,b,c\n1,2,3\nx,caf'), 0xe9, ...Buffer.from(',z\n')];
    expect(check(bytes)).toEqual({ line: 3, column: 6, fieldIndex: 1, byte: 0xe9 });
  });

  it('counts fields by commas outside quotes, and a quoted line break stays in its field', () => {
    const bytes = [...Buffer.from('a,b,c\n"x,\ny",'), 0xff];
    expect(check(bytes)).toEqual({ line: 3, column: 4, fieldIndex: 1, byte: 0xff });
  });

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a stray continuation byte', [0x80]],
    ['a NUL byte', [0x41, 0x00]],
  ])('refuses %s', (_name, bytes) => {
    expect(check(bytes)).not.toBeNull();
  });

  it('refuses a file that ends inside a character', () => {
    expect(check([0x41, 0xe2, 0x82])).toEqual({ line: 1, column: 2, fieldIndex: 0, byte: null });
  });

  it('reads the header names from line 1', () => {
    const checker = new Utf8Checker();
    checker.check(Buffer.from('\uFEFFType, "Date" ,Latitude\r\n1,2,3\n'));
    expect(checker.headerNames()).toEqual(['Type', 'Date', 'Latitude']);
  });
});
