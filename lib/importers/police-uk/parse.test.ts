import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '@/lib/importers/police-uk/columns';
import { PoliceFileError } from '@/lib/importers/police-uk/errors';
import { readPoliceCsv, type ParsedRow } from '@/lib/importers/police-uk/parse';

const dir = mkdtempSync(path.join(tmpdir(), 'police-parse-'));
let n = 0;
function fileWith(content: string | Buffer): string {
  const file = path.join(dir, `${++n}-test.csv`);
  writeFileSync(file, content);
  return file;
}

const HEADER = COLUMNS.join(',');
const ROW = 'Person search,2018-04-01T10:00:00+00:00,False,,51.5,-0.1,Male,18-24,White - Irish,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,';

async function read(content: string | Buffer): Promise<ParsedRow[]> {
  const rows: ParsedRow[] = [];
  for await (const row of readPoliceCsv(fileWith(content), { fileName: 'x.csv' })) rows.push(row);
  return rows;
}

async function failure(content: string | Buffer): Promise<PoliceFileError> {
  const error = await read(content).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PoliceFileError);
  return error as PoliceFileError;
}

describe('readPoliceCsv', () => {
  it('yields each row by column name with the line it starts on', async () => {
    const rows = await read(`${HEADER}\n${ROW}\n\n${ROW}\n`);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]!.raw['Age range']).toBe('18-24');
    expect(rows[0]!.shape).toBeUndefined();
  });

  it('matches columns by name, in any order, and accepts files without the two newer columns', async () => {
    const header = [...COLUMNS].slice(0, 13).reverse().join(',');
    const row = ROW.split(',').slice(0, 13).reverse().join(',');
    const [parsed] = await read(`${header}\n${row}\n`);
    expect(parsed!.raw.Type).toBe('Person search');
    expect(parsed!.raw['Removal of more than just outer clothing']).toBe('');
  });

  it('flags a row with the wrong number of values instead of guessing', async () => {
    const rows = await read(`${HEADER}\n${ROW},extra\n${ROW.split(',').slice(0, 10).join(',')}\n${ROW}\n`);
    expect(rows.map((r) => r.shape?.field ?? null)).toEqual(['(extra values)', 'Legislation', null]);
  });

  it('ignores a BOM and CRLF line endings', async () => {
    const rows = await read(`\uFEFF${HEADER}\r\n${ROW}\r\n`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.raw['Removal of more than just outer clothing']).toBe('');
  });

  it('accepts a complete last line without a final line break', async () => {
    expect(await read(`${HEADER}\n${ROW}`)).toHaveLength(1);
  });

  it.each([
    ['an empty file', '', 'empty-file', 1, null],
    ['only blank lines', '\n\n', 'empty-file', 1, null],
    ['a header alone', `${HEADER}\n`, 'no-data-rows', 2, null],
    ['an unknown header', `${HEADER.replace('Gender', 'Sex')}\n${ROW}\n`, 'bad-header', 1, 'Gender'],
    ['a truncated last line', `${HEADER}\n${ROW}\n${ROW.slice(0, 30)}`, 'truncated', 3, 'Part of a policing operation'],
    ['an unclosed quote', `${HEADER}\n"${ROW}\n${ROW}\n`, 'truncated', 2, 'Type'],
  ])('refuses %s', async (_name, content, code, line, field) => {
    const error = await failure(content);
    expect({ code: error.code, line: error.line, field: error.field }).toEqual({ code, line, field });
    expect(error.message.startsWith('x.csv, ')).toBe(true);
  });

  it('refuses bytes that are not UTF-8, naming the field from the header', async () => {
    const error = await failure(Buffer.concat([Buffer.from(`${HEADER}\n${ROW}\nPerson search,2018-04-01T10:00:00+00:00,False,Op `), Buffer.from([0xa3]), Buffer.from(`,${ROW.split(',').slice(4).join(',')}\n`)]));
    expect({ code: error.code, line: error.line, field: error.field }).toEqual({ code: 'not-utf8', line: 3, field: 'Policing operation' });
    expect(error.message).toContain('byte 0xA3');
  });

  it('refuses a runaway field without reading it all into memory', async () => {
    const error = await failure(`${HEADER}\n${ROW.replace('Controlled drugs', 'x'.repeat(200_000))}\n`);
    expect({ code: error.code, line: error.line, field: error.field }).toEqual({ code: 'field-too-long', line: 2, field: 'Object of search' });
  });
});
