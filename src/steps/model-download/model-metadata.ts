import { readJsonObject } from '../../core/read-json.js';

export const MODEL_METADATA_FILE = 'model_metadata.json';
export const MODEL_METADATA_SCHEMA = 'model-experiments/model-download@1';

export interface RecordedFile {
  path: string;
  size: number;
  /** git blob sha1 */
  oid: string;
  /** LFS sha256, when the file is stored in LFS */
  sha256?: string;
}

export interface ModelMetadata {
  schema: typeof MODEL_METADATA_SCHEMA;
  name: string;
  revision: string;
  resolvedRevision: string;
  include: string[];
  exclude: string[];
  key: string;
  hubUrl: string;
  files: RecordedFile[];
  bytes: number;
  downloadedAt: string;
  /** Milliseconds the download took, so a hit can say what it saved. */
  downloadMs?: number;
}

export type MetadataRead = { kind: 'missing' } | { kind: 'corrupted'; reason: string } | { kind: 'ok'; metadata: ModelMetadata };

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Read and type-check model_metadata.json. Anything that is not exactly ours is "corrupted", with why. */
export async function readModelMetadata(path: string): Promise<MetadataRead> {
  const read = await readJsonObject(path);
  if (read.kind !== 'ok') return read;
  const value = read.value;
  if (value.schema !== MODEL_METADATA_SCHEMA) {
    return { kind: 'corrupted', reason: typeof value.schema === 'string' ? `holds ${value.schema}, not model download metadata` : 'has no model-experiments schema' };
  }
  const problems: string[] = [];
  for (const field of ['name', 'revision', 'resolvedRevision', 'key', 'downloadedAt'] as const) {
    if (typeof value[field] !== 'string') problems.push(`${field} is not a string`);
  }
  if (!isStringArray(value.include)) problems.push('include is not a list of strings');
  if (!isStringArray(value.exclude)) problems.push('exclude is not a list of strings');
  const files = value.files;
  if (!Array.isArray(files)) problems.push('files is not a list');
  else {
    for (const file of files as unknown[]) {
      const entry = file as Partial<RecordedFile> | null;
      if (!entry || typeof entry.path !== 'string' || typeof entry.oid !== 'string' || !Number.isSafeInteger(entry.size) || (entry.sha256 !== undefined && typeof entry.sha256 !== 'string')) {
        problems.push('files holds an entry without path, size and oid');
        break;
      }
      if (entry.path.split('/').some((part) => part === '..' || part === '') || entry.path.startsWith('/')) {
        problems.push(`files names an unsafe path ${JSON.stringify(entry.path)}`);
        break;
      }
    }
  }
  if (problems.length > 0) return { kind: 'corrupted', reason: problems.join('; ') };
  return { kind: 'ok', metadata: value as unknown as ModelMetadata };
}
