import { describe, expect, it } from 'vitest';
import { UsageError } from '../run-cli.ts';
import { parseApiArgs } from './api.ts';

const usageError = (argv: string[]): string => {
  try {
    parseApiArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

describe('parseApiArgs', () => {
  it('reads the documented command', () => {
    expect(parseApiArgs(['--api', '--force', 'metropolitan', '--from', '2024-01', '--to', '2024-12'])).toEqual({
      api: true,
      force: 'metropolitan',
      from: '2024-01',
      to: '2024-12',
      replace: false,
    });
    expect(parseApiArgs(['--api', '--force=city-of-london', '--from=2024-03', '--replace'])).toMatchObject({ to: '2024-03', replace: true });
  });

  it('names the first problem in one line, with the usage', () => {
    expect(usageError(['--api', '--from', '2024-01'])).toMatch(/^--force is required .*Usage: npm run import -- --api/);
    expect(usageError(['--api', '--force', 'Metropolitan', '--from', '2024-01'])).toMatch(/^--force must be a data\.police\.uk force id/);
    expect(usageError(['--api', '--force', 'metropolitan', '--from', '2024-1'])).toMatch(/^--from must be a month as YYYY-MM/);
    expect(usageError(['--api', '--force', 'metropolitan', '--from', '2024-13'])).toMatch(/^--from must be a month/);
    expect(usageError(['--api', '--force', 'metropolitan'])).toMatch(/^--from is required/);
    expect(usageError(['--api', '--force', 'metropolitan', '--from', '2024-05', '--to', '2024-04'])).toMatch(/^--from must not be after --to/);
    expect(usageError(['--api', '--force', 'metropolitan', '--from', '2024-05', '--frm', 'x'])).toMatch(/Unknown option '--frm'/);
    expect(usageError(['--api', '--force', 'metropolitan', '--from', '2024-05', 'extra.csv'])).toMatch(/Usage:/);
  });
});
