// A streaming UTF-8 check over the raw bytes of a CSV file. A decoder would
// silently turn bad bytes (a file saved as Windows-1252, say) into U+FFFD and
// the damage would be stored; this finds the first bad byte and says on which
// line and in which field it sits, so the whole file can be refused with a
// message that points at it. Validation follows the WHATWG UTF-8 decoder
// (no overlong forms, no surrogates, nothing above U+10FFFF); a NUL byte is
// refused too.

export interface Utf8Problem {
  /** 1-based physical line of the bad byte. */
  line: number;
  /** 1-based byte position within that line. */
  column: number;
  /** 0-based field within the CSV record (commas outside quotes). */
  fieldIndex: number;
  /** The offending byte, or null when the file ends inside a character. */
  byte: number | null;
}

const NEWLINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const HEADER_LIMIT = 64 * 1024;

export class Utf8Checker {
  private line = 1;
  private column = 0;
  private fieldIndex = 0;
  private inQuotes = false;
  private needed = 0;
  // Where the current multi-byte character began: a bad continuation byte
  // is reported at its lead byte, the one an editor would see as wrong.
  private lead = { byte: 0, column: 0 };
  private lower = 0x80;
  private upper = 0xbf;
  private header: number[] = [];
  private headerDone = false;

  /** Checks the next chunk; returns the first problem, or null. Stop calling after a problem. */
  check(chunk: Uint8Array): Utf8Problem | null {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      this.column++;
      if (!this.headerDone) this.keepHeaderByte(byte);
      if (this.needed === 0) {
        if (byte < 0x80) {
          // NUL is valid UTF-8 but never text, and PostgreSQL cannot store it.
          if (byte === 0) return this.problem(byte);
          this.ascii(byte);
          continue;
        }
        this.lead = { byte, column: this.column };
        if (byte >= 0xc2 && byte <= 0xdf) this.needed = 1;
        else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lower = 0xa0;
          if (byte === 0xed) this.upper = 0x9f;
          this.needed = 2;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lower = 0x90;
          if (byte === 0xf4) this.upper = 0x8f;
          this.needed = 3;
        } else return this.problem(byte);
        continue;
      }
      if (byte < this.lower || byte > this.upper) return { ...this.problem(this.lead.byte), column: this.lead.column };
      this.lower = 0x80;
      this.upper = 0xbf;
      this.needed--;
    }
    return null;
  }

  /** Call once the input is over: a character cut off at the very end is a problem too. */
  end(): Utf8Problem | null {
    return this.needed > 0 ? { line: this.line, column: this.lead.column, fieldIndex: this.fieldIndex, byte: null } : null;
  }

  /** The header's column names as written on line 1 (for naming a field in a message). */
  headerNames(): string[] {
    const text = new TextDecoder('utf-8').decode(Uint8Array.from(this.header));
    return text
      .replace(/^\uFEFF/, '')
      .replace(/\r$/, '')
      .split(',')
      .map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
  }

  private ascii(byte: number) {
    if (byte === QUOTE) this.inQuotes = !this.inQuotes;
    else if (byte === COMMA && !this.inQuotes) this.fieldIndex++;
    else if (byte === NEWLINE) {
      this.line++;
      this.column = 0;
      // A line break inside quotes belongs to the value: same record, same field.
      if (!this.inQuotes) this.fieldIndex = 0;
    }
  }

  private keepHeaderByte(byte: number) {
    if (byte === NEWLINE || this.header.length >= HEADER_LIMIT) this.headerDone = true;
    else this.header.push(byte);
  }

  private problem(byte: number): Utf8Problem {
    return { line: this.line, column: this.column, fieldIndex: this.fieldIndex, byte };
  }
}
