// Sweeps end to end through the Action entry (dist/action/index.js) as a runner starts it: `command: sweep` expands
// the grid into a matrix, each cell is an ordinary train step on its own runner (the built-in trainer on the tiny
// encoder) sharing the Actions cache emulator, and `command: sweep-report` ranks the cells through lookups and
// records only: the emulator's bytes show that no trained model was downloaded.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import { startGithubApiEmulator, type GithubApiEmulator } from '../emulators/github-api-emulator.js';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, runActionOn, type Runner } from './helpers/tiers-runners.js';

let temp: { path: string; cleanup: () => Promise<void> };
let cache: ActionsCacheEmulator;
let github: GithubApiEmulator;
let runners = 0;

const TRAIN_INPUTS = {
  'model-name': 'test/tiny-encoder',
  'model-path': './base',
  'train-data': './data/train.jsonl',
  'val-data': './data/val.jsonl',
  'output-dir': './models/sweep',
  'batch-size': '16',
  'logging-steps': '2',
  'eval-steps': '4',
  'tool-cache': 'false',
};
const GRID_2X2 = 'learning-rate=1e-2,3e-2\nepochs=1,2';
const GRID_3X2 = 'learning-rate=1e-2,3e-2,3e-1\nepochs=1,2';

/** A fresh runner (workspace, temp, tool cache) with the same checkout: the base model and the data. */
async function freshRunner(): Promise<Runner> {
  const runner = await makeRunner({ root: temp.path, name: `runner-${++runners}`, cache, env: { RUNNER_ENVIRONMENT: 'github-hosted', GITHUB_REF_NAME: 'sweep-branch' } });
  await writeRepoFiles(join(runner.workspace, 'base'), tinyEncoderFiles());
  await mkdir(join(runner.workspace, 'data'));
  await writeFile(join(runner.workspace, 'data', 'train.jsonl'), sentimentJsonl({ count: 48, seed: 1 }));
  await writeFile(join(runner.workspace, 'data', 'val.jsonl'), sentimentJsonl({ count: 24, seed: 2 }));
  return runner;
}

/** Run every cell of a matrix as its own job on its own runner, as `strategy.matrix` does. */
async function runMatrix(matrix: { include: Record<string, unknown>[] }) {
  const runs = [];
  for (const cell of matrix.include) {
    const runner = await freshRunner();
    const run = await runActionOn(runner, { command: 'train', ...TRAIN_INPUTS, 'learning-rate': String(cell['learning-rate']), epochs: String(cell.epochs), 'pr-comment': 'never' });
    expect(run.code).toBe(0);
    runs.push({ cell, outputs: run.outputs });
  }
  return runs;
}

beforeAll(async () => {
  temp = await makeTempDir('me-sweep-');
  cache = await startActionsCacheEmulator();
  github = await startGithubApiEmulator();
  github.addPullRequest({ owner: 'octo', repo: 'models', number: 7 });
});
afterAll(async () => {
  await cache?.close();
  await github?.close();
  await temp?.cleanup();
});

