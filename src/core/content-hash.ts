import { createHash } from 'node:crypto';
import { workerContentHash } from './hash-worker.js';

export type HashAlgorithm = 'sha256' | 'sha1';

/**
 * A hash fed in order, range by range, whose updates may run elsewhere (a worker thread) while the caller goes on.
 * Bytes given to update() must come from allocate() and must stay untouched until that update resolved.
 */
export interface ContentHash {
  /** Memory update() can read: shared memory when a worker hashes. */
  allocate(bytes: number): Uint8Array;
  /** Hash `bytes` after everything given before. Resolves when `bytes` may be reused. */
  update(bytes: Uint8Array): Promise<void>;
  /** Hex digest of everything updated; the hash is over afterwards. */
  digest(): Promise<string>;
  /** Give up the hash (e.g. on failure); harmless after digest(). */
  dispose(): void;
}

/**
 * Contents this large are hashed on the worker thread. Below it the worker is not worth its start (~30 ms of a
 * core) or its messages: a 32 MiB sha256 takes ~15 ms, and the "many small files" case must not pay for a thread.
 */
export const WORKER_HASH_MIN_BYTES = 32 * 1024 * 1024;

/** The hash of a content of `size` bytes: on the shared worker for large contents, on this thread otherwise. */
export function createContentHash(params: { algorithm: HashAlgorithm; prefix?: string; size: number }): ContentHash {
  const { algorithm, prefix, size } = params;
  return size >= WORKER_HASH_MIN_BYTES ? workerContentHash({ algorithm, prefix }) : inlineContentHash({ algorithm, prefix });
}

/** A ContentHash computed on this thread, at once. */
export function inlineContentHash(params: { algorithm: HashAlgorithm; prefix?: string }): ContentHash {
  const hash = createHash(params.algorithm);
  if (params.prefix) hash.update(params.prefix);
  return {
    allocate: (bytes) => new Uint8Array(bytes),
    update: async (bytes) => void hash.update(bytes),
    digest: async () => hash.digest('hex'),
    dispose: () => undefined,
  };
}
