import type { FileHandle } from 'node:fs/promises';

/**
 * Write all of `bytes` (at `position`, or at the file's current offset when null): a write may store fewer bytes
 * than asked when the disk fills, and a file that silently lost its tail must never be renamed into place.
 */
export async function writeFully(params: { handle: FileHandle; bytes: Uint8Array; position: number | null }): Promise<void> {
  const { handle, bytes, position } = params;
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position === null ? null : position + offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/**
 * writeFully for several buffers at once, one writev per call: a batch of network chunks reaches the file without
 * first being copied into one buffer. A short write continues with the bytes not yet written.
 */
export async function writevFully(params: { handle: FileHandle; chunks: readonly Uint8Array[]; position: number }): Promise<void> {
  const { handle } = params;
  let chunks = params.chunks.filter((chunk) => chunk.length > 0);
  let position = params.position;
  while (chunks.length > 0) {
    // At most IOV_MAX (1024 on Linux) buffers per call; the rest go in the next turn of the loop.
    const { bytesWritten } = await handle.writev(chunks.slice(0, 1024), position);
    if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    position += bytesWritten;
    chunks = skipBytes(chunks, bytesWritten);
  }
}

/** The buffers after the first `count` bytes of them. */
function skipBytes(chunks: Uint8Array[], count: number): Uint8Array[] {
  let left = count;
  let index = 0;
  while (index < chunks.length && left >= chunks[index].length) left -= chunks[index++].length;
  const rest = chunks.slice(index);
  if (left > 0) rest[0] = rest[0].subarray(left);
  return rest;
}
