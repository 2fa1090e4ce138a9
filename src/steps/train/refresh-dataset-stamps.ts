import { join } from 'node:path';
import { writeJsonAtomic } from '../../core/atomic-write.js';
import { withOutputLockIfFree } from '../../core/output-lock.js';
import type { CodeFileRecord } from './code-files.js';
import type { DatasetFileRecord } from './dataset-file.js';
import { readTrainingMetadata, TRAINING_METADATA_FILE } from './training-metadata.js';

/**
 * After a hit that had to re-hash a dataset or code file (same bytes, new stat: a fresh checkout, a `touch`), record the new
 * stat so the next run takes the fast path instead of hashing again. Only while nobody else writes the dir (the
 * same lock as the step's output lock, taken only if free, never waited for), and only when the metadata still
 * describes this key.
 */
export async function refreshDatasetStamps(params: {
  outputDir: string;
  key: string;
  datasets: { train: DatasetFileRecord; val: DatasetFileRecord };
  codeFiles?: readonly CodeFileRecord[];
}): Promise<void> {
  const { outputDir, key, datasets, codeFiles } = params;
  await withOutputLockIfFree({
    outputDir,
    work: async () => {
      const path = join(outputDir, TRAINING_METADATA_FILE);
      const read = await readTrainingMetadata(path);
      // The key holds every file's content hash: metadata of this key records the same bytes, only older stats.
      if (read.kind !== 'ok' || read.metadata.configHash !== key || !read.metadata.completed) return;
      const { train, val } = read.metadata.datasets;
      if (train.sha256 !== datasets.train.sha256 || val.sha256 !== datasets.val.sha256) return;
      await writeJsonAtomic(path, {
        ...read.metadata,
        datasets: { train: { ...datasets.train }, val: { ...datasets.val } },
        ...(codeFiles && codeFiles.length > 0 ? { codeFiles: codeFiles.map((file) => ({ ...file })) } : {}),
      });
    },
  });
}
