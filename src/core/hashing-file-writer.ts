import type { FileHandle } from 'node:fs/promises';
import type { FileContentHash } from './content-hash.js';
import { writevFully } from './write-fully.js';

/** One writev of the chunks received since the previous one, in file order. */
interface Batch {
  end: number;
  done: boolean;
  /** Resolves when the write ended, either way: a failure is kept by the writer, never thrown here. */
  settled: Promise<void>;
}

/**
 * Streams chunks into a file from offset 0 while hashing them, without waiting for each write before taking the
 * next chunk. On a 2-core runner, receiving (main thread), writing (libuv's threadpool) and, for large files,
 * hashing (a worker thread, see content-hash.ts) then run side by side instead of one after the other.
 *
 * Chunks are batched by reference, not copied: one writev per `batchBytes` (writevFully: short writes, ENOSPC),
 * up to `maxInFlight` of them at once. Every `syncEveryBytes` written, a datasync runs in the background, so the
 * kernel writes back while the download goes on and the caller's final fsync finds little left to do.
 *
 * A failed write or background sync is kept and thrown by the next push() or drain(): the writer is then `failed`
 * and what it wrote counts for nothing.
 */
export class HashingFileWriter {
  private readonly handle: FileHandle;
  private readonly hash: FileContentHash;
  private readonly batchBytes: number;
  private readonly maxInFlight: number;
  private readonly syncEveryBytes: number;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private received = 0;
  private committed = 0;
  private readonly inFlight: Batch[] = [];
  /** The file holds every byte before this offset. */
  private writtenUpTo = 0;
  private syncedUpTo = 0;
  private syncing: Promise<void> | undefined;
  private failure: unknown;
  private hasFailed = false;

  constructor(params: { handle: FileHandle; hash: FileContentHash; batchBytes?: number; maxInFlight?: number; syncEveryBytes?: number }) {
    this.handle = params.handle;
    this.hash = params.hash;
    this.batchBytes = params.batchBytes ?? DEFAULT_BATCH_BYTES;
    this.maxInFlight = params.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
    this.syncEveryBytes = params.syncEveryBytes ?? DEFAULT_SYNC_EVERY_BYTES;
  }

  /** Bytes pushed so far. Once drain() resolved, all of them are in the file and in the hash. */
  get bytes(): number {
    return this.received;
  }

  /** A write or sync failed: the file and the hash may disagree, and nothing may resume from here. */
  get failed(): boolean {
    return this.hasFailed;
  }

  /**
   * Take `chunk`, which must not be modified afterwards (it is written as it is). Returns undefined when the
   * caller may push again at once, else a promise to await first: `maxInFlight` writes are running.
   */
  push(chunk: Uint8Array): Promise<void> | undefined {
    this.throwIfFailed();
    this.hash.receive(chunk);
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.received += chunk.length;
    if (this.pendingBytes >= this.batchBytes || this.pending.length >= MAX_CHUNKS_PER_BATCH) this.commit();
    return this.inFlight.length >= this.maxInFlight ? this.inFlight[0].settled : undefined;
  }

  /** Write what is pending and wait for every write and sync: then `bytes` are all in the file and in the hash. */
  async drain(): Promise<void> {
    if (!this.hasFailed && this.pendingBytes > 0) this.commit();
    await Promise.all(this.inFlight.map((batch) => batch.settled));
    await this.syncing;
    this.throwIfFailed();
  }

  /** The hex digest of every byte pushed; drain() first. */
  digest(): Promise<string> {
    return this.hash.digest();
  }

  /** Give up the hash; resolves once nothing reads the file for it (close the file after). */
  dispose(): Promise<void> {
    return this.hash.dispose();
  }

  private commit(): void {
    const chunks = this.pending;
    const position = this.committed;
    this.committed += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    const batch: Batch = { end: this.committed, done: false, settled: Promise.resolve() };
    batch.settled = writevFully({ handle: this.handle, chunks, position }).then(
      () => this.finished(batch),
      (error: unknown) => {
        this.fail(error);
        this.finished(batch);
      },
    );
    this.inFlight.push(batch);
  }

  /** Writes end in any order; the hash learns of the written prefix in file order. */
  private finished(batch: Batch): void {
    batch.done = true;
    while (this.inFlight.length > 0 && this.inFlight[0].done) this.writtenUpTo = this.inFlight.shift()!.end;
    if (this.hasFailed) return;
    this.hash.written(this.writtenUpTo);
    if (!this.syncing && this.writtenUpTo - this.syncedUpTo >= this.syncEveryBytes) {
      this.syncedUpTo = this.writtenUpTo;
      this.syncing = this.handle.datasync().then(
        () => {
          this.syncing = undefined;
        },
        (error: unknown) => {
          this.fail(error);
          this.syncing = undefined;
        },
      );
    }
  }

  private fail(error: unknown): void {
    if (this.hasFailed) return;
    this.hasFailed = true;
    this.failure = error;
  }

  private throwIfFailed(): void {
    if (this.hasFailed) throw this.failure;
  }
}

/**
 * 1 MiB per writev, 4 at once: 4 MiB of chunks held. Measured on the 512 MiB bench: 4 MiB batches cost far more
 * CPU, one write at a time was slower, and 2 or 8 at once no faster.
 */
const DEFAULT_BATCH_BYTES = 1024 * 1024;
const DEFAULT_MAX_IN_FLIGHT = 4;
/** writev takes at most IOV_MAX (1024) buffers; tiny chunks make a batch before 1 MiB does. */
const MAX_CHUNKS_PER_BATCH = 256;

/**
 * Start writeback every 32 MiB written. Without it the kernel keeps the whole file dirty (its background
 * writeback waits for 10% of RAM or 30 s) and the final fsync writes it all after the last byte arrived:
 * up to ~0.45 s for 512 MiB, in series with everything else; with it that fsync takes ~10 ms. (8, 16 and 64 MiB
 * measured the same as 32.)
 */
const DEFAULT_SYNC_EVERY_BYTES = 32 * 1024 * 1024;
