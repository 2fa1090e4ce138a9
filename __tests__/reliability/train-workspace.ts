import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonlRows } from '../fixtures/train-workspace.js';

export const PROGRESSIVE_TRAINER = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'progressive-trainer.mjs');
/** The --run command: the progressive trainer under this very node. */
export const PROGRESSIVE_TRAINER_COMMAND = `"${process.execPath}" "${PROGRESSIVE_TRAINER}"`;

/** Write data/train.jsonl and data/val.jsonl under `root`; returns their absolute paths. */
export async function writeTrainingData(root: string): Promise<{ train: string; val: string }> {
  await mkdir(join(root, 'data'), { recursive: true });
  const train = join(root, 'data', 'train.jsonl');
  const val = join(root, 'data', 'val.jsonl');
  await writeFile(train, jsonlRows(40));
  await writeFile(val, jsonlRows(10, 3));
  return { train, val };
}

/**
 * `train --run <progressive trainer>` argv. Paths are absolute: the kill harness starts the CLI in the test's own
 * working directory, and absolute paths give every run (killed, re-run, clean) the same key.
 */
export function trainArgs(params: { data: { train: string; val: string }; outputDir: string; epochs: number }): string[] {
  return [
    'train',
    '--model-name',
    'tiny/bert',
    '--train-data',
    params.data.train,
    '--val-data',
    params.data.val,
    '--output-dir',
    params.outputDir,
    '--epochs',
    String(params.epochs),
    '--run',
    PROGRESSIVE_TRAINER_COMMAND,
  ];
}

export const readTrainingMetadata = async (dir: string) => JSON.parse(await readFile(join(dir, 'training_metadata.json'), 'utf8')) as Record<string, any>;

/** training_metadata.json without what only says when a run happened or where the data file sat (times, inodes). */
export function lastingTrainingMetadata(metadata: Record<string, any>): Record<string, unknown> {
  const { startedAt: _started, finishedAt: _finished, datasets, ...rest } = metadata;
  const stable = ({ mtimeMs: _mtime, ino: _ino, ...file }: Record<string, unknown>) => file;
  return { ...rest, datasets: { train: stable(datasets.train), val: stable(datasets.val) } };
}

export const withoutTrainingMetadata = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'training_metadata.json'));
