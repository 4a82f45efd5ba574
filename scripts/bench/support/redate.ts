// Builds synthetic police files from the real Met months by moving each row to
// another month while keeping its London wall-clock time: the row's UTC
// timestamp is turned into London local time, its year and month (and, if
// asked, its day) are replaced, and the result is turned back into UTC with
// the offset London has on the new date. A row therefore always lands in the
// target month by London's calendar, whatever British Summer Time does, which
// is the rule the importer checks (docs/importing.md, "Month and day in London
// time"). A wall-clock time that does not exist on the new date (the hour
// skipped when BST starts) moves by an hour within the same London day.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const MET_DIR = '/work/shared/data/stop-and-search/police-uk-raw/metropolitan';

const HOUR = 3_600_000;
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
});
const offsets = new Map<number, number>();

/** London's offset from UTC (ms) at an instant; whole hours, so cached per UTC hour. */
function londonOffset(ms: number): number {
  const hour = Math.floor(ms / HOUR) * HOUR;
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const p = Object.fromEntries(parts.formatToParts(hour).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!) - hour;
    offsets.set(hour, offset);
  }
  return offset;
}

export const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Moves a UTC timestamp (as the files write it) to the same London wall-clock
 * time in year/month; `day` picks the day from the original one (default: the
 * same day, clamped to the month's length).
 */
export function redate(iso: string, year: number, month: number, day?: (originalDay: number) => number): string {
  const utc = Date.parse(iso);
  if (Number.isNaN(utc)) throw new Error(`not a timestamp: ${iso}`);
  const wall = new Date(utc + londonOffset(utc));
  const length = daysIn(year, month);
  const newDay = Math.min(length, day ? day(wall.getUTCDate()) : wall.getUTCDate());
  const target = Date.UTC(year, month - 1, newDay, wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
  const moved = target - londonOffset(target - londonOffset(target));
  return `${new Date(moved).toISOString().slice(0, 19)}+00:00`;
}

export async function realMetFiles(): Promise<string[]> {
  return (await readdir(MET_DIR)).filter((f) => f.endsWith('-stop-and-search.csv')).sort().map((f) => path.join(MET_DIR, f));
}

export const monthOfFile = (file: string) => path.basename(file).slice(0, 7);

/** Calls `row` for every data row of a real file (they have no quoted fields: SOURCES.md), and returns the header. */
export async function eachRow(file: string, row: (fields: string[]) => void | Promise<void>): Promise<string> {
  let header: string | undefined;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (header === undefined) {
      header = line;
      continue;
    }
    if (line) await row(line.split(','));
  }
  if (header === undefined) throw new Error(`${file} is empty`);
  return header;
}

const DATE_COLUMN = 1; // Type,Date,… in every real file

export interface WriteOptions {
  year: number;
  month: number;
  /** Write the real rows this many times (each pass may move rows to another day). */
  passes?: number;
  /** Stop after the source file that takes the output past this many bytes. */
  maxBytes?: number;
  day?: (originalDay: number, pass: number) => number;
}

async function headerOf(file: string): Promise<string> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) return line;
  throw new Error(`${file} is empty`);
}

/** Writes `target` from the rows of `sources`, re-dated into one month. Streams: memory stays small. */
export async function writeSyntheticFile(sources: readonly string[], target: string, options: WriteOptions): Promise<{ rows: number; bytes: number }> {
  const header = await headerOf(sources[0]!);
  const out = createWriteStream(target);
  let rows = 0;
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${header}\n`);
  for (let pass = 0; pass < (options.passes ?? Infinity); pass++) {
    for (const source of sources) {
      let buffer = '';
      const own = await eachRow(source, async (fields) => {
        fields[DATE_COLUMN] = redate(fields[DATE_COLUMN]!, options.year, options.month, options.day && ((d) => options.day!(d, pass)));
        buffer += `${fields.join(',')}\n`;
        rows++;
        if (buffer.length > 1 << 16) {
          await write(buffer);
          buffer = '';
        }
      });
      if (own !== header) throw new Error(`${source} has another header than ${sources[0]}: the columns would not line up`);
      await write(buffer);
      if (options.maxBytes !== undefined && bytes >= options.maxBytes) break;
    }
    if (options.maxBytes !== undefined && bytes >= options.maxBytes) break;
  }
  out.end();
  await once(out, 'finish');
  return { rows, bytes };
}
