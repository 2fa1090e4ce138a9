import type { FileHandle } from 'node:fs/promises';
import type { ContentHash } from './content-hash.js';
import { writeFully } from './write-fully.js';

/** One buffer of the ring: filled by push(), then written and hashed while the next ones fill. */
interface Slot {
  memory: Uint8Array | undefined;
  fill: number;
  /** Set while the slot's bytes are being written and hashed; never rejects (failures go to `failure`). */
  busy: Promise<void> | undefined;
}

/**
 * Streams bytes into a file from offset 0 while hashing them, with the writing and the hashing of each buffer
 * running while the next ones are received. On a 2-core runner, receiving, hashing (on a worker thread for
 * large files) and writing (libuv's threadpool) then overlap instead of running one after the other.
 *
 * Incoming chunks are copied into a small ring of reused buffers (no per-batch allocation for the GC to chase),
 * each written with writeFully (short writes, ENOSPC) at its offset. Every `syncEveryBytes`, a datasync runs in
 * the background so the kernel writes back as the download goes, and the caller's final fsync finds little left.
 *
 * A failure of a write, a hash update or a background sync is kept and thrown by the next push(), drain() or
 * finish(): the writer is then `failed` and its bytes count for nothing.
 */
export class HashingFileWriter {
  private readonly handle: FileHandle;
  private readonly hash: ContentHash;
  private readonly slots: Slot[];
  private readonly slotBytes: number;
  private readonly syncEveryBytes: number;
  private current = 0;
  private received = 0;
  private committed = 0;
  private syncedUpTo = 0;
  private syncing: Promise<void> | undefined;
  private failure: unknown;
  private hasFailed = false;

  constructor(params: { handle: FileHandle; hash: ContentHash; expectedBytes: number; slotBytes?: number; slots?: number; syncEveryBytes?: number }) {
    this.handle = params.handle;
    this.hash = params.hash;
    // No larger than the content: a 4 KiB file gets a 4 KiB buffer.
    this.slotBytes = Math.max(1, Math.min(params.slotBytes ?? DEFAULT_SLOT_BYTES, params.expectedBytes));
    this.slots = Array.from({ length: params.slots ?? DEFAULT_SLOTS }, () => ({ memory: undefined, fill: 0, busy: undefined }));
    this.syncEveryBytes = params.syncEveryBytes ?? DEFAULT_SYNC_EVERY_BYTES;
  }

  /** Bytes pushed so far. After drain() resolved, all of them are in the file and in the hash. */
  get bytes(): number {
    return this.received;
  }

  /** A write, hash update or sync failed: the file and the hash no longer agree, nothing may resume from here. */
  get failed(): boolean {
    return this.hasFailed;
  }

  /**
   * Take `bytes` (copied: the caller may reuse them at once). Returns undefined when they fit in free buffers,
   * else a promise to await before the next push: the ring is full until the disk or the hash catches up.
   */
  push(bytes: Uint8Array): Promise<void> | undefined {
    this.throwIfFailed();
    let offset = 0;
    while (offset < bytes.length) {
      const slot = this.slots[this.current];
      if (slot.busy) {
        const rest = bytes.subarray(offset);
        return slot.busy.then(() => this.push(rest));
      }
      slot.memory ??= this.hash.allocate(this.slotBytes);
      const count = Math.min(slot.memory.length - slot.fill, bytes.length - offset);
      slot.memory.set(bytes.subarray(offset, offset + count), slot.fill);
      slot.fill += count;
      offset += count;
      this.received += count;
      if (slot.fill === slot.memory.length) this.commit();
    }
    return undefined;
  }

  /** Write and hash what is buffered and wait for every write and update: then `bytes` are all in file and hash. */
  async drain(): Promise<void> {
    if (!this.hasFailed && this.slots[this.current].fill > 0) this.commit();
    await Promise.all(this.slots.map((slot) => slot.busy));
    await this.syncing;
    this.throwIfFailed();
  }

  /** Hash no more: the hex digest of every byte pushed (drain() first). */
  digest(): Promise<string> {
    return this.hash.digest();
  }

  dispose(): void {
    this.hash.dispose();
  }

  private commit(): void {
    const slot = this.slots[this.current];
    const bytes = slot.memory!.subarray(0, slot.fill);
    const position = this.committed;
    this.committed += bytes.length;
    slot.fill = 0;
    // Updates are issued in commit order, which is file order; the writes may finish in any order.
    slot.busy = Promise.all([this.hash.update(bytes), writeFully({ handle: this.handle, bytes, position })]).then(
      () => {
        slot.busy = undefined;
      },
      (error: unknown) => {
        this.fail(error);
        slot.busy = undefined;
      },
    );
    this.current = (this.current + 1) % this.slots.length;
    if (!this.syncing && this.committed - this.syncedUpTo >= this.syncEveryBytes) {
      const upTo = this.committed;
      this.syncing = this.handle.datasync().then(
        () => {
          this.syncedUpTo = upTo;
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

/** Ring buffer size and count: 4 × 1 MiB keeps a few writes in flight without holding much memory. */
const DEFAULT_SLOT_BYTES = 1024 * 1024;
const DEFAULT_SLOTS = 4;

/**
 * Start writeback every 32 MiB. Without it the kernel holds the whole file dirty (its background writeback starts
 * at 10% of RAM) and the final fsync writes it all in series with everything else: ~0.45 s for 512 MiB.
 */
const DEFAULT_SYNC_EVERY_BYTES = 32 * 1024 * 1024;
