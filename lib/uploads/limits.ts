// How much one upload may send, in one place so the page, the handler, the
// docs and the tests agree. A Met month is about 3 MB and a City of London one
// about 50 KB, so these leave ample room for a year of files at once while
// keeping a mistaken or hostile upload from filling the disk.
export const UPLOAD_LIMITS = {
  /** Largest single file: about fifteen times the largest Met month seen so far. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Largest request (all files together, plus the form's own few hundred bytes). */
  maxRequestBytes: 200 * 1024 * 1024,
  /** Most files in one request: more than a year of months. */
  maxFiles: 20,
} as const;

/** "50 MB": the limits as the page and the messages state them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
