/**
 * The cache tiers under the dataset download and train steps: the same cross-runner scenarios as for models,
 * through the real CLI (in-process, with each runner's workspace as its working directory), real
 * @actions/cache against the loopback service, real tar and zstd, the tiny trainer as a real child process.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { reviewConversion } from '../emulators/tiny-dataset.js';
import { runCli } from '../src/cli/main.js';
import { jsonlRows, TINY_TRAINER_COMMAND } from './fixtures/train-workspace.js';
import { hashTree } from './helpers/hash-tree.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, runActionOn, toolCacheVersions, type Runner } from './helpers/tiers-runners.js';

const DATASET = 'org/reviews';
let hub: HubEmulator;
let cache: ActionsCacheEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let countFile: string;

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ type: 'dataset', name: DATASET, files: { 'README.md': '# reviews\n' } });
  hub.setRef({ type: 'dataset', name: DATASET, ref: 'refs/convert/parquet', files: reviewConversion({ splits: { train: 40, test: 12 }, rowGroupSize: 10 }) });
  cache = await startActionsCacheEmulator();
});
afterAll(async () => {
  await hub.close();
  await cache.close();
});
beforeEach(async () => {
  tmp = await makeTempDir('me-tiers-steps-');
  countFile = join(tmp.path, 'trainer-invocations.txt');
  await cache.clear();
  cache.clearFaults();
  cache.requests.length = 0;
  hub.requests.length = 0;
});
afterEach(() => tmp.cleanup());

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

interface StepCase {
  /** The tier name in cache keys and tool names. */
  step: string;
  producedSource: string;
  outputDir(runner: Runner): string;
  /** What a checkout brings to a runner before the step runs. */
  prepare(runner: Runner): Promise<void>;
  run(runner: Runner, extra?: string[], env?: Record<string, string>): Promise<CliRun>;
  /** How many times the origin did the work (parquet bodies fetched, trainer invocations). */
  productions(): Promise<number>;
  /** Files whose bytes must match between runners (metadata with times and stats left out). */
  ignore: string[];
}

/** Dataset downloads that fetched parquet rows from the Hub, counted from its request log after each run. */
let datasetDownloads = 0;

const datasetCase: StepCase = {
  step: 'dataset',
  producedSource: 'hub',
  outputDir: (runner) => join(runner.workspace, 'data', 'reviews'),
  prepare: async () => undefined,
  run: async (runner, extra = [], env = {}) => {
    const before = hub.requests.length;
    const run = await cli(runner, ['dataset', 'download', '--name', DATASET, '--output-dir', datasetCase.outputDir(runner), '--max-samples', '25', ...extra], {
      HF_ENDPOINT: hub.url,
      ...env,
    });
    if (hub.requests.slice(before).some((r) => r.file?.endsWith('.parquet') && r.method === 'GET' && r.bytesSent > 0)) datasetDownloads++;
    return run;
  },
  productions: async () => datasetDownloads,
  ignore: ['metadata.json'],
};

