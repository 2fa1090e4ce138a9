/**
 * The store tier's scenarios for every step, through real parts: s3rver on loopback behind the counting,
 * fault-injecting proxy, the real @aws-sdk/client-s3, the Hub emulator, the tiny trainer as a real child process,
 * and the Action bundle run as a runner runs it. Runners have their own workspace and tool cache and no Actions cache.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { startS3StoreEmulator, type S3StoreEmulator } from '../emulators/s3-store-emulator.js';
import { reviewConversion } from '../emulators/tiny-dataset.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { runCli } from '../src/cli/main.js';
import { jsonlRows, TINY_TRAINER_COMMAND } from './fixtures/train-workspace.js';
import { hashTree } from './helpers/hash-tree.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, runActionOn, type Runner } from './helpers/tiers-runners.js';

const DATASET = 'org/reviews';
let hub: HubEmulator;
let store: S3StoreEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let countFile: string;
let run = 0;
let prefix: string;

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ type: 'dataset', name: DATASET, files: { 'README.md': '# reviews\n' } });
  hub.setRef({ type: 'dataset', name: DATASET, ref: 'refs/convert/parquet', files: reviewConversion({ splits: { train: 40, test: 12 }, rowGroupSize: 10 }) });
  store = await startS3StoreEmulator();
});
afterAll(async () => {
  await hub.close();
  await store.close();
});
beforeEach(async () => {
  tmp = await makeTempDir('me-store-scenarios-');
  countFile = join(tmp.path, 'trainer-invocations.txt');
  run++;
  prefix = `scenario-${run}`;
  datasetDownloads = 0;
  store.requests.length = 0;
  store.clearFaults();
  hub.requests.length = 0;
});
afterEach(() => tmp.cleanup());

const storeEnv = () => ({ HF_ENDPOINT: hub.url, ...store.env, ME_STORE: `s3://${store.bucket}/${prefix}`, AWS_ENDPOINT_URL_S3: store.endpoint, AWS_MAX_ATTEMPTS: '4' });
const newRunner = (name: string) => makeRunner({ root: tmp.path, name, env: storeEnv() });

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json?: Record<string, any>;
}

/** The CLI in this process, as a user on `runner` runs it: from its workspace, with its environment. */
async function cli(runner: Runner, argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv: [...argv, '--json'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...runner.env, ...env },
    cwd: runner.workspace,
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
  });
  return { code, stdout, stderr, json: stdout.trim() ? JSON.parse(stdout) : undefined };
}

const writes = () => store.requests.filter((r) => r.method === 'PUT' || r.method === 'POST' || r.method === 'DELETE');
/** Dataset downloads that read parquet rows from the Hub (counted per run from its request log). */
let datasetDownloads = 0;
const parquetFetched = (from: number) => hub.requests.slice(from).some((r) => r.file?.endsWith('.parquet') && r.method === 'GET' && r.bytesSent > 0);
const trainerRuns = async () => (await readFile(countFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

const steps = {
  'dataset download': {
    outputDir: (runner: Runner) => join(runner.workspace, 'data', 'reviews'),
    prepare: async () => undefined,
    run: async (runner: Runner, extra: string[] = []) => {
      const before = hub.requests.length;
      const result = await cli(runner, ['dataset', 'download', '--name', DATASET, '--output-dir', join(runner.workspace, 'data', 'reviews'), '--max-samples', '25', ...extra]);
      if (parquetFetched(before)) datasetDownloads++;
      return result;
    },
    productions: async () => datasetDownloads,
    producedSource: 'hub',
    ignore: ['metadata.json'],
  },
  train: {
    outputDir: (runner: Runner) => join(runner.workspace, 'models', 'fine-tuned'),
    prepare: async (runner: Runner) => {
      await mkdir(join(runner.workspace, 'data'), { recursive: true });
      await writeFile(join(runner.workspace, 'data', 'train.jsonl'), jsonlRows(20));
      await writeFile(join(runner.workspace, 'data', 'val.jsonl'), jsonlRows(6, 3));
    },
    run: (runner: Runner, extra: string[] = []) =>
      cli(
        runner,
        ['train', '--model-name', 'tiny/bert', '--train-data', './data/train.jsonl', '--val-data', './data/val.jsonl', '--output-dir', './models/fine-tuned', '--run', TINY_TRAINER_COMMAND, ...extra],
        { TINY_TRAINER_COUNT_FILE: countFile },
      ),
    productions: trainerRuns,
    producedSource: 'trained',
    ignore: ['training_metadata.json'],
  },
};

describe.each(Object.entries(steps))('%s through the store', (_label, step) => {
  test('runner A produces and saves; runner B (empty tool cache, no Actions cache) restores it without producing', async () => {
    const [a, b] = [await newRunner('a'), await newRunner('b')];
    await step.prepare(a);
    await step.prepare(b);
    const first = await step.run(a);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ cacheHit: false, source: step.producedSource, store: { blobsUploaded: expect.any(Number) } });
    expect(first.stderr).toContain('Saved to s3');
    const produced = await step.productions();
    expect(produced).toBe(1);

    const second = await step.run(b);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ cacheHit: true, source: 's3', key: first.json!.key, store: { bytesDown: first.json!.store.bytesUp } });
    expect(await step.productions()).toBe(produced);
    expect(await hashTree(step.outputDir(b), step.ignore)).toEqual(await hashTree(step.outputDir(a), step.ignore));
  });
});

