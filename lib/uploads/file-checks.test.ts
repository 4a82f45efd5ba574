import { describe, expect, it } from 'vitest';
import { checkFileHead, checkUploadName, HEAD_BYTES } from '@/lib/uploads/file-checks';

const HEADER =
  'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing';
const NAME = '2024-03-metropolitan-stop-and-search.csv';

describe('checkUploadName', () => {
  it('accepts the names data.police.uk gives', () => {
    expect(checkUploadName(NAME)).toBeNull();
    expect(checkUploadName('2017-12-city-of-london-stop-and-search.csv')).toBeNull();
  });

  it('refuses other extensions and names without force and month, naming the file', () => {
    expect(checkUploadName('2024-03-metropolitan-stop-and-search.png')).toBe('2024-03-metropolitan-stop-and-search.png: only .csv files can be imported.');
    expect(checkUploadName('searches.csv')).toMatch(/^searches\.csv: the name must look like YYYY-MM-<force>-stop-and-search\.csv/);
    expect(checkUploadName('2024-13-metropolitan-stop-and-search.csv')).toMatch(/the name must look like/);
  });
});

describe('checkFileHead', () => {
  const head = (text: string) => Buffer.from(text, 'utf8');

  it('accepts the police header, with or without a byte-order mark, CRLF or the newer columns', () => {
    expect(checkFileHead(head(`${HEADER}\nPerson search,2024-03-01T10:00:00+00:00`), NAME)).toBeNull();
    expect(checkFileHead(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), head(`${HEADER}\r\n`)]), NAME)).toBeNull();
    const older = HEADER.split(',').slice(0, 13).join(',');
    expect(checkFileHead(head(`${older}\n`), NAME)).toBeNull();
  });

  it('accepts a header whose first line has not fully arrived yet only at the end of the file', () => {
    expect(checkFileHead(head(HEADER), NAME)).toBeNull();
  });

  it('refuses binary files (NUL bytes), such as a PNG renamed .csv', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(checkFileHead(png, NAME)).toMatch(/^2024-03-metropolitan-stop-and-search\.csv: this is not a CSV text file/);
  });

  it('refuses an empty file, another CSV, and a first line longer than any header', () => {
    expect(checkFileHead(Buffer.alloc(0), NAME)).toBe(`${NAME}: the file is empty.`);
    expect(checkFileHead(head('name,amount\nA,1\n'), NAME)).toBe(
      `${NAME}, line 1: not a data.police.uk stop-and-search header: missing columns "Type", "Date", "Part of a policing operation", "Policing operation", "Latitude", "Longitude", "Gender", "Age range", "Self-defined ethnicity", "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome"; unknown columns "name", "amount".`,
    );
    expect(checkFileHead(Buffer.alloc(HEAD_BYTES, 0x61), NAME)).toMatch(/the first line is longer than/);
  });

  it('refuses a first line that is not CSV at all', () => {
    expect(checkFileHead(head('"unclosed,quote\nmore'), NAME)).toMatch(/the first line is not CSV/);
  });
});
