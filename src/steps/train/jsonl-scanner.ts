/**
 * Counts the rows of a JSONL file and checks its shape while the bytes stream past (the same pass that hashes
 * them), so a 1 GiB file is read once. Hand-written: a streaming JSON parser for every line would cost several
 * times the hash (measured: parsing every line of 256 MiB took longer than sha256sum of it), so every line is
 * checked structurally (first and last non-blank bytes are `{` and `}`) and the lines in the first MiB are parsed
 * in full, which catches CSV, JSON arrays, pretty-printed JSON and most hand edits.
 */
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const NEWLINE = 0x0a;
const FULLY_PARSED_BYTES = 1024 * 1024;

const isBlank = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0d;

export type JsonlProblem = { line: number; why: string };

export class JsonlScanner {
  /** Non-blank lines seen so far. */
  rows = 0;
  problem: JsonlProblem | undefined;
  private line = 1;
  private offset = 0;
  private first = -1;
  private last = -1;
  private lineStart = 0;
  private startsInChunk = true;

  /** Feed the next chunk; stops looking once a problem is found (the caller stops reading). */
  push(chunk: Buffer): void {
    if (this.problem) return;
    let start = 0;
    // A UTF-8 byte order mark is not part of the first line's text.
    if (this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = this.lineStart = 3;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      this.see(chunk, start, end);
      if (newline === -1) break;
      this.endLine(chunk, end);
      if (this.problem) return;
      start = newline + 1;
      this.lineStart = this.offset + start;
      this.startsInChunk = true;
    }
    this.startsInChunk = false;
    this.offset += chunk.length;
  }

  /** The file ended: its last line may lack a newline. */
  finish(): void {
    if (this.problem) return;
    this.endLine(undefined, 0);
  }

  private see(chunk: Buffer, start: number, end: number): void {
    if (this.first === -1) {
      for (let i = start; i < end; i++) {
        if (!isBlank(chunk[i])) {
          this.first = chunk[i];
          break;
        }
      }
    }
    for (let i = end - 1; i >= start; i--) {
      if (!isBlank(chunk[i])) {
        this.last = chunk[i];
        break;
      }
    }
  }

  private endLine(chunk: Buffer | undefined, end: number): void {
    if (this.first !== -1) {
      this.rows++;
      if (this.first !== OPEN_BRACE || this.last !== CLOSE_BRACE) {
        this.problem = { line: this.line, why: 'is not a JSON object' };
      } else if (chunk && this.startsInChunk && this.lineStart < FULLY_PARSED_BYTES) {
        const text = chunk.toString('utf8', this.lineStart - this.offset, end);
        try {
          JSON.parse(text);
        } catch (error) {
          this.problem = { line: this.line, why: `is not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
        }
      }
    }
    this.line++;
    this.first = -1;
    this.last = -1;
  }
}