describe('the model download through the store', () => {
  test('two revisions share blobs: the new entry uploads the changed 1 KiB file (≤ 1% of the model), a fresh runner fetches only it from the Hub', async () => {
    const name = `org/shared-${run}`;
    const files = { ...tinyModelFiles({ hiddenSize: 16384 }), 'generation_config.json': JSON.stringify({ note: 'a'.repeat(1000), v: 1 }) };
    hub.commit({ name, files });
    const a = await newRunner('a');
    const output = (runner: Runner) => ['--name', name, '--output-dir', join(runner.workspace, 'models', 'base')];
    const first = await cli(a, ['model', 'download', ...output(a)]);
    const modelBytes = first.json!.bytes as number;
    expect(modelBytes).toBeGreaterThan(1024 * 1024);

    const changed = JSON.stringify({ note: 'b'.repeat(1000), v: 2 });
    expect(Buffer.byteLength(changed)).toBeLessThanOrEqual(1024);
    hub.commit({ name, files: { 'generation_config.json': changed } });
    store.requests.length = 0;
    const second = await cli(a, ['model', 'download', ...output(a)]);
    expect(second.json).toMatchObject({ source: 'hub', fetchedFiles: 1, store: { blobsSkipped: 6, blobsUploaded: 2 } });
    // Everything the save sent (blobs, manifest, lineage pointer, use marker), against the model's size.
    const uploaded = store.requests.filter((r) => r.method === 'PUT').reduce((sum, r) => sum + r.bytesIn, 0);
    expect(uploaded).toBeLessThanOrEqual(modelBytes * 0.01);
    expect(store.blobBytesUploaded()).toBe(second.json!.store.bytesUp);

    // A fresh runner asks for an older pinned revision's successor: here, the branch moved once more.
    hub.commit({ name, files: { 'generation_config.json': JSON.stringify({ note: 'c'.repeat(1000), v: 3 }) } });
    hub.requests.length = 0;
    const fresh = await newRunner('fresh');
    const third = await cli(fresh, ['model', 'download', ...output(fresh)]);
    expect(third.json).toMatchObject({ source: 'hub', fetchedFiles: 1, nearest: { source: 's3', revision: second.json!.revision } });
    expect(hub.bytesServed((r) => !!r.file && r.range !== 'bytes=0-0')).toBe(Buffer.byteLength(JSON.stringify({ note: 'c'.repeat(1000), v: 3 })));
  });

  test('a tampered blob is a miss with that reason; the model is downloaded again and the blob replaced, so the next runner restores', async () => {
    const name = `org/tampered-${run}`;
    const files = tinyModelFiles();
    hub.commit({ name, files });
    const [a, b, c] = [await newRunner('a'), await newRunner('b'), await newRunner('c')];
    const output = (runner: Runner) => ['--name', name, '--output-dir', join(runner.workspace, 'models', 'base')];
    await cli(a, ['model', 'download', ...output(a)]);
    const weights = files['model.safetensors'];
    const sha = (await import('node:crypto')).createHash('sha256').update(weights).digest('hex');
    const blobKey = `${prefix}/blobs/sha256/${sha.slice(0, 2)}/${sha}`;
    expect(await store.listKeys(blobKey)).toEqual([blobKey]);
    // Same size, other bytes: HeadObject alone cannot tell.
    await store.putObject(blobKey, Buffer.alloc(weights.length, 7));

    const second = await cli(b, ['model', 'download', ...output(b)]);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ cacheHit: false, source: 'hub' });
    expect(second.stderr).toMatch(/s3 entry could not be restored: model\.safetensors: blob [0-9a-f]{12}… holds \d+ bytes of sha256 [0-9a-f]{12}…, not the \d+ bytes its name promises/);
    expect(second.json!.reasons).toEqual(expect.arrayContaining([expect.stringContaining('s3 entry could not be restored: model.safetensors')]));
    expect(hub.fileDownloads('model.safetensors')).toBe(2);

    const third = await cli(c, ['model', 'download', ...output(c)]);
    expect(third.json).toMatchObject({ cacheHit: true, source: 's3' });
    expect(await readFile(join(c.workspace, 'models', 'base', 'model.safetensors'))).toEqual(weights);
  });

  test('a missing manifest is a miss (produced again, then saved); a missing blob is a miss that names it', async () => {
    const name = `org/lost-${run}`;
    hub.commit({ name, files: tinyModelFiles() });
    const [a, b, c] = [await newRunner('a'), await newRunner('b'), await newRunner('c')];
    const output = (runner: Runner) => ['--name', name, '--output-dir', join(runner.workspace, 'models', 'base')];
    const first = await cli(a, ['model', 'download', ...output(a)]);
    await store.deleteObject(`${prefix}/entries/model/${first.json!.key}.json`);
    const second = await cli(b, ['model', 'download', ...output(b)]);
    expect(second.json).toMatchObject({ cacheHit: false, source: 'hub', reasons: expect.arrayContaining(['s3: no entry for this key']) });
    expect(second.stderr).toContain('Saved to s3');

    const [blob] = await store.listKeys(`${prefix}/blobs/`);
    await store.deleteObject(blob);
    const third = await cli(c, ['model', 'download', ...output(c)]);
    expect(third.json).toMatchObject({ cacheHit: false, source: 'hub' });
    expect(third.stderr).toMatch(/s3 entry could not be restored: .+: its blob [0-9a-f]{12}… is missing from the store/);
  });

  test('wrong credentials are a warning naming the bucket, the endpoint and the fix, and a miss; with --fail-on-cache-error exit 1; the secret is never printed', async () => {
    const name = `org/denied-${run}`;
    hub.commit({ name, files: tinyModelFiles() });
    const a = await newRunner('a');
    const secret = 'wrong-secret-key-0123456789';
    const output = ['--name', name, '--output-dir', join(a.workspace, 'models', 'base')];
    // The right key id with the wrong secret: the signature does not match.
    const denied = await cli(a, ['model', 'download', ...output], { AWS_SECRET_ACCESS_KEY: secret });
    expect(denied.code).toBe(0);
    expect(denied.json).toMatchObject({ source: 'hub' });
    expect(denied.stderr).toContain(`bucket ${store.bucket} at ${store.endpoint} rejected the credentials (SignatureDoesNotMatch): check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY`);
    expect(denied.stderr + denied.stdout).not.toContain(secret);
    expect(await store.listKeys(`${prefix}/`)).toEqual([]);

    // A key id the server does not know, and --fail-on-cache-error: the step fails.
    const failed = await cli(a, ['model', 'download', ...output, '--force', '--fail-on-cache-error'], { AWS_ACCESS_KEY_ID: 'AKIAWRONGWRONGWRONG0', AWS_SECRET_ACCESS_KEY: secret });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('rejected the credentials (InvalidAccessKeyId)');
    expect(failed.stderr + failed.stdout).not.toContain(secret);
  });

  test('read-only restores from the store and writes nothing to it, not even the last-use marker', async () => {
    const name = `org/read-only-${run}`;
    hub.commit({ name, files: tinyModelFiles() });
    const [a, b] = [await newRunner('a'), await newRunner('b')];
    await cli(a, ['model', 'download', '--name', name, '--output-dir', join(a.workspace, 'models', 'base')]);
    store.requests.length = 0;
    const restored = await cli(b, ['model', 'download', '--name', name, '--output-dir', join(b.workspace, 'models', 'base'), '--cache', 'read-only']);
    expect(restored.json).toMatchObject({ cacheHit: true, source: 's3' });
    expect(store.requests.length).toBeGreaterThan(0);
    expect(writes()).toEqual([]);
  });

  test('503 SlowDown and dropped connections are retried with backoff: the save and the restore both succeed', async () => {
    const name = `org/slow-${run}`;
    hub.commit({ name, files: tinyModelFiles() });
    const [a, b] = [await newRunner('a'), await newRunner('b')];
    const blobPut = (method: string, path: string) => method === 'PUT' && path.includes('/blobs/');
    const blobGet = (method: string, path: string) => method === 'GET' && path.includes('/blobs/');
    store.inject({ fault: { kind: 'status', status: 503, code: 'SlowDown' }, count: 2, match: blobPut });
    store.inject({ fault: { kind: 'drop' }, count: 1, match: (method, path) => method === 'PUT' && path.includes('/entries/') });
    const saved = await cli(a, ['model', 'download', '--name', name, '--output-dir', join(a.workspace, 'models', 'base')]);
    expect(saved.stderr).toContain('Saved to s3');
    expect(saved.stderr).not.toMatch(/Saving to s3 failed|Not saved to s3|store.*failed/i);
    expect(store.requests.filter((r) => r.status === 503)).toHaveLength(2);
    expect(store.requests.filter((r) => r.status === -1)).toHaveLength(1);

    store.inject({ fault: { kind: 'status', status: 503, code: 'SlowDown' }, count: 2, match: blobGet });
    const restored = await cli(b, ['model', 'download', '--name', name, '--output-dir', join(b.workspace, 'models', 'base')]);
    expect(restored.json).toMatchObject({ cacheHit: true, source: 's3' });
    expect(store.requests.filter((r) => r.status === 503)).toHaveLength(4);
  });
});

