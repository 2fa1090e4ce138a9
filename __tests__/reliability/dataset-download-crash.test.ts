import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { CAPPED_BANDWIDTH, commitReviewDataset, lastingDatasetMetadata as lasting, readDatasetMetadata as readMetadata } from './dataset-fixture.js';
import { runAndKill, seededRandom } from './kill-harness.js';
import { leftoversAround } from './leftovers.js';
import { CRASH_PROMISE } from './promise-titles.js';

const DATASET = 'crash/reviews';
const KILLS = 14;
let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let env: Record<string, string>;
let clean: Record<string, string>;
let cleanMetadata: Record<string, unknown>;

const dataFiles = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'metadata.json'));
const download = (out: string, extra: string[] = []) => ['dataset', 'download', '--name', DATASET, '--output-dir', out, ...extra];

beforeAll(async () => {
  hub = await startHubEmulator();
  commitReviewDataset(hub, DATASET);
  tmp = await makeTempDir('me-dataset-crash-');
  env = { HF_ENDPOINT: hub.url, ME_HTTP_BACKOFF_MS: '10' };
  const reference = join(tmp.path, 'clean');
  expect((await runCliProcess(download(reference), env)).code).toBe(0);
  clean = await hashTree(reference);
  cleanMetadata = lasting(await readMetadata(reference));
});
afterAll(async () => {
  await hub.close();
  await tmp.cleanup();
});

describe(CRASH_PROMISE, () => {
  const random = seededRandom(20261203);
  // A capped run takes about 1.5 s: CLI start, the revision and the listing, ~1.2 s of parquet, metadata.json last.
  const moments = Array.from({ length: KILLS }, (_, index) => ({ index, delayMs: Math.round(80 + random() * 1500) }));

  test.each(moments)('dataset download killed at $delayMs ms (case $index)', async ({ index, delayMs }) => {
    const out = join(tmp.path, `killed-${index}`);
    hub.setBandwidth(CAPPED_BANDWIDTH);
    const killed = await runAndKill({ args: download(out), env, delayMs });
    hub.setBandwidth(0);
    if (!killed.killed) expect(killed.code).toBe(0);

    // Whatever the kill left: a metadata.json that claims a result must describe exactly the clean rows, and each
    // split it records must be on disk with the clean bytes.
    const after = await hashTree(out).catch(() => ({}) as Record<string, string>);
    if (after['metadata.json']) {
      const metadata = await readMetadata(out);
      expect(lasting(metadata)).toEqual(cleanMetadata);
      for (const split of metadata.splits as { name: string }[]) expect(after[`${split.name}/data.jsonl`]).toBe(clean[`${split.name}/data.jsonl`]);
    }

    const rerun = await runCliProcess(download(out, ['--json']), env);
    expect(rerun.code).toBe(0);
    // A complete result (metadata.json is written last) is used as it is, not downloaded again.
    if (!killed.killed || after['metadata.json']) expect(rerun.json).toMatchObject({ cacheHit: true, source: 'disk' });
    // A hit must be on the clean result; a miss must have produced it again.
    expect(dataFiles(await hashTree(out))).toEqual(dataFiles(clean));
    expect(lasting(await readMetadata(out))).toEqual(cleanMetadata);
    expect(await leftoversAround(out)).toEqual([]);
    // And the result the re-run left is one the next run trusts without downloading.
    const requestsBefore = hub.requests.length;
    const third = await runCliProcess(download(out, ['--json']), env);
    expect(third.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(hub.requests.slice(requestsBefore).filter((r) => r.file?.endsWith('.parquet'))).toEqual([]);
  });
});
