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