describe('the Action with the store input', () => {
  test('run as a runner runs it (the bundle as a child process): one runner saves, another restores, outputs and the job summary say so, and no secret leaks', async () => {
    const name = `org/action-${run}`;
    hub.commit({ name, files: tinyModelFiles() });
    const runnerEnv = { HF_ENDPOINT: hub.url, ...store.env, AWS_SECRET_ACCESS_KEY: 'S3RVER' };
    const [a, b] = [await makeRunner({ root: tmp.path, name: 'a', env: runnerEnv }), await makeRunner({ root: tmp.path, name: 'b', env: runnerEnv })];
    const inputs = { command: 'model-download', name, 'output-dir': 'models/base', store: `s3://${store.bucket}/${prefix}`, 'store-endpoint': store.endpoint };
    const saved = await runActionOn(a, inputs);
    expect(saved.code).toBe(0);
    expect(saved.outputs).toMatchObject({ 'cache-hit': 'false', source: 'hub' });
    expect(saved.stdout).toContain('Saved to s3');
    expect(saved.summary).toMatch(/\| Store \| `s3:\/\/[^`]+`: [\d.]+ KiB up, 0 B down, 0 blob\(s\) already there \|/);

    const restored = await runActionOn(b, inputs);
    expect(restored.code).toBe(0);
    expect(restored.outputs).toMatchObject({ 'cache-hit': 'true', source: 's3', 'cache-key': saved.outputs['cache-key'] });
    expect(restored.summary).toMatch(/\| Store \| `s3:\/\/[^`]+`: 0 B up, [\d.]+ KiB down/);
    expect(await hashTree(join(b.workspace, 'models', 'base'), [])).toEqual(await hashTree(join(a.workspace, 'models', 'base'), []));
    // The runner masks what the Action registers as a secret (::add-mask::): the secret key is one of them.
    expect(saved.stdout).toContain('::add-mask::S3RVER');
  });
});
