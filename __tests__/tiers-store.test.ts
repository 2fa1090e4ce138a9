/**
 * The S3-compatible store tier under the model download step: real @aws-sdk/client-s3 against s3rver on
 * loopback (behind a counting, fault-injecting proxy), real Hub emulator, runners with separate tool caches and
 * no Actions cache.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { startS3StoreEmulator, type S3StoreEmulator } from '../emulators/s3-store-emulator.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { hashTree } from './helpers/hash-tree.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, type Runner } from './helpers/tiers-runners.js';

const MODEL = 'org/tiny-bert';
let hub: HubEmulator;
let store: S3StoreEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let runnerA: Runner;
let runnerB: Runner;

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: MODEL, files: tinyModelFiles() });
  store = await startS3StoreEmulator();
});
afterAll(async () => {
  await hub.close();
  await store.close();
});
let prefix = 0;
beforeEach(async () => {
  tmp = await makeTempDir('me-store-');
  store.requests.length = 0;
  store.clearFaults();
  hub.requests.length = 0;
  prefix++;
  const env = { HF_ENDPOINT: hub.url, ...store.env, ME_STORE: `s3://${store.bucket}/run-${prefix}`, AWS_ENDPOINT_URL_S3: store.endpoint };
  runnerA = await makeRunner({ root: tmp.path, name: 'a', env });
  runnerB = await makeRunner({ root: tmp.path, name: 'b', env });
});
afterEach(() => tmp.cleanup());

const outputOf = (runner: Runner) => join(runner.workspace, 'models', 'base');
const download = (runner: Runner, extra: string[] = [], env: Record<string, string> = {}) =>
  runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runner), '--json', ...extra], { ...runner.env, ...env });
const downloadNamed = (runner: Runner, name: string, extra: string[] = []) =>
  runCliInProcess(['model', 'download', '--name', name, '--output-dir', outputOf(runner), '--json', ...extra], runner.env);
const hubFileFetches = () => hub.requests.filter((r) => r.file && r.method === 'GET' && (r.status === 200 || r.status === 206) && r.range !== 'bytes=0-0').length;

describe('the store shared by runners', () => {
  test('runner A downloads and saves; runner B with an empty tool cache and no Actions cache restores from the store without the Hub', async () => {
    const first = await download(runnerA);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ cacheHit: false, source: 'hub', store: { blobsSkipped: 0 } });
    expect(first.json!.store.bytesUp).toBeGreaterThan(0);
    expect(store.blobBytesUploaded()).toBe(first.json!.store.bytesUp);
    const fetched = hubFileFetches();

    const second = await download(runnerB);
    expect(second.stderr).not.toContain('✗');
    expect(second.json).toMatchObject({ cacheHit: true, source: 's3' });
    expect(second.json!.store.bytesDown).toBe(first.json!.store.bytesUp);
    expect(hubFileFetches()).toBe(fetched);
    expect(await hashTree(outputOf(runnerB), [])).toEqual(await hashTree(outputOf(runnerA), []));
  });

  test('read-only mode restores but never writes to the store', async () => {
    const run = await download(runnerA, ['--cache', 'read-only']);
    expect(run.json).toMatchObject({ source: 'hub' });
    expect(store.requests.filter((r) => r.method === 'PUT' || r.method === 'POST' || r.method === 'DELETE')).toEqual([]);
  });

  test('a missing bucket is a warning naming the bucket and endpoint and a miss; with --fail-on-cache-error exit 1', async () => {
    const missing = `s3://no-such-bucket-${prefix}/x`;
    const run = await download(runnerA, ['--store', missing]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ source: 'hub' });
    expect(run.stderr).toContain(`bucket no-such-bucket-${prefix} at ${store.endpoint} does not exist`);
    expect(run.stderr).not.toContain('S3RVER');
    const failed = await download(runnerB, ['--store', missing, '--fail-on-cache-error']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('does not exist');
  });

  test('a malformed --store is exit 2 with one line', async () => {
    const run = await download(runnerA, ['--store', 'gs://bucket/x']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('write s3://<bucket>/<prefix>');
  });
});

describe('a moved branch on a fresh runner', () => {
  test('restores the unchanged files from the newest entry of the same repo and patterns, and fetches only the changed file from the Hub', async () => {
    const name = `org/moving-${prefix}`;
    const files = tinyModelFiles();
    hub.commit({ name, files });
    const first = await downloadNamed(runnerA, name);
    expect(first.json).toMatchObject({ source: 'hub', files: 6 });

    const config = JSON.parse(files['config.json'].toString('utf8')) as Record<string, unknown>;
    const moved = hub.commit({ name, files: { 'config.json': JSON.stringify({ ...config, hidden_dropout_prob: 0.2 }) } });
    hub.requests.length = 0;
    const second = await downloadNamed(runnerB, name);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ cacheHit: false, source: 'hub', revision: moved, fetchedFiles: 1, nearest: { source: 's3', revision: first.json!.revision, files: 5 } });
    expect(second.stderr).toContain(`Restored 5 of 6 files from the store (revision ${String(first.json!.revision).slice(0, 7)}), fetched config.json from the Hub`);
    // The Hub served config.json and nothing else of the model's bytes.
    const bodies = hub.requests.filter((r) => r.file && r.method === 'GET' && r.range !== 'bytes=0-0' && r.bytesSent > 0);
    expect(bodies.map((r) => r.file)).toEqual(['config.json']);
    expect(hub.bytesServed((r) => !!r.file && r.range !== 'bytes=0-0')).toBe(Buffer.byteLength(JSON.stringify({ ...config, hidden_dropout_prob: 0.2 })));
    // The result is the new revision, whole: a third runner restores it from the store as an exact hit.
    const runnerC = await makeRunner({ root: tmp.path, name: 'c', env: runnerA.env });
    const third = await downloadNamed(runnerC, name);
    expect(third.json).toMatchObject({ cacheHit: true, source: 's3', revision: moved });
    expect(await hashTree(outputOf(runnerC), [])).toEqual(await hashTree(outputOf(runnerB), []));
    expect(JSON.parse(await readFile(join(outputOf(runnerB), 'config.json'), 'utf8'))).toMatchObject({ hidden_dropout_prob: 0.2 });
  });

  test('other patterns are another lineage: nothing is taken from them', async () => {
    const name = `org/moving-${prefix}`;
    hub.commit({ name, files: tinyModelFiles() });
    await downloadNamed(runnerA, name);
    hub.commit({ name, files: { 'config.json': '{"model_type":"bert","hidden_size":8}' } });
    const second = await downloadNamed(runnerB, name, ['--exclude', 'vocab.txt']);
    expect(second.json).toMatchObject({ source: 'hub' });
    expect(second.json!.nearest).toBeUndefined();
    expect(second.json!.fetchedFiles).toBe(second.json!.files);
  });
});
