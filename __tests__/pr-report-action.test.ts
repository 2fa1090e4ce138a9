// The PR report through the Action entry (dist/action/index.js) as a runner starts it, one process per step of the
// documented job (docs/workflows/pr-check-with-report.yml): the real @actions/github talks to the GitHub REST
// emulator through GITHUB_API_URL, with a pull_request event payload in GITHUB_EVENT_PATH; the Hub emulator serves
// the model and the dataset, the Actions cache emulator is the cache every runner shares.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import { startGithubApiEmulator, type GithubApiEmulator } from '../emulators/github-api-emulator.js';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { sentimentJsonl, tinyEncoderFiles } from '../emulators/tiny-encoder.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, runActionOn, type Runner } from './helpers/tiers-runners.js';
import { isActionStep, readWorkflow, stepInputs, type ExpressionContext } from './helpers/workflow-steps.js';

const workflow = readWorkflow('docs/workflows/pr-check-with-report.yml');
const steps = workflow.jobs.train.steps.filter(isActionStep);
const HF_TOKEN = 'hf_prReportSecretToken7x9QwErTy';

let temp: { path: string; cleanup: () => Promise<void> };
let cache: ActionsCacheEmulator;
let github: GithubApiEmulator;
let hub: HubEmulator;
let runners = 0;

type StepRun = Awaited<ReturnType<typeof runActionOn>>;

async function freshRunner(): Promise<Runner> {
  return makeRunner({
    root: temp.path,
    name: `runner-${++runners}`,
    cache,
    env: {
      RUNNER_ENVIRONMENT: 'github-hosted',
      HF_ENDPOINT: hub.url,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_WORKFLOW: workflow.name,
      GITHUB_JOB: 'train',
    },
  });
}

interface PullRequest {
  number: number;
  fork?: boolean;
}

/** The runner's variables and event payload file for a push to main or a pull_request run. */
async function eventEnv(runner: Runner, params: { runId: number; pr?: PullRequest }): Promise<Record<string, string>> {
  const path = join(runner.workspace, '..', `event-${params.runId}.json`);
  const { pr } = params;
  if (!pr) {
    await writeFile(path, JSON.stringify({ ref: 'refs/heads/main', after: 'c'.repeat(40), repository: { full_name: 'octo/models' } }));
    return { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(params.runId), GITHUB_RUN_ATTEMPT: '1' };
  }
  const head = pr.fork ? 'someone/models' : 'octo/models';
  const payload = {
    action: 'synchronize',
    number: pr.number,
    pull_request: {
      number: pr.number,
      state: 'open',
      head: { ref: 'feature', sha: 'a'.repeat(40), repo: { full_name: head, fork: pr.fork === true } },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo/models', fork: false } },
    },
    repository: { full_name: 'octo/models', name: 'models', owner: { login: 'octo' } },
  };
  await writeFile(path, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_REF: `refs/pull/${pr.number}/merge`,
    GITHUB_REF_NAME: `${pr.number}/merge`,
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_RUN_ID: String(params.runId),
    GITHUB_RUN_ATTEMPT: '1',
  };
}

/** Run the job's Action steps in order on a runner, each a separate process; `changes` edit a step's inputs (a PR's edit). */
async function runJob(params: {
  runner: Runner;
  runId: number;
  pr?: PullRequest;
  token?: string;
  only?: string[];
  changes?: Record<string, Record<string, string>>;
  afterStep?: (id: string, run: StepRun) => void;
}): Promise<Record<string, StepRun>> {
  const env = await eventEnv(params.runner, params);
  const context: ExpressionContext = { steps: {}, secrets: { HF_TOKEN }, github: { token: params.token ?? github.writeToken } };
  const runs: Record<string, StepRun> = {};
  for (const step of steps) {
    if (params.only && !params.only.includes(step.id!)) continue;
    const run = await runActionOn(params.runner, stepInputs(step, context, params.changes?.[step.id!]), env);
    expect(run.code).toBe(0);
    runs[step.id!] = run;
    context.steps![step.id!] = { outputs: run.outputs };
    params.afterStep?.(step.id!, run);
  }
  return runs;
}

const botComments = (issue: number) => github.comments({ issue }).filter((comment) => comment.user === 'github-actions[bot]');

/** The rows the comment carries in its hidden data (what the next step merges its row into). */
function hiddenState(body: string): { run: string; rows: Record<string, any>[] } {
  const data = /<!-- model-experiments:data ([A-Za-z0-9_-]+) -->/.exec(body);
  if (!data) throw new Error(`no hidden data in the comment:\n${body}`);
  return JSON.parse(Buffer.from(data[1], 'base64url').toString('utf8'));
}

/** The visible table's row of a step. */
const tableRow = (body: string, step: string) => body.split('\n').find((line) => line.startsWith(`| ${step} `));

/** A metric as the report prints it: whole numbers as they are, others to 4 significant digits. */
const shown = (value: number) => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4))));

