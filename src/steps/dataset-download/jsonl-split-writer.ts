import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { tempPathFor } from '../../core/atomic-write.js';
import { writeFully } from '../../core/write-fully.js';

/** What metadata.json records of a finished split file; enough to validate it without reading it (see hashWithStatCache). */
export interface WrittenSplitFile {
  rows: number;
  bytes: number;
  sha256: string;
  mtimeMs: number;
  ino: number;
}

export interface JsonlSplitWriter {
  readonly rows: number;
  readonly bytes: number;
  /** Append rows, each one line of JSON without its newline. */
  writeLines(lines: readonly string[]): Promise<void>;
  /** Flush, fsync and rename into place; only now does `path` hold the new content. */
  commit(): Promise<WrittenSplitFile>;
  /** Drop the temp file; `path` is left as it was. */
  abort(): Promise<void>;
}

const BUFFER_BYTES = 1 << 20;

/**
 * A split's data.jsonl written under a temp name beside it, hashed as it is written, and renamed over the real
 * name only when complete: a killed run leaves a temp file (cleaned up by the next run), never a short data.jsonl.
 * Lines are encoded straight into one reused buffer (cheaper than joining strings first).
 */
export async function openJsonlSplitWriter(path: string): Promise<JsonlSplitWriter> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  const handle: FileHandle = await open(temp, 'w', 0o644);
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let rows = 0;
  let flushed = 0;
  let closed = false;

  const write = async (bytes: Buffer) => {
    hash.update(bytes);
    await writeFully({ handle, bytes, position: null });
    flushed += bytes.length;
  };
  const flush = async () => {
    if (used === 0) return;
    await write(buffer.subarray(0, used));
    used = 0;
  };

  return {
    get rows() {
      return rows;
    },
    get bytes() {
      return flushed + used;
    },
    async writeLines(lines) {
      for (const line of lines) {
        // A UTF-16 code unit takes at most 3 bytes in UTF-8: reserve that, plus the newline.
        const worstCase = line.length * 3 + 1;
        if (used + worstCase > BUFFER_BYTES) await flush();
        if (worstCase > BUFFER_BYTES) {
          await write(Buffer.from(`${line}\n`, 'utf8'));
          continue;
        }
        used += buffer.write(line, used, 'utf8');
        buffer[used++] = 0x0a;
      }
      rows += lines.length;
    },
    async commit() {
      await flush();
      await handle.sync();
      await handle.close();
      closed = true;
      await rename(temp, path);
      const info = await stat(path);
      return { rows, bytes: flushed, sha256: hash.digest('hex'), mtimeMs: info.mtimeMs, ino: info.ino };
    },
    async abort() {
      if (!closed) await handle.close().catch(() => undefined);
      closed = true;
      await rm(temp, { force: true });
    },
  };
}

/** Temp files a killed run left beside `path` (same naming as tempPathFor). */
export async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of entries) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await rm(join(dirname(path), name), { force: true });
  }
}