const trainCase: StepCase = {
  step: 'train',
  producedSource: 'trained',
  outputDir: (runner) => join(runner.workspace, 'models', 'fine-tuned'),
  prepare: async (runner) => {
    await mkdir(join(runner.workspace, 'data'), { recursive: true });
    await writeFile(join(runner.workspace, 'data', 'train.jsonl'), jsonlRows(20));
    await writeFile(join(runner.workspace, 'data', 'val.jsonl'), jsonlRows(6, 3));
  },
  run: (runner, extra = [], env = {}) =>
    cli(
      runner,
      ['train', '--model-name', 'tiny/bert', '--train-data', './data/train.jsonl', '--val-data', './data/val.jsonl', '--output-dir', './models/fine-tuned', '--run', TINY_TRAINER_COMMAND, ...extra],
      { TINY_TRAINER_COUNT_FILE: countFile, ...env },
    ),
  productions: async () => (await readFile(countFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
  ignore: ['training_metadata.json'],
};

describe.each([
  ['dataset download', datasetCase],
  ['train', trainCase],
])('%s', (_label, stepCase) => {
  const { step } = stepCase;
  let runnerA: Runner;
  let runnerB: Runner;
  let produced: () => Promise<number>;
  beforeEach(async () => {
    runnerA = await makeRunner({ root: tmp.path, name: 'a', cache });
    runnerB = await makeRunner({ root: tmp.path, name: 'b', cache });
    await stepCase.prepare(runnerA);
    await stepCase.prepare(runnerB);
    datasetDownloads = 0;
    produced = () => stepCase.productions();
  });

  test('runner A produces and saves; runner B with a fresh dir and an empty tool cache restores from the Actions cache without producing', async () => {
    const first = await stepCase.run(runnerA);
    expect(first.stderr).not.toContain('✗');
    expect(first.json).toMatchObject({ cacheHit: false, source: stepCase.producedSource });
    expect(await produced()).toBe(1);
    const key = first.json!.key as string;
    // Besides the entry, a training records its metrics (a small record entry, for sweep reports).
    expect(cache.entries().filter((entry) => !entry.key.startsWith('model-experiments-record-'))).toEqual([expect.objectContaining({ key: `model-experiments-${step}-${key}`, finalized: true })]);
    expect(await toolCacheVersions(runnerA, step)).toEqual([`0.0.0-g${key.slice(0, 32)}`]);

    const second = await stepCase.run(runnerB);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ cacheHit: true, source: 'actions-cache', key });
    expect(await produced()).toBe(1);
    expect(await hashTree(stepCase.outputDir(runnerB), stepCase.ignore)).toEqual(await hashTree(stepCase.outputDir(runnerA), stepCase.ignore));
    expect((await stepCase.run(runnerB)).json).toMatchObject({ cacheHit: true, source: 'disk' });
  });

  test('the tool cache restores into a fresh output dir without producing or touching the Actions cache', async () => {
    await stepCase.run(runnerA);
    await rm(stepCase.outputDir(runnerA), { recursive: true });
    cache.requests.length = 0;
    const again = await stepCase.run(runnerA);
    expect(again.json).toMatchObject({ cacheHit: true, source: 'tool-cache' });
    expect(await produced()).toBe(1);
    expect(cache.requests).toHaveLength(0);
  });

  test('plan mode produces and downloads nothing, and finds what another runner saved', async () => {
    const empty = await stepCase.run(runnerA, ['--plan']);
    expect(empty.json).toMatchObject({ needsRun: true, cacheHit: false });
    expect(empty.json!.reasons).toEqual(expect.arrayContaining(['tool-cache: no entry for this key', 'actions-cache: no entry for this key']));
    await stepCase.run(runnerA);
    const before = await produced();
    const plan = await stepCase.run(runnerB, ['--plan']);
    expect(plan.json).toMatchObject({ needsRun: false, cacheHit: true, source: 'actions-cache' });
    expect(await produced()).toBe(before);
    expect(cache.requests.filter((r) => r.kind === 'download')).toHaveLength(0);
  });

  test('read-only saves to no tier', async () => {
    const run = await stepCase.run(runnerA, ['--cache', 'read-only']);
    expect(run.json).toMatchObject({ source: stepCase.producedSource });
    expect(cache.entries()).toEqual([]);
    expect(cache.requests.filter((r) => r.operation === 'CreateCacheEntry' || r.kind === 'upload')).toEqual([]);
    expect(await toolCacheVersions(runnerA, step)).toEqual([]);
  });

  test('a corrupted stored entry is a miss with its reason, and the step produces again', async () => {
    const first = await stepCase.run(runnerA);
    await cache.corruptEntry(`model-experiments-${step}-${first.json!.key}`);
    const run = await stepCase.run(runnerB);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: false, source: stepCase.producedSource });
    expect(run.json!.reasons).toContainEqual(expect.stringMatching(/^actions-cache entry could not be restored: .*(zstd|tar)/));
    expect(await produced()).toBe(2);
  });

  test('a key another runner is uploading right now (409) is not an error', async () => {
    const first = await stepCase.run(runnerA);
    const version = cache.entries()[0].version;
    await cache.clear();
    const reserve = await fetch(new URL('twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', cache.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cache.token}` },
      body: JSON.stringify({ key: `model-experiments-${step}-${first.json!.key}`, version }),
    });
    expect(reserve.status).toBe(200);
    const run = await stepCase.run(runnerB, ['--fail-on-cache-error']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('actions-cache already holds this key');
  });
});

describe('the Action, as the README\'s PR checks use it', () => {
  test('a nightly runner trains; a PR runner looks up (needs-run false), then restores without training; a changed input needs a run', async () => {
    const nightly = await makeRunner({ root: tmp.path, name: 'nightly', cache });
    const pr = await makeRunner({ root: tmp.path, name: 'pr', cache, env: { RUNNER_ENVIRONMENT: 'github-hosted' } });
    await trainCase.prepare(nightly);
    await trainCase.prepare(pr);
    const inputs = {
      command: 'train',
      'model-name': 'tiny/bert',
      'train-data': './data/train.jsonl',
      'val-data': './data/val.jsonl',
      'output-dir': './models/fine-tuned',
      run: TINY_TRAINER_COMMAND,
    };
    const env = { TINY_TRAINER_COUNT_FILE: countFile };

    const trained = await runActionOn(nightly, inputs, env);
    expect(trained.code).toBe(0);
    expect(trained.outputs).toMatchObject({ source: 'trained', 'cache-hit': 'false' });
    expect(await trainCase.productions()).toBe(1);
    const entriesAfterNightly = cache.entries().length;

    const plan = await runActionOn(pr, { ...inputs, cache: 'read-only', 'lookup-only': 'true' }, env);
    expect(plan.outputs).toMatchObject({ 'needs-run': 'false', 'cache-hit': 'true', source: 'actions-cache', 'cache-key': trained.outputs['cache-key'] });
    expect(plan.summary).toContain('would restore from actions-cache (plan)');

    const restored = await runActionOn(pr, { ...inputs, cache: 'read-only' }, env);
    expect(restored.code).toBe(0);
    expect(restored.outputs).toMatchObject({ source: 'actions-cache', 'cache-hit': 'true', 'needs-run': 'false' });
    expect(restored.summary).toMatch(/\| Decision \| cache hit \|/);
    expect(restored.summary).toMatch(/\| Source \| actions-cache \|/);
    expect(await trainCase.productions()).toBe(1);
    // GitHub-hosted: the tool cache is left alone; read-only: nothing new in the Actions cache.
    expect(await toolCacheVersions(pr, 'train')).toEqual([]);
    expect(cache.entries()).toHaveLength(entriesAfterNightly);

    const changed = await runActionOn(pr, { ...inputs, epochs: '5', cache: 'read-only', 'lookup-only': 'true' }, env);
    expect(changed.outputs).toMatchObject({ 'needs-run': 'true', 'cache-hit': 'false', source: 'none' });
    expect(changed.outputs.reasons.split('\n')).toEqual(expect.arrayContaining(['epochs: 3 → 5', 'actions-cache: no entry for this key']));
    expect(await trainCase.productions()).toBe(1);
  });
});
