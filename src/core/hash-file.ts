import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Streaming sha256 of a file: memory stays flat whatever its size. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What we remember of a file to skip re-hashing it when nothing about it changed. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

/**
 * The file's content hash, reusing `known.sha256` when size, mtime and inode all match the recorded stat
 * (the fast path: no byte is read). Any difference, such as a fresh checkout's new mtimes, re-hashes the content,
 * so the identity is always the bytes, never the stat.
 */
export async function hashWithStatCache(path: string, known?: Partial<FileStamp>): Promise<FileStamp & { rehashed: boolean }> {
  const info = await stat(path, { bigint: false });
  const unchanged =
    known !== undefined &&
    typeof known.sha256 === 'string' &&
    known.size === info.size &&
    known.mtimeMs === info.mtimeMs &&
    known.ino === info.ino;
  if (unchanged) return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256: known.sha256!, rehashed: false };
  const sha256 = await sha256File(path);
  const after = await stat(path);
  if (after.size !== info.size || after.mtimeMs !== info.mtimeMs) {
    // Changed while we read it: hash what is there now once more rather than record a stat that lies.
    return hashWithStatCache(path);
  }
  return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, sha256, rehashed: true };
}
