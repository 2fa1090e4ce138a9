import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HubEmulator } from '../../emulators/hub-emulator.js';
import { reviewConversion } from '../../emulators/tiny-dataset.js';

/**
 * A dataset for the crash and concurrency tests: an imdb-like parquet conversion of three splits, four shards of
 * ~70 KB with six row groups each. Capped at CAPPED_BANDWIDTH per connection, downloading it takes about 1.2 s.
 */
export function commitReviewDataset(hub: HubEmulator, name: string): void {
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# reviews\n' } });
  hub.setRef({
    type: 'dataset',
    name,
    ref: 'refs/convert/parquet',
    files: reviewConversion({ splits: { train: 2400, test: 1200, unsupervised: 1200 }, rowGroupSize: 200, rowsPerShard: 1200, wordsPerRow: 30 }),
  });
}

export const CAPPED_BANDWIDTH = 128 * 1024;

export const readDatasetMetadata = async (dir: string) => JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8')) as Record<string, any>;

/** metadata.json without what only says when, how fast and where a file was written (times, durations, inodes). */
export function lastingDatasetMetadata(metadata: Record<string, any>): Record<string, unknown> {
  const { downloadedAt: _when, downloadMs: _took, splits, ...rest } = metadata;
  return { ...rest, splits: (splits as Record<string, unknown>[]).map(({ mtimeMs: _mtime, ino: _ino, ...split }) => split) };
}
