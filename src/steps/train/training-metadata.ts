import { readJsonObject } from '../../core/read-json.js';
import type { TrainingLogEntry, TrainingParameters } from '../../trainers/trainer.js';
import type { CodeFileRecord } from './code-files.js';
import type { DatasetFileRecord } from './dataset-file.js';
import { isTrainingParameters } from './train-parameters.js';

export const TRAINING_METADATA_FILE = 'training_metadata.json';
export const TRAINING_METADATA_SCHEMA = 'model-experiments/train@1';

export type TrainerIdentity = Record<string, string | number | boolean>;

export interface TrainedFile {
  path: string;
  size: number;
}

export interface TrainingMetadata {
  schema: typeof TRAINING_METADATA_SCHEMA;
  /** True only once the trainer succeeded and its output was verified; anything else is an unfinished run. */
  completed: boolean;
  /** sha256 of the canonical JSON of the key components below: the step's cache key. */
  configHash: string;
  modelName: string;
  /** The base model's resolved commit sha, when --model-path holds a model_metadata.json. */
  modelRevision?: string;
  /** --model-path as the key sees it (relative to the working directory). */
  modelPath?: string;
  datasets: { train: DatasetFileRecord; val: DatasetFileRecord };
  parameters: TrainingParameters;
  trainer: TrainerIdentity;
  /** Files the `--run` command names and `--key-files` matches (absent when there were none). */
  codeFiles?: CodeFileRecord[];
  /** `--key-env` variables by name, each value's sha256 (null when unset); never the value. */
  keyEnv?: Record<string, string | null>;
  startedAt: string;
  finishedAt: string;
  metrics: Record<string, number>;
  history: TrainingLogEntry[];
  /** Every file of the trained model dir with its size (the essential ones are checked on each run). */
  files: TrainedFile[];
}

export type TrainingMetadataRead = { kind: 'missing' } | { kind: 'corrupted'; reason: string } | { kind: 'ok'; metadata: TrainingMetadata };

const isPrimitive = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
const isSafePath = (path: string) => path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');

function datasetProblem(value: unknown): string | undefined {
  const entry = value as Partial<DatasetFileRecord> | null;
  if (!entry || typeof entry !== 'object') return 'is missing';
  if (typeof entry.path !== 'string' || typeof entry.sha256 !== 'string') return 'has no path or sha256';
  if (![entry.size, entry.ino, entry.rows].every((number) => Number.isSafeInteger(number)) || typeof entry.mtimeMs !== 'number') {
    return 'has no size, mtimeMs, ino or rows';
  }
  return undefined;
}

/**
 * Read and type-check training_metadata.json. A file that is not exactly ours is "corrupted", with why; a
 * well-formed file with completed: false is returned as it is (the caller explains that miss).
 */
export async function readTrainingMetadata(path: string): Promise<TrainingMetadataRead> {
  const read = await readJsonObject(path);
  if (read.kind !== 'ok') return read;
  const value = read.value;
  if (value.schema !== TRAINING_METADATA_SCHEMA) {
    return { kind: 'corrupted', reason: typeof value.schema === 'string' ? `holds ${value.schema}, not training metadata` : 'has no model-experiments schema' };
  }
  const problems: string[] = [];
  if (typeof value.completed !== 'boolean') problems.push('completed is not true or false');
  for (const field of ['configHash', 'modelName', 'startedAt', 'finishedAt'] as const) {
    if (typeof value[field] !== 'string') problems.push(`${field} is not a string`);
  }
  for (const field of ['modelRevision', 'modelPath'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string') problems.push(`${field} is not a string`);
  }
  const datasets = value.datasets as Record<string, unknown> | undefined;
  for (const split of ['train', 'val'] as const) {
    const problem = datasetProblem(datasets?.[split]);
    if (problem) problems.push(`datasets.${split} ${problem}`);
  }
  if (!isTrainingParameters(value.parameters)) problems.push('parameters does not hold all eleven training parameters');
  const trainer = value.trainer as Record<string, unknown> | null;
  if (!trainer || typeof trainer !== 'object' || Array.isArray(trainer) || !Object.values(trainer).every(isPrimitive)) problems.push('trainer is not an identity object');
  if (value.codeFiles !== undefined) {
    const files = value.codeFiles as unknown[];
    const wellFormed =
      Array.isArray(files) &&
      files.every((file) => {
        const entry = file as Partial<CodeFileRecord> | null;
        return !!entry && typeof entry.path === 'string' && typeof entry.sha256 === 'string' && (entry.role === 'trainer' || entry.role === 'key-file') &&
          Number.isSafeInteger(entry.size) && Number.isSafeInteger(entry.ino) && typeof entry.mtimeMs === 'number';
      });
    if (!wellFormed) problems.push('codeFiles is not a list of files with path, role, size, mtimeMs, ino and sha256');
  }
  if (value.keyEnv !== undefined) {
    const env = value.keyEnv as Record<string, unknown> | null;
    if (!env || typeof env !== 'object' || Array.isArray(env) || !Object.values(env).every((hash) => hash === null || typeof hash === 'string')) {
      problems.push('keyEnv is not an object of hashes');
    }
  }
  const metrics = value.metrics as Record<string, unknown> | null;
  if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics) || !Object.values(metrics).every((metric) => typeof metric === 'number')) {
    problems.push('metrics is not an object of numbers');
  }
  if (!Array.isArray(value.history)) problems.push('history is not a list');
  if (!Array.isArray(value.files)) problems.push('files is not a list');
  else {
    for (const file of value.files as unknown[]) {
      const entry = file as Partial<TrainedFile> | null;
      if (!entry || typeof entry.path !== 'string' || !Number.isSafeInteger(entry.size)) {
        problems.push('files holds an entry without path and size');
        break;
      }
      if (!isSafePath(entry.path)) {
        problems.push(`files names an unsafe path ${JSON.stringify(entry.path)}`);
        break;
      }
    }
  }
  if (problems.length > 0) return { kind: 'corrupted', reason: problems.join('; ') };
  return { kind: 'ok', metadata: value as unknown as TrainingMetadata };
}
