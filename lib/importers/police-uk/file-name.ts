// data.police.uk names each monthly file YYYY-MM-<force>-stop-and-search.csv
// (e.g. 2018-04-metropolitan-stop-and-search.csv); force and month come from
// the name unless the caller states them (an upload may be renamed).
import path from 'node:path';

const PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-([a-z0-9]+(?:-[a-z0-9]+)*)-stop-and-search\.csv$/i;

export interface FileIdentity {
  force: string;
  /** "YYYY-MM" */
  month: string;
}

export function identityFromFileName(filePath: string): FileIdentity | null {
  const match = PATTERN.exec(path.basename(filePath));
  if (!match) return null;
  return { force: match[3]!.toLowerCase(), month: `${match[1]}-${match[2]}` };
}

export const FORCE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