beforeAll(async () => {
  temp = await makeTempDir('me-pr-report-');
  cache = await startActionsCacheEmulator();
  github = await startGithubApiEmulator();
  hub = await startHubEmulator();
  hub.commit({ name: 'Xenova/all-MiniLM-L6-v2', files: tinyEncoderFiles() });
  hub.commit({ type: 'dataset', name: 'stanfordnlp/imdb', files: { 'train.jsonl': sentimentJsonl({ count: 48, seed: 1, intLabels: true }), 'test.jsonl': sentimentJsonl({ count: 24, seed: 2, intLabels: true }) } });
  github.addPullRequest({ owner: 'octo', repo: 'models', number: 7 });
  github.addPullRequest({ owner: 'octo', repo: 'models', number: 8 });
  github.addPullRequest({ owner: 'octo', repo: 'models', number: 9 });
  // Reviewers have talked a lot: the report's comment lands on the second page of the listing.
  for (let i = 0; i < 120; i++) github.addComment({ owner: 'octo', repo: 'models', issue: 7, body: `review note ${i}` });
});
afterAll(async () => {
  await cache?.close();
  await github?.close();
  await hub?.close();
  await temp?.cleanup();
});

let mainRuns: Record<string, StepRun>;
let prRunner: Runner;

describe('the PR report of the documented PR check', () => {
  test('a push to main comments nothing; the first PR push creates one comment that grows a row per step; three more pushes update it', async () => {
    // main's run had no evaluate step yet: the PR's evaluate row says main has no result to compare with.
    mainRuns = await runJob({ runner: await freshRunner(), runId: 100, only: ['model', 'data', 'train'] });
    expect(mainRuns.train.outputs.source).toBe('trained');
    expect(github.requests).toEqual([]);

    const rowsAfterStep: number[] = [];
    const first = await runJob({
      runner: await freshRunner(),
      runId: 201,
      pr: { number: 7 },
      afterStep: () => rowsAfterStep.push(hiddenState(botComments(7)[0].body).rows.length),
    });
    // Separate processes, one comment: each step adds its row, none drops an earlier one.
    expect(rowsAfterStep).toEqual([1, 2, 3, 4]);
    expect(botComments(7)).toHaveLength(1);
    const comment = botComments(7)[0];
    expect(github.requests.filter((request) => request.operation === 'create')).toHaveLength(1);
    expect(github.requests.filter((request) => request.operation === 'update')).toHaveLength(3);
    // The comment was found on page 2 of 100 (121 comments): Link pagination followed.
    expect(github.requests.some((request) => request.operation === 'list' && /(^|&)page=2(&|$)/.test(request.query))).toBe(true);
    const state = hiddenState(comment.body);
    expect(state.rows.map((row) => row.id)).toEqual(['model download ./models/base', 'dataset download ./data/imdb', 'train ./models/fine-tuned', 'evaluate ./models/fine-tuned on ./data/imdb/test/data.jsonl']);
    expect(comment.body).toContain('<!-- model-experiments:report job=pr-check / train -->');
    // Every step found main's result in the Actions cache; the train row says it matches main's metrics.
    expect(tableRow(comment.body, 'model download ./models/base')).toMatch(/\| from Actions cache \| — \| (≈ [\d.]+ m?s|—) \| `[0-9a-f]{12}` \|/);
    expect(tableRow(comment.body, 'train ./models/fine-tuned')).toContain(`eval_accuracy ${shown(JSON.parse(first.train.outputs.metrics).eval_accuracy)} (unchanged)`);
    expect(first.train.outputs['cache-key']).toBe(mainRuns.train.outputs['cache-key']);
    expect(tableRow(comment.body, 'evaluate ./models/fine-tuned on ./data/imdb/test/data.jsonl')).toMatch(/\| evaluated \| — \| — \| — \| no result on main<br>accuracy [\d.]+<br>loss [\d.]+ \|$/);
    expect(first.train.summary).toContain('#### PR report row');

    // Push 2 edits the learning rate: the train step retrains, and the row says why and what it changed against main.
    prRunner = await freshRunner();
    const mainTrainEntry = `model-experiments-train-${mainRuns.train.outputs['cache-key']}`;
    const before = cache.requests.length;
    const second = await runJob({ runner: prRunner, runId: 202, pr: { number: 7 }, changes: { train: { 'learning-rate': '3e-2' } } });
    expect(second.train.outputs.source).toBe('trained');
    // The base's result was compared through its latest record: its trained model was not downloaded.
    expect(cache.requests.slice(before).filter((request) => request.kind === 'download' && request.key === mainTrainEntry)).toEqual([]);
    expect(botComments(7)).toHaveLength(1);
    const retrained = botComments(7)[0];
    expect(retrained.id).toBe(comment.id);
    expect(hiddenState(retrained.body).rows).toHaveLength(4);
    const trainRow = tableRow(retrained.body, 'train ./models/fine-tuned')!;
    expect(trainRow).toContain('| trained ([run](https://github.com/octo/models/actions/runs/202)) |');
    // A fresh runner has no earlier training of its own: the difference is told against main's latest result.
    expect(trainRow).toContain('| no training_metadata.json in models/fine-tuned (not trained yet)<br>actions-cache: no entry for this key<br>vs main: learning-rate: 0.01 → 0.03 |');
    expect(trainRow).not.toContain('train_runtime');
    const base = JSON.parse(mainRuns.train.outputs.metrics);
    const now = JSON.parse(second.train.outputs.metrics);
    const delta = now.eval_loss - base.eval_loss;
    expect(delta).not.toBe(0);
    expect(trainRow).toContain(`eval_loss ${shown(base.eval_loss)} → ${shown(now.eval_loss)} (${delta > 0 ? '+' : '−'}${shown(Math.abs(Number(delta.toPrecision(3))))}, ${delta < 0 ? 'better' : 'worse'})`);
    expect(retrained.body).toContain('Metrics vs main');
    expect(retrained.body).toContain('<details><summary>Training curves: train ./models/fine-tuned</summary>');
    expect(retrained.body).toContain('```mermaid\nxychart-beta\n  title "Train loss"');

    // Pushes 3 and 4 (the same runner, whose train step is a disk hit) update the same comment: a new run's table starts afresh.
    for (const runId of [203, 204]) await runJob({ runner: prRunner, runId, pr: { number: 7 }, only: ['train'], changes: { train: { 'learning-rate': '3e-2' } } });
    expect(botComments(7)).toHaveLength(1);
    const last = botComments(7)[0];
    expect(last.id).toBe(comment.id);
    expect(hiddenState(last.body)).toMatchObject({ run: '204.1', rows: [{ id: 'train ./models/fine-tuned' }] });
    expect(tableRow(last.body, 'train ./models/fine-tuned')).toContain('| skipped (output dir up to date) |');
    expect(github.requests.filter((request) => request.operation === 'create')).toHaveLength(1);
    expect(github.requests.filter((request) => request.operation === 'update')).toHaveLength(3 + 4 + 1 + 1);
  });

  test('the comment holds no secret and no path outside the workspace, visible or hidden', () => {
    for (const comment of botComments(7)) {
      const decoded = JSON.stringify(hiddenState(comment.body));
      for (const text of [comment.body, decoded]) {
        expect(text).not.toContain(HF_TOKEN);
        expect(text).not.toContain(github.writeToken);
        expect(text).not.toContain(temp.path);
      }
    }
    // Masked in the log: the runner's add-mask command is the only place the Action prints it.
    for (const run of Object.values(mainRuns)) expect(run.stdout.replace(`::add-mask::${HF_TOKEN}`, '')).not.toContain(HF_TOKEN);
  });

  test("a fork's pull request: auto leaves it to the job summary; always meets the read-only token's 403 as a warning, and the step stands", async () => {
    const auto = await runJob({ runner: prRunner, runId: 301, pr: { number: 8, fork: true }, token: github.readToken, only: ['train'], changes: { train: { 'learning-rate': '3e-2' } } });
    expect(auto.train.outputs['cache-hit']).toBe('true');
    expect(auto.train.stdout).toContain('The PR report is in the job summary only: this pull request comes from a fork');
    expect(auto.train.stdout).not.toContain('::warning::');
    expect(github.requests.filter((request) => request.path.includes('/issues/8/'))).toEqual([]);
    expect(auto.train.summary).toContain('#### PR report row');
    expect(auto.train.summary).toMatch(/\| train \.\/models\/fine-tuned \| skipped \(output dir up to date\) \|/);

    const always = await runJob({ runner: prRunner, runId: 302, pr: { number: 8, fork: true }, token: github.readToken, only: ['train'], changes: { train: { 'learning-rate': '3e-2', 'pr-comment': 'always' } } });
    expect(always.train.code).toBe(0);
    expect(always.train.outputs['cache-hit']).toBe('true');
    expect(always.train.stdout).toMatch(/^::warning::The PR report comment was not written \(403: Resource not accessible by integration\): the token may not write to this pull request/m);
    expect(always.train.stdout).not.toContain('::error::');
    expect(always.train.summary).toMatch(/\| train \.\/models\/fine-tuned \| skipped \(output dir up to date\) \|/);
    expect(github.requests.filter((request) => request.path.includes('/issues/8/') && request.method === 'POST').map((request) => request.status)).toEqual([403]);
    expect(github.comments({ issue: 8 })).toEqual([]);
  });

  test('pr-comment: never posts nothing and asks nothing', async () => {
    const never = await runJob({ runner: prRunner, runId: 401, pr: { number: 9 }, only: ['train'], changes: { train: { 'learning-rate': '3e-2', 'pr-comment': 'never' } } });
    expect(never.train.outputs['cache-hit']).toBe('true');
    expect(github.requests.filter((request) => request.path.includes('/issues/9/'))).toEqual([]);
    expect(github.comments({ issue: 9 })).toEqual([]);
    expect(never.train.summary).not.toContain('PR report');
  });

  test('a bad pr-comment value is exit 2 before the step runs', async () => {
    const bad = await runActionOn(prRunner, stepInputs(steps.find((step) => step.id === 'train')!, { github: { token: github.writeToken } }, { 'pr-comment': 'sometimes' }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error::Input pr-comment "sometimes" is not one of auto, always, never');
  });
});
