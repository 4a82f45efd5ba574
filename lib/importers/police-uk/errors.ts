// The two ways an import stops without changing the database. Messages always
// name the file and, where there is one, the line and the field, so an editor
// can open the file at the problem.

export type PoliceFileErrorCode =
  | 'bad-identity'
  | 'empty-file'
  | 'no-data-rows'
  | 'bad-header'
  | 'broken-csv'
  | 'field-too-long'
  | 'not-utf8'
  | 'truncated'
  | 'no-valid-rows';

/** The file as a whole cannot be imported (empty, wrong header, not UTF-8, truncated, ...). */
export class PoliceFileError extends Error {
  override name = 'PoliceFileError';

  constructor(
    readonly code: PoliceFileErrorCode,
    readonly file: string,
    readonly reason: string,
    readonly line: number | null = null,
    readonly field: string | null = null,
  ) {
    super(describeLocation(file, line, field) + reason);
  }
}

/**
 * The file is fine but another file is already loaded for its force and
 * month: replacing published figures must be asked for explicitly.
 */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
  readonly code = 'month-already-loaded';

  constructor(
    readonly file: string,
    readonly existing: { id: string; fileName: string; sha256: string; loadedAt: Date },
    force: string,
    month: string,
  ) {
    super(
      `${file}: ${force} ${month} is already loaded from a different file (${existing.fileName}, sha256 ${existing.sha256.slice(0, 12)}…, ` +
        `loaded ${existing.loadedAt.toISOString()}). Import with replace (--replace) to swap it for this file.`,
    );
  }
}

/** "2018-04-metropolitan-stop-and-search.csv, line 12, field "Date": " */
export function describeLocation(file: string, line: number | null, field: string | null): string {
  const parts = [file];
  if (line !== null) parts.push(`line ${line}`);
  if (field !== null) parts.push(`field "${field}"`);
  return `${parts.join(', ')}: `;
}
