// Sweeps end to end through the Action entry (dist/action/index.js) as a runner starts it: `command: sweep` expands
// the grid into a matrix, each cell is an ordinary train step on its own runner (the built-in trainer on the tiny
// encoder) sharing the Actions cache emulator, and `command: sweep-report` ranks the cells through lookups and
// records only: the emulator's bytes show that no trained model was downloaded.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import { startGithubApiEmulator, type GithubApiEmulator } from '../emulators/github-api-emulator.js';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { sentimentJsonl, tinyEncoderFiles } from '../emulators/tiny-encoder.js';
import { runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, runActionOn, type Runner } from './helpers/tiers-runners.js';
import { isActionStep, readWorkflow, stepInputs } from './helpers/workflow-steps.js';

let temp: { path: string; cleanup: () => Promise<void> };
let cache: ActionsCacheEmulator;
let github: GithubApiEmulator;
let hub: HubEmulator;
let runners = 0;

// The documented workflow, run step by step: its plan, train and report jobs' Action steps.
const workflow = readWorkflow('docs/workflows/sweep.yml');
const planStep = workflow.jobs.plan.steps.find(isActionStep)!;
const trainStep = workflow.jobs.train.steps.find(isActionStep)!;
const reportStep = workflow.jobs.report.steps.find(isActionStep)!;
const GRID_3X2 = String(planStep.with!.grid);
/** The grid before its third learning rate was added. */
const GRID_2X2 = GRID_3X2.replace(/^learning-rate=.*$/m, 'learning-rate=1e-2,3e-2');

/** A fresh runner (workspace, temp, tool cache) with the checkout's data files, on the pull request's branch. */
async function freshRunner(): Promise<Runner> {
  const runner = await makeRunner({
    root: temp.path,
    name: `runner-${++runners}`,
    cache,
    env: { RUNNER_ENVIRONMENT: 'github-hosted', GITHUB_REF_NAME: '7/merge', GITHUB_HEAD_REF: 'sweep-branch', HF_ENDPOINT: hub.url },
  });
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
    const run = await runActionOn(runner, stepInputs(trainStep, { matrix: cell, github: { token: github.writeToken } }));
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
  hub = await startHubEmulator();
  hub.commit({ name: String(trainStep.with!['model-name']), files: tinyEncoderFiles() });
});
afterAll(async () => {
  await cache?.close();
  await github?.close();
  await hub?.close();
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

describe('the documented sweep workflow: plan, a matrix of train steps, and sweep-report', () => {
  test('2 × 2 trains 4 times; a third learning rate trains 2 more; the report ranks 6 cells without downloading a trained model', async () => {
    const context = { github: { token: github.writeToken } };
    const sweep = await runActionOn(await freshRunner(), stepInputs(planStep, context, { grid: GRID_2X2 }));
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

    // The plan of the larger grid (lookup-only, with the train step's inputs): which cells still have to train.
    const downloadsBefore = cache.requests.filter((request) => request.kind === 'download' && request.key?.includes('-train-')).length;
    const trainInputs = stepInputs(trainStep, { matrix: {} });
    delete trainInputs['learning-rate'];
    delete trainInputs.epochs;
    const plan = await runActionOn(await freshRunner(), { ...trainInputs, ...stepInputs(planStep, context), 'lookup-only': 'true' });
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
    expect(cache.requests.filter((request) => request.kind === 'download' && request.key?.includes('-train-')).length).toBe(downloadsBefore);

    const second = await runMatrix(planned);
    expect(second.map((run) => run.outputs.source)).toEqual(['actions-cache', 'actions-cache', 'actions-cache', 'actions-cache', 'trained', 'trained']);
    const trainedEntries = cache.entries().filter((entry) => second.some((run) => entry.key === `model-experiments-train-${run.outputs['cache-key']}`));
    expect(trainedEntries).toHaveLength(6);

    // The report job: a fresh runner on the pull request.
    const before = cache.requests.length;
    const reporter = await freshRunner();
    const eventPath = join(reporter.workspace, '..', 'event.json');
    await writeFile(eventPath, JSON.stringify(pullRequestEvent()));
    const prEnv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_WORKFLOW: workflow.name,
      GITHUB_JOB: 'report',
      GITHUB_RUN_ID: '5001',
      GITHUB_BASE_REF: 'main',
    };
    const report = await runActionOn(reporter, stepInputs(reportStep, context), prEnv);
    expect(report.code).toBe(0);
    const downloads = cache.requests.slice(before).filter((request) => request.kind === 'download');
    // Lookups and records only: no trained model's entry is downloaded (the base model is: every key holds its revision).
    expect(downloads.filter((request) => request.key?.startsWith('model-experiments-train-'))).toEqual([]);
    const records = downloads.filter((request) => request.key?.startsWith('model-experiments-record-'));
    expect(records).toHaveLength(6);
    expect(downloads.filter((request) => !records.includes(request)).map((request) => request.key?.replace(/-[0-9a-f]{64}$/, '').replace(/-l[0-9a-f]{16}$/, ''))).toEqual(['model-experiments-model']);
    for (const record of records) expect(record.bytes).toBeLessThan(1024);
    expect(records.reduce((sum, request) => sum + request.bytes, 0)).toBeLessThan(Math.min(...trainedEntries.map((entry) => entry.size)));

    // The best cell by eval_accuracy (the first of equals), as the train steps reported it.
    const accuracy = (run: (typeof second)[number]) => JSON.parse(run.outputs.metrics).eval_accuracy as number;
    const bestRun = second.reduce((best, run) => (accuracy(run) > accuracy(best) ? run : best));
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
    const flags = ['--grid', 'learning-rate=1e-2,3e-2,3e-1', '--grid', 'epochs=1,2', '--metric', 'eval_loss', '--json', '--no-tool-cache'];
    for (const name of ['model-name', 'train-data', 'val-data', 'output-dir', 'batch-size', 'logging-steps', 'eval-steps']) flags.push(`--${name}`, String(reportStep.with![name]));
    const byLoss = await runCliProcess(['sweep-report', ...flags], reporter.env, { cwd: reporter.workspace });
    expect(byLoss.code).toBe(0);
    const loss = (run: (typeof second)[number]) => JSON.parse(run.outputs.metrics).eval_loss as number;
    const lowest = second.reduce((best, run) => (loss(run) < loss(best) ? run : best));
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