describe('CLI sweep', () => {
  test('--grid axes expand into strategy.matrix include entries with the flags of each cell', async () => {
    const run = await runCliProcess(['sweep', '--grid', 'learning-rate=1e-3,2e-3', '--grid', 'epochs=3,5', '--json']);
    expect(run.code).toBe(0);
    expect(run.json).toEqual({
      include: [
        { 'learning-rate': '1e-3', epochs: '3', flags: '--learning-rate 1e-3 --epochs 3' },
        { 'learning-rate': '1e-3', epochs: '5', flags: '--learning-rate 1e-3 --epochs 5' },
        { 'learning-rate': '2e-3', epochs: '3', flags: '--learning-rate 2e-3 --epochs 3' },
        { 'learning-rate': '2e-3', epochs: '5', flags: '--learning-rate 2e-3 --epochs 5' },
      ],
    });
    const text = await runCliProcess(['sweep', '--grid', 'learning-rate=1e-3,2e-3', '--grid', 'epochs=3,5']);
    expect(text.stdout).toContain('4 cells (2 learning-rate × 2 epochs):');
    expect(text.stdout).toContain('learning-rate=2e-3 epochs=5');
  });

  test('past 256 cells, a bad axis, a bad value or a repeated one: one line, exit 2', async () => {
    const many = await runCliProcess(['sweep', '--grid', `seed=${Array.from({ length: 130 }, (_, i) => i).join(',')}`, '--grid', 'epochs=1,2', '--json']);
    expect(many.code).toBe(2);
    expect(many.stdout).toBe('');
    expect(many.stderr.trim()).toBe('✗ The grid has 260 cells (130 seed × 2 epochs), more than the 256 jobs a matrix may hold: drop values or split the sweep');
    const axis = await runCliProcess(['sweep', '--grid', 'learning_rate=1e-3']);
    expect(axis.code).toBe(2);
    expect(axis.stderr).toMatch(/^✗ --grid "learning_rate" is not a training parameter: use one of epochs, batch-size, learning-rate/);
    const value = await runCliProcess(['sweep', '--grid', 'epochs=3,0']);
    expect(value.code).toBe(2);
    expect(value.stderr.trim()).toBe('✗ --grid epochs 0 is out of range: give a whole number from 1 to 10000');
    const twice = await runCliProcess(['sweep', '--grid', 'learning-rate=1e-3,0.001']);
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe('✗ --grid learning-rate lists the same value twice (1e-3 and 0.001): drop one');
    const none = await runCliProcess(['sweep', '--json']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('✗ --grid is required: give one axis per flag, e.g. learning-rate=1e-3,2e-3');
  });
});

describe('Action sweep, a matrix of train steps, and sweep-report', () => {
  test('2 × 2 trains 4 times; a third learning rate trains 2 more; the report ranks 6 cells without downloading a trained model', async () => {
    const planner = await freshRunner();
    const sweep = await runActionOn(planner, { command: 'sweep', grid: GRID_2X2 });
    expect(sweep.code).toBe(0);
    expect(sweep.outputs.cells).toBe('4');
    const matrix = JSON.parse(sweep.outputs.matrix);
    expect(matrix.include.map((cell: Record<string, string>) => cell.flags)).toEqual([
      '--learning-rate 1e-2 --epochs 1',
      '--learning-rate 1e-2 --epochs 2',
      '--learning-rate 3e-2 --epochs 1',
      '--learning-rate 3e-2 --epochs 2',
    ]);
    expect(sweep.summary).toContain('### model-experiments: sweep (4 cells)');

    const first = await runMatrix(matrix);
    expect(first.map((run) => run.outputs.source)).toEqual(['trained', 'trained', 'trained', 'trained']);
    expect(new Set(first.map((run) => run.outputs['cache-key'])).size).toBe(4);

    // The plan of the larger grid: lookups only, on a runner that has no trained model.
    const downloadsBefore = cache.requests.filter((request) => request.kind === 'download').length;
    const plan = await runActionOn(await freshRunner(), { command: 'sweep', grid: GRID_3X2, 'lookup-only': 'true', ...TRAIN_INPUTS });
    expect(plan.code).toBe(0);
    const planned = JSON.parse(plan.outputs.matrix);
    expect(planned.include.map((cell: Record<string, unknown>) => [cell['learning-rate'], cell.epochs, cell['needs-run']])).toEqual([
      ['1e-2', '1', false],
      ['1e-2', '2', false],
      ['3e-2', '1', false],
      ['3e-2', '2', false],
      ['3e-1', '1', true],
      ['3e-1', '2', true],
    ]);
    expect(planned.include.slice(0, 4).map((cell: Record<string, unknown>) => cell.key)).toEqual(first.map((run) => run.outputs['cache-key']));
    expect(plan.summary).toContain('### model-experiments: sweep (6 cells, 2 to train)');
    expect(cache.requests.filter((request) => request.kind === 'download').length).toBe(downloadsBefore);

    const second = await runMatrix(planned);
    expect(second.map((run) => run.outputs.source)).toEqual(['actions-cache', 'actions-cache', 'actions-cache', 'actions-cache', 'trained', 'trained']);
    const trainedEntries = cache.entries().filter((entry) => second.some((run) => entry.key.includes(run.outputs['cache-key'])));
    expect(trainedEntries).toHaveLength(6);
    const smallestModel = Math.min(...trainedEntries.map((entry) => entry.size));

    // The report job: a fresh runner on the pull request, the sweep's train inputs, no axes of its own.
    const before = cache.requests.length;
    const reporter = await freshRunner();
    const eventPath = join(reporter.workspace, '..', 'event.json');
    await writeFile(eventPath, JSON.stringify(pullRequestEvent()));
    const prEnv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_WORKFLOW: 'sweep',
      GITHUB_JOB: 'report',
      GITHUB_RUN_ID: '5001',
      GITHUB_HEAD_REF: 'sweep-branch',
      GITHUB_BASE_REF: 'main',
    };
    const report = await runActionOn(reporter, { command: 'sweep-report', grid: GRID_3X2, ...TRAIN_INPUTS, 'github-token': github.writeToken }, prEnv);
    expect(report.code).toBe(0);
    const during = cache.requests.slice(before);
    const downloads = during.filter((request) => request.kind === 'download');
    // Records only: no download of any trained model's entry, and fewer bytes in all than the smallest of them.
    expect(downloads.filter((request) => trainedEntries.some((entry) => entry.key === request.key))).toEqual([]);
    expect(downloads.reduce((sum, request) => sum + request.bytes, 0)).toBeLessThan(smallestModel);
    expect(downloads.length).toBe(6);

    // The best cell by eval_accuracy (the first of equals), as the train steps reported it.
    const all = [...second];
    const accuracy = (run: (typeof all)[number]) => JSON.parse(run.outputs.metrics).eval_accuracy as number;
    const bestRun = all.reduce((best, run) => (accuracy(run) > accuracy(best) ? run : best));
    expect(report.outputs['best-key']).toBe(bestRun.outputs['cache-key']);
    expect(JSON.parse(report.outputs['best-params'])).toEqual({ 'learning-rate': bestRun.cell['learning-rate'], epochs: bestRun.cell.epochs });
    expect(JSON.parse(report.outputs['best-metrics'])).toEqual(JSON.parse(bestRun.outputs.metrics));

    const rows = report.summary.split('\n').filter((line) => /^\| (★|\d) \|/.test(line));
    expect(rows).toHaveLength(6);
    expect(report.summary).toContain(`Best by eval_accuracy (highest): **learning-rate=${bestRun.cell['learning-rate']} epochs=${bestRun.cell.epochs}**`);
    expect(report.summary).toContain('```mermaid\nxychart-beta\n  title "eval_accuracy per cell"');
    expect(report.summary).toContain('**Sweep** (6 cells, 6 with a result).');

    // The same table in the job's PR comment.
    const comments = github.comments({ issue: 7 });
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`Best by eval_accuracy (highest): **learning-rate=${bestRun.cell['learning-rate']} epochs=${bestRun.cell.epochs}**`);
    expect(comments[0].body).not.toContain(temp.path);

    // The CLI ranks by a loss (minimized) from the same records.
    const byLoss = await runCliProcess(['sweep-report', '--grid', 'learning-rate=1e-2,3e-2,3e-1', '--grid', 'epochs=1,2', '--metric', 'eval_loss', '--json', ...Object.entries(TRAIN_INPUTS).flatMap(([name, value]) => (name === 'tool-cache' ? ['--no-tool-cache'] : [`--${name}`, value]))], reporter.env, { cwd: reporter.workspace });
    expect(byLoss.code).toBe(0);
    const loss = (run: (typeof all)[number]) => JSON.parse(run.outputs.metrics).eval_loss as number;
    const lowest = all.reduce((best, run) => (loss(run) < loss(best) ? run : best));
    expect(byLoss.json).toMatchObject({ metric: 'eval_loss', lowerIsBetter: true, bestKey: lowest.outputs['cache-key'] });
    expect(byLoss.json!.cells).toHaveLength(6);
  });
});

function pullRequestEvent() {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      state: 'open',
      head: { ref: 'sweep-branch', sha: 'a'.repeat(40), repo: { full_name: 'octo/models', fork: false } },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo/models', fork: false } },
    },
    repository: { full_name: 'octo/models', name: 'models', owner: { login: 'octo' } },
  };
}
