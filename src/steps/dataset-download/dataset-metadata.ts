import { readJsonObject } from '../../core/read-json.js';

export const DATASET_METADATA_FILE = 'metadata.json';
export const DATASET_METADATA_SCHEMA = 'model-experiments/dataset-download@1';
export const SPLIT_DATA_FILE = 'data.jsonl';

/** Where the rows were read from. */
export type DatasetOrigin = 'parquet-conversion' | 'repo-files';

export interface SplitRecord {
  name: string;
  rows: number;
  /** Size of <split>/data.jsonl. */
  bytes: number;
  /** sha256 of <split>/data.jsonl, and the stat it had when written (a matching stat skips re-hashing). */
  sha256: string;
  mtimeMs: number;
  ino: number;
  /** The repo files the rows came from, at `sourceRevision`. */
  sourceFiles: string[];
  /** The Hub converted only the first part of this split (over 5 GB). */
  partial?: boolean;
}

export interface DatasetMetadata {
  schema: typeof DATASET_METADATA_SCHEMA;
  name: string;
  /** The config read (chosen when none was asked for). */
  config: string;
  /** What was asked for: the cache matches on these. null / [] = not given. */
  requestedConfig: string | null;
  requestedSplits: string[];
  max_samples: number | null;
  revision: string;
  resolvedRevision: string;
  origin: DatasetOrigin;
  /** Commit the rows were read at: refs/convert/parquet's for the conversion, else `resolvedRevision`. */
  sourceRevision: string;
  key: string;
  hubUrl: string;
  /** In the dataset's split order. */
  splits: SplitRecord[];
  total_samples: number;
  bytes: number;
  /** Names the JSON Lines value encoding (docs/datasets.md, "Values JSON cannot hold"). */
  encoding: string;
  downloadedAt: string;
  /** Milliseconds the download took (absent in metadata written before it was recorded). */
  downloadMs?: number;
}

/** @2: DECIMAL columns exact (@1 wrote them as rounded floats); a download made with @1 is made again. */
export const JSONL_ENCODING = 'model-experiments/jsonl@2';

export type DatasetMetadataRead = { kind: 'missing' } | { kind: 'corrupted'; reason: string } | { kind: 'ok'; metadata: DatasetMetadata };

const SAFE_SPLIT = /^\w+(?:[.-]\w+)*$/;

/** A split name that is safe as a directory name under the output dir. */
export function isSafeSplitName(name: string): boolean {
  return SAFE_SPLIT.test(name) && name !== DATASET_METADATA_FILE && name.length <= 128;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Read and type-check metadata.json. Anything that is not exactly ours is "corrupted", with why. */
export async function readDatasetMetadata(path: string): Promise<DatasetMetadataRead> {
  const read = await readJsonObject(path);
  if (read.kind !== 'ok') return read;
  const value = read.value;
  if (value.schema !== DATASET_METADATA_SCHEMA) {
    return { kind: 'corrupted', reason: typeof value.schema === 'string' ? `holds ${value.schema}, not dataset download metadata` : 'has no model-experiments schema' };
  }
  const problems: string[] = [];
  for (const field of ['name', 'config', 'revision', 'resolvedRevision', 'sourceRevision', 'key', 'downloadedAt'] as const) {
    if (typeof value[field] !== 'string') problems.push(`${field} is not a string`);
  }
  if (value.requestedConfig !== null && typeof value.requestedConfig !== 'string') problems.push('requestedConfig is not a string or null');
  if (!isStringArray(value.requestedSplits)) problems.push('requestedSplits is not a list of strings');
  if (value.max_samples !== null && !(isCount(value.max_samples) && value.max_samples > 0)) problems.push('max_samples is not a positive whole number or null');
  if (value.origin !== 'parquet-conversion' && value.origin !== 'repo-files') problems.push('origin is not parquet-conversion or repo-files');
  if (!isCount(value.total_samples) || !isCount(value.bytes)) problems.push('total_samples or bytes is not a count');
  const splits = value.splits;
  if (!Array.isArray(splits) || splits.length === 0) problems.push('splits is not a non-empty list');
  else {
    for (const split of splits as unknown[]) {
      const entry = split as Partial<SplitRecord> | null;
      const valid =
        entry &&
        typeof entry.name === 'string' &&
        isCount(entry.rows) &&
        isCount(entry.bytes) &&
        typeof entry.sha256 === 'string' &&
        typeof entry.mtimeMs === 'number' &&
        typeof entry.ino === 'number' &&
        isStringArray(entry.sourceFiles);
      if (!valid) {
        problems.push('splits holds an entry without name, rows, bytes and sha256');
        break;
      }
      if (!isSafeSplitName(entry.name!)) {
        problems.push(`splits names an unsafe split ${JSON.stringify(entry.name)}`);
        break;
      }
    }
  }
  if (problems.length > 0) return { kind: 'corrupted', reason: problems.join('; ') };
  return { kind: 'ok', metadata: value as unknown as DatasetMetadata };
}
