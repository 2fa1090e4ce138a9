import { readFile, stat } from 'node:fs/promises';

export type JsonRead =
  | { kind: 'missing' }
  | { kind: 'corrupted'; reason: string }
  | { kind: 'ok'; value: Record<string, unknown> };

/** Metadata larger than this is not ours: refuse to parse it rather than exhaust memory. */
const MAX_METADATA_BYTES = 64 * 1024 * 1024;

/** Read a JSON object file; "missing" and "corrupted" are answers, not exceptions. */
export async function readJsonObject(path: string): Promise<JsonRead> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'corrupted', reason: 'is not a regular file' };
    size = info.size;
  } catch {
    return { kind: 'missing' };
  }
  if (size > MAX_METADATA_BYTES) return { kind: 'corrupted', reason: `is ${size} bytes, too large to be metadata` };
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { kind: 'corrupted', reason: 'does not hold a JSON object' };
    }
    return { kind: 'ok', value: value as Record<string, unknown> };
  } catch (error) {
    return { kind: 'corrupted', reason: 'is not valid JSON' };
  }
}
