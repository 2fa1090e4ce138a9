import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithConcurrency } from '../../core/concurrency.js';
import { sha256File } from '../../core/hash-file.js';
import { VERSION } from '../../core/version.js';

export const STORE_MANIFEST_SCHEMA = 'model-experiments/store-entry@1';

export type ManifestFile = { path: string; size: number; sha256: string; mode: number } | { path: string; symlink: string };

/** One stored result: every file of the output dir by its hash. Blobs hold the bytes. */
export interface StoreManifest {
  schema: typeof STORE_MANIFEST_SCHEMA;
  step: string;
  key: string;
  /** The newest-result chain this entry belongs to (e.g. a model repo + patterns), when the step has one. */
  lineage?: string;
  toolVersion: string;
  createdAt: string;
  bytes: number;
  files: ManifestFile[];
}

export const isBlobFile = (file: ManifestFile): file is Extract<ManifestFile, { sha256: string }> => 'sha256' in file;

/** List and hash every file of `dir` (regular files and symlinks; directories are implied by paths). */
export async function buildManifest(params: {
  dir: string;
  step: string;
  key: string;
  lineage?: string;
  hashConcurrency?: number;
  /** Called with each regular file once hashed (e.g. to upload it while later files are still being hashed). */
  onHashed?: (file: { path: string; absolute: string; size: number; sha256: string }) => Promise<void>;
}): Promise<StoreManifest> {
  const found: { path: string; absolute: string; size: number; mode: number; symlink?: string }[] = [];
  const walk = async (dir: string, relative: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const absolute = join(dir, entry.name);
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(absolute, path);
      else if (entry.isSymbolicLink()) found.push({ path, absolute, size: 0, mode: 0, symlink: await readlink(absolute) });
      else if (entry.isFile()) {
        const info = await lstat(absolute);
        found.push({ path, absolute, size: info.size, mode: info.mode & 0o777 });
      }
    }
  };
  await walk(params.dir, '');
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = await mapWithConcurrency({
    items: found,
    limit: params.hashConcurrency ?? 2,
    worker: async (file): Promise<ManifestFile> => {
      if (file.symlink !== undefined) return { path: file.path, symlink: file.symlink };
      const sha256 = await sha256File(file.absolute);
      await params.onHashed?.({ path: file.path, absolute: file.absolute, size: file.size, sha256 });
      return { path: file.path, size: file.size, sha256, mode: file.mode };
    },
  });
  return {
    schema: STORE_MANIFEST_SCHEMA,
    step: params.step,
    key: params.key,
    ...(params.lineage ? { lineage: params.lineage } : {}),
    toolVersion: VERSION,
    createdAt: new Date().toISOString(),
    bytes: files.reduce((sum, file) => sum + (isBlobFile(file) ? file.size : 0), 0),
    files,
  };
}

const safePath = (path: unknown): path is string =>
  typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '' || part === '.' || part === '..') && !path.includes('\\') && !path.includes('\0');

/** Parse a manifest's bytes; a string says what is wrong with it (then the entry is a miss with that reason). */
export function parseManifest(params: { text: string; step: string; key: string }): StoreManifest | string {
  let value: Partial<StoreManifest>;
  try {
    value = JSON.parse(params.text) as Partial<StoreManifest>;
  } catch (error) {
    return `the manifest is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!value || typeof value !== 'object' || value.schema !== STORE_MANIFEST_SCHEMA) return `the manifest is not a ${STORE_MANIFEST_SCHEMA}`;
  if (value.step !== params.step || value.key !== params.key) return `the manifest is for ${String(value.step)}/${String(value.key)}, not ${params.step}/${params.key}`;
  if (!Array.isArray(value.files)) return 'the manifest lists no files';
  for (const file of value.files as Partial<Record<string, unknown>>[]) {
    if (!file || !safePath(file.path)) return `the manifest names an unsafe path ${JSON.stringify(file?.path)}`;
    if (typeof file.symlink === 'string') continue;
    if (!Number.isSafeInteger(file.size) || (file.size as number) < 0 || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256) || !Number.isInteger(file.mode)) {
      return `the manifest's entry for ${file.path} has no size, sha256 and mode`;
    }
  }
  return value as StoreManifest;
}
