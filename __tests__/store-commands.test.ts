/**
 * `store ls` and `store prune` against s3rver on loopback (real @aws-sdk/client-s3, no mocks): entries of two model
 * revisions that share blobs, a dry run that deletes nothing, a prune that keeps what the kept entry needs, and a
 * fresh runner that still restores the kept entry afterwards.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { startS3StoreEmulator, type S3StoreEmulator } from '../emulators/s3-store-emulator.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, type Runner } from './helpers/tiers-runners.js';

let hub: HubEmulator;
let store: S3StoreEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let runnerA: Runner;
let runnerB: Runner;
let storeUrl: string;
let run = 0;

beforeAll(async () => {
  hub = await startHubEmulator();
  store = await startS3StoreEmulator();
});
afterAll(async () => {
  await hub.close();
  await store.close();
});
beforeEach(async () => {
  tmp = await makeTempDir('me-store-cmd-');
  run++;
  storeUrl = `s3://${store.bucket}/prune-${run}`;
  const env = { HF_ENDPOINT: hub.url, ...store.env, ME_STORE: storeUrl, AWS_ENDPOINT_URL_S3: store.endpoint };
  runnerA = await makeRunner({ root: tmp.path, name: 'a', env });
  runnerB = await makeRunner({ root: tmp.path, name: 'b', env });
});
afterEach(() => tmp.cleanup());

const cli = (runner: Runner, argv: string[]) => runCliInProcess(argv, runner.env);
const download = (runner: Runner, name: string) => cli(runner, ['model', 'download', '--name', name, '--output-dir', join(runner.workspace, 'models', 'base'), '--json']);
const blobKeys = () => store.listKeys(`prune-${run}/blobs/`);

/** Two revisions of one model saved by runner A: the second changed config.json only. */
async function twoRevisions() {
  const name = `org/pruned-${run}`;
  const files = tinyModelFiles();
  hub.commit({ name, files });
  const first = await download(runnerA, name);
  hub.commit({ name, files: { 'config.json': '{"model_type":"bert","hidden_size":8,"revision":2}' } });
  const second = await download(runnerA, name);
  expect([first.json?.source, second.json?.source]).toEqual(['hub', 'hub']);
  return { name, first: first.json!, second: second.json! };
}

describe('store ls', () => {
  test('lists each entry with its step, key, size, creation and last use; --json gives the same', async () => {
    const { first, second } = await twoRevisions();
    const listed = await cli(runnerA, ['store', 'ls', '--json']);
    expect(listed.code).toBe(0);
    expect(listed.json).toMatchObject({ store: storeUrl });
    const entries = listed.json!.entries as { step: string; key: string; bytes: number; files: number; createdAt: string; lastUsedAt: string }[];
    expect(entries.map((entry) => entry.key)).toEqual([second.key, first.key]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ step: 'model', files: 7 });
      expect(entry.bytes).toBeGreaterThan(first.bytes as number);
      expect(Date.parse(entry.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(entry.createdAt) - 1000);
      expect(Date.now() - Date.parse(entry.createdAt)).toBeLessThan(60_000);
    }

    const table = await cli(runnerA, ['store', 'ls']);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^STEP +KEY +SIZE +CREATED +LAST USED$/);
    expect(lines[1]).toMatch(new RegExp(`^model +${second.key.slice(0, 16)} +[\\d.]+ KiB +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ`));
    expect(lines.at(-1)).toContain(`2 entries in ${storeUrl}`);
  });

  test('without a store it is exit 2 with one line', async () => {
    const listed = await runCliInProcess(['store', 'ls'], { ...store.env });
    expect(listed.code).toBe(2);
    expect(listed.stderr.trim().split('\n')).toEqual(['✗ model-experiments store ls needs a store: give --store s3://<bucket>/<prefix> (or set ME_STORE)']);
  });
});

describe('store prune', () => {
  test('--dry-run says what would go and deletes nothing; prune keeps the blobs of the kept entry, which a fresh runner still restores', async () => {
    const { name, first, second } = await twoRevisions();
    const before = await blobKeys();
    // The old revision's config.json and model_metadata.json are its only blobs the new revision does not share.
    expect(before).toHaveLength(9);

    store.requests.length = 0;
    const dry = await cli(runnerA, ['store', 'prune', '--older-than', '0s', '--keep-last', '1', '--keep-recent-blobs', '0s', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(dry.json).toMatchObject({ dryRun: true, keptEntries: 1, removedBlobs: 2, keptBlobs: 7, removedEntries: [{ step: 'model', key: first.key }] });
    expect(store.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(await blobKeys()).toEqual(before);

    const pruned = await cli(runnerA, ['store', 'prune', '--older-than', '0s', '--keep-last', '1', '--keep-recent-blobs', '0s']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain(`Removed 1 entry and 2 blob(s)`);
    expect(pruned.stderr).toContain(`Removed model ${first.key.slice(0, 16)}`);
    expect((await blobKeys()).length).toBe(7);
    const listed = await cli(runnerA, ['store', 'ls', '--json']);
    expect((listed.json!.entries as { key: string }[]).map((entry) => entry.key)).toEqual([second.key]);

    hub.requests.length = 0;
    const restored = await download(runnerB, name);
    expect(restored.json).toMatchObject({ cacheHit: true, source: 's3', key: second.key });
    expect(hub.requests.filter((r) => r.file && r.method === 'GET' && r.range !== 'bytes=0-0')).toEqual([]);
  });

  test('entries used within --older-than, and unneeded blobs written within --keep-recent-blobs (a save in progress), are kept', async () => {
    await twoRevisions();
    const recent = await cli(runnerA, ['store', 'prune', '--older-than', '30d', '--json']);
    expect(recent.json).toMatchObject({ removedEntries: [], keptEntries: 2, removedBlobs: 0, recentBlobs: 0 });
    const young = await cli(runnerA, ['store', 'prune', '--older-than', '0s', '--json']);
    // Every entry goes, but its blobs are younger than the default hour: a concurrent save may be about to name them.
    expect(young.json).toMatchObject({ keptEntries: 0, removedBlobs: 0, recentBlobs: 9 });
    expect(await blobKeys()).toHaveLength(9);
  });

  test.each([
    [['--older-than', '30 days'], '--older-than "30 days" is not a duration'],
    [[], 'needs --older-than <duration>'],
    [['--older-than', '1d', '--keep-last', 'two'], '--keep-last "two" is not a whole number'],
  ])('%j is exit 2 with one line', async (extra, message) => {
    const result = await cli(runnerA, ['store', 'prune', ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});
