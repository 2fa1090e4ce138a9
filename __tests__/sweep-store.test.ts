// A sweep whose cells were trained by the CLI with the S3 store as their shared cache (s3rver behind the counting
// proxy): on another runner, `sweep --plan` and `sweep-report` find every cell by a HeadObject of its manifest and its
// metrics in the store's records, and never fetch a blob of a trained model.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startS3StoreEmulator, type S3StoreEmulator } from '../emulators/s3-store-emulator.js';
import { jsonlRows, TINY_TRAINER_COMMAND } from './fixtures/train-workspace.js';
import { runCli } from '../src/cli/main.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, type Runner } from './helpers/tiers-runners.js';

let store: S3StoreEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let trainer: Runner;
let reporter: Runner;

beforeAll(async () => {
  store = await startS3StoreEmulator();
  tmp = await makeTempDir('me-sweep-store-');
  const env = { ...store.env, ME_STORE: `s3://${store.bucket}/sweeps`, AWS_ENDPOINT_URL_S3: store.endpoint, GITHUB_REF_NAME: 'main' };
  trainer = await makeRunner({ root: tmp.path, name: 'trainer', env });
  reporter = await makeRunner({ root: tmp.path, name: 'reporter', env });
  for (const runner of [trainer, reporter]) {
    await mkdir(join(runner.workspace, 'data'));
    await writeFile(join(runner.workspace, 'data', 'train.jsonl'), jsonlRows(20));
    await writeFile(join(runner.workspace, 'data', 'val.jsonl'), jsonlRows(6, 3));
  }
});
afterAll(async () => {
  await store?.close();
  await tmp?.cleanup();
});

const TRAIN = ['--model-name', 'tiny/bert', '--train-data', './data/train.jsonl', '--val-data', './data/val.jsonl', '--output-dir', './models/cell', '--run', TINY_TRAINER_COMMAND, '--no-tool-cache'];
/** The CLI in this process, from the runner's workspace. */
const cli = async (runner: Runner, argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...runner.env }, cwd: runner.workspace, stdout: { write: (t) => void (stdout += t) }, stderr: { write: (t) => void (stderr += t) } });
  return { code, stdout, stderr, json: stdout.trim().startsWith('{') ? JSON.parse(stdout) : undefined };
};

test('cells trained into the store are found, with their metrics, through lookups and records only', async () => {
  const keys: string[] = [];
  for (const lr of ['1e-3', '2e-3']) {
    const run = await cli(trainer, ['train', ...TRAIN, '--learning-rate', lr, '--json']);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ source: 'trained' });
    keys.push(run.json.key);
  }
  store.requests.length = 0;

  const grid = ['--grid', 'learning-rate=1e-3,2e-3,3e-3'];
  const plan = await cli(reporter, ['sweep', ...grid, '--plan', '--json', ...TRAIN]);
  expect(plan.code).toBe(0);
  expect(plan.json.include.map((cell: Record<string, unknown>) => [cell['learning-rate'], cell['needs-run'], cell.key])).toEqual([
    ['1e-3', false, keys[0]],
    ['2e-3', false, keys[1]],
    ['3e-3', true, expect.stringMatching(/^[0-9a-f]{64}$/)],
  ]);

  const report = await cli(reporter, ['sweep-report', ...grid, '--json', ...TRAIN]);
  expect(report.code).toBe(0);
  expect(report.json.cells.map((cell: Record<string, unknown>) => [cell.status, cell.source])).toEqual([
    ['found', 's3'],
    ['found', 's3'],
    ['missing', undefined],
  ]);
  expect(report.json.cells[0].metrics).toEqual({ train_loss: 0.25, eval_loss: 0.5, eval_accuracy: 0.75, train_rows: 20 });
  // Equal accuracies: the first cell wins.
  expect(report.json).toMatchObject({ metric: 'eval_accuracy', bestKey: keys[0], bestParams: { 'learning-rate': '1e-3' } });
  const gets = store.requests.filter((request) => request.method === 'GET');
  expect(gets.filter((request) => request.path.includes('/blobs/') || request.path.includes('/entries/'))).toEqual([]);
  expect(gets.filter((request) => request.path.includes('/records/')).length).toBe(2);

  const markdown = await cli(reporter, ['sweep-report', ...grid, ...TRAIN]);
  expect(markdown.stdout).toContain('**Sweep** (3 cells, 2 with a result). Best by eval_accuracy (highest): **learning-rate=1e-3**, eval_accuracy 0.75.');
  expect(markdown.stdout).toMatch(/^\| 3 \| 3e-3 \| — \| — \| — \| — \| not trained \|$/m);
});
