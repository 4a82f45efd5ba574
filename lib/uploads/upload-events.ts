// What the upload handler streams back, one JSON object per line
// (newline-delimited JSON), and the browser reads as it arrives. Shared by
// both ends so they cannot drift apart; dates travel as ISO strings.
import type { LoadReport, UnchangedReport } from '@/lib/importers/police-uk/report';

type OnTheWire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
export type WireReport = OnTheWire<LoadReport> | OnTheWire<UnchangedReport>;

export type UploadEvent =
  /** Every file arrived and passed the checks; imports start now, one file at a time. */
  | { type: 'received'; files: { file: string; bytes: number }[] }
  | { type: 'progress'; file: string; phase: 'reading' | 'saving' | 'done'; rows: number; totalRowsEstimate: number | null; rowsPerSecond: number }
  | { type: 'report'; file: string; report: WireReport }
  /** Another file is loaded for the month: nothing changed; send again with replace to swap it. */
  | { type: 'refused'; file: string; message: string; loadedFrom: string; loadedAt: string }
  /** The file cannot be imported (broken, truncated, every row bad...): nothing changed. */
  | { type: 'failed'; file: string; code: string; message: string; line: number | null; field: string | null }
  | { type: 'done'; loaded: number };

export function encodeEvent(event: UploadEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Splits streamed text into complete lines; the rest waits for the next chunk. */
export function splitEvents(buffered: string): { events: UploadEvent[]; rest: string } {
  const lines = buffered.split('\n');
  const rest = lines.pop() ?? '';
  return { events: lines.filter((line) => line.trim()).map((line) => JSON.parse(line) as UploadEvent), rest };
}
