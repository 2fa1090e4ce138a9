/**
 * The token: with HF_TOKEN=hf_<random> set and a private model and dataset, every step (through the CLI bundle and the
 * Action bundle, on a simulated runner with the tool cache and the Actions cache emulator) is run on its success,
 * plan and error paths, and everything it could have left the token in is searched: stdout, stderr, GITHUB_OUTPUT,
 * the job summary, error lines, every byte of every file under the runner's dirs (workspace, tool cache, RUNNER_TEMP,
 * TMPDIR, the decompressed Actions cache archives), the cache entries' keys and the cache service's request log.
 * The token must still reach the Hub (requests are authorized) and a --run trainer (as HF_TOKEN, shown as ***).
 * A proxy password (in HTTP_PROXY's URL) is searched for everywhere the same way.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../../emulators/actions-cache-emulator.js';
import { startHttpProxy } from '../../emulators/http-proxy.js';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { reviewConversion } from '../../emulators/tiny-dataset.js';
import { tinyEncoderFiles } from '../../emulators/tiny-encoder.js';
import { TINY_TRAINER } from '../fixtures/train-workspace.js';
import { hashTree } from '../helpers/hash-tree.js';
import { parseOutputFile } from '../helpers/run-action.js';
import { REPO_ROOT, runCliProcess, type CliRun } from '../helpers/run-cli.js';
import { makeRunner, type Runner } from '../helpers/tiers-runners.js';

const TOKEN = `hf_${randomBytes(18).toString('hex')}`;
const WRONG_TOKEN = `hf_wrong${randomBytes(12).toString('hex')}`;
/** The password in a proxy URL (HTTP_PROXY=http://ci:<password>@proxy): a secret like the token. */
const PROXY_PASSWORD = `proxy-${randomBytes(12).toString('hex')}`;
const SECRETS = [TOKEN, WRONG_TOKEN, PROXY_PASSWORD];
const SECRET_NAMES = new Map([[TOKEN, '<HF_TOKEN>'], [WRONG_TOKEN, '<WRONG_TOKEN>'], [PROXY_PASSWORD, '<PROXY_PASSWORD>']]);
const MODEL = 'secret-org/tiny-encoder';
const DATASET = 'secret-org/reviews';
/** A --run trainer that prints the token it was given, then trains (the tiny trainer). */
const ECHO_TRAINER = `echo "token seen by the trainer: $HF_TOKEN" && "${process.execPath}" "${TINY_TRAINER}"`;
const FAILING_TRAINER = `echo "about to fail with $HF_TOKEN" >&2; exit 3`;

let hub: HubEmulator;
let cache: ActionsCacheEmulator;
// Created at load time: the case tables below name paths inside it.
const root = mkdtempSync(join(tmpdir(), 'me-secrets-'));
let cacheStorage: string;
let runner: Runner;
let env: Record<string, string>;

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.acceptToken(TOKEN);
  hub.commit({ name: MODEL, files: tinyEncoderFiles(), private: true });
  hub.commit({ type: 'dataset', name: DATASET, files: { 'README.md': '# private reviews\n' }, private: true });
  hub.setRef({ type: 'dataset', name: DATASET, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 60, test: 20 } }) });
  cacheStorage = join(root, 'actions-cache-storage');
  cache = await startActionsCacheEmulator({ storageDir: cacheStorage });
  runner = await makeRunner({ root: root, name: 'runner', cache, env: { HF_ENDPOINT: hub.url, RUNNER_ENVIRONMENT: 'self-hosted' } });
  // Everything the steps and their trainers put in the temp dir lands where the search below looks.
  const childTmp = join(root, 'tmpdir');
  await mkdir(childTmp);
  env = { ...runner.env, TMPDIR: childTmp, HF_TOKEN: TOKEN };
});
afterAll(async () => {
  await hub.close();
  await cache.close();
  await rm(root, { recursive: true, force: true });
});

/** The runner's workspace (tiers-runners.ts lays a runner out as <root>/<name>/work). */
const ws = (...parts: string[]) => join(root, 'runner', 'work', ...parts);

/** Which of the named texts hold a secret (the token or the wrong token): each named, with the line it is in (secret replaced). */
function leaks(texts: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [name, text] of Object.entries(texts)) {
    for (const line of text.split('\n')) {
      const secret = SECRETS.find((candidate) => line.includes(candidate));
      if (secret) found.push(`${name}: ${line.split(secret).join(SECRET_NAMES.get(secret))}`);
    }
  }
  return found;
}

const cli = (argv: string[], extraEnv: Record<string, string> = {}) => runCliProcess(argv, { ...env, ...extraEnv }, { cwd: runner.workspace });

function expectCliClean(run: CliRun) {
  expect(leaks({ stdout: run.stdout, stderr: run.stderr })).toEqual([]);
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputFile: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The Action bundle as a runner runs it, from the workspace; its GITHUB_OUTPUT and summary files stay under the searched root. */
async function action(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const work = await mkdtemp(join(root, 'action-files-'));
  const outputPath = join(work, 'output');
  const summaryPath = join(work, 'summary');
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const childEnv: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: outputPath, GITHUB_STEP_SUMMARY: summaryPath, ...env, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'action', 'index.js')], { env: childEnv as NodeJS.ProcessEnv, cwd: runner.workspace, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode ?? -1, stdout: out, stderr: err }));
  });
  const outputFile = await readFile(outputPath, 'utf8');
  return { code, stdout, stderr, outputFile, outputs: parseOutputFile(outputFile), summary: await readFile(summaryPath, 'utf8') };
}

/** The Action masks the token it was given (`::add-mask::`) and prints it nowhere else. */
function expectActionClean(run: ActionRun, masked: string | undefined = TOKEN) {
  const lines = run.stdout.split('\n');
  if (masked) expect(lines).toContain(`::add-mask::${masked}`);
  const logged = lines.filter((line) => !SECRETS.some((secret) => line === `::add-mask::${secret}`)).join('\n');
  expect(leaks({ stdout: logged, stderr: run.stderr, GITHUB_OUTPUT: run.outputFile, GITHUB_STEP_SUMMARY: run.summary })).toEqual([]);
}

const errorLine = (text: string, prefix: string) => text.split('\n').filter((line) => line.startsWith(prefix));

describe('Secrets: the token and a proxy password never reach stdout, stderr, files, outputs, summaries, cache keys or errors', () => {
  test('CLI model download of a private model: authorized requests, saved to both caches, the token nowhere', async () => {
    hub.requests.length = 0;
    const run = await cli(['model', 'download', '--name', MODEL, '--output-dir', ws('models', 'base'), '--json']);
    expect(run).toMatchObject({ code: 0, json: { cacheHit: false, source: 'hub' } });
    expect(run.stderr).toContain('Saved to actions-cache');
    expect(hub.requests.length).toBeGreaterThan(0);
    expect(hub.requests.filter((request) => request.host === 'hub').every((request) => request.authorized)).toBe(true);
    expectCliClean(run);
  });

  test('CLI dataset download of a private dataset (token given with --token): authorized, the token nowhere', async () => {
    hub.requests.length = 0;
    const run = await cli(['dataset', 'download', '--name', DATASET, '--output-dir', ws('data'), '--token', TOKEN, '--json'], { HF_TOKEN: '' });
    expect(run).toMatchObject({ code: 0, json: { cacheHit: false, splits: { train: 60, test: 20 } } });
    expect(hub.requests.filter((request) => request.host === 'hub').every((request) => request.authorized)).toBe(true);
    expectCliClean(run);
  });

  test('CLI train --run: the trainer gets HF_TOKEN, and what it prints of it shows as ***', async () => {
    const run = await cli(['train', '--model-name', MODEL, '--train-data', ws('data', 'train', 'data.jsonl'), '--val-data', ws('data', 'test', 'data.jsonl'), '--output-dir', ws('models', 'run'), '--run', ECHO_TRAINER, '--json']);
    expect(run).toMatchObject({ code: 0, json: { cacheHit: false, source: 'trained' } });
    // "***" and not "": the trainer saw the token itself, and our log masked it.
    expect(run.stderr).toContain('token seen by the trainer: ***');
    expectCliClean(run);
  });

  test('CLI train with the built-in trainer: the private base model is fetched with the token; then evaluate', async () => {
    const train = await cli([
      'train', '--model-name', MODEL, '--train-data', ws('data', 'train', 'data.jsonl'), '--val-data', ws('data', 'test', 'data.jsonl'),
      '--output-dir', ws('models', 'builtin'), '--epochs', '1', '--max-length', '8', '--learning-rate', '1e-2', '--json',
    ]);
    expect(train).toMatchObject({ code: 0, json: { cacheHit: false, source: 'trained' } });
    expectCliClean(train);
    const evaluate = await cli(['evaluate', '--model-dir', ws('models', 'builtin'), '--data', ws('data', 'test', 'data.jsonl'), '--json']);
    expect(evaluate).toMatchObject({ code: 0, json: { command: 'evaluate', examples: 20 } });
    expectCliClean(evaluate);
  });

  test('CLI plan mode of every step, on a dir restored from nothing: says what would happen, the token nowhere', async () => {
    const runs = await Promise.all([
      cli(['model', 'download', '--name', MODEL, '--output-dir', ws('plan', 'model'), '--plan', '--json']),
      cli(['dataset', 'download', '--name', DATASET, '--output-dir', ws('plan', 'data'), '--plan', '--json']),
      cli(['train', '--model-name', MODEL, '--train-data', ws('data', 'train', 'data.jsonl'), '--val-data', ws('data', 'test', 'data.jsonl'), '--output-dir', ws('plan', 'run'), '--run', ECHO_TRAINER, '--plan', '--json']),
    ]);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
    expect(runs.map((run) => run.json?.plan)).toEqual([true, true, true]);
    runs.forEach(expectCliClean);
  });

  test.each<{ label: string; argv: string[]; extra: Record<string, string>; code: number }>([
    { label: 'a revision that does not exist', argv: ['model', 'download', '--name', MODEL, '--output-dir', ws('errors', 'revision'), '--revision', 'no-such-branch'], extra: {}, code: 2 },
    { label: 'a wrong token (the repo looks missing)', argv: ['dataset', 'download', '--name', DATASET, '--output-dir', ws('errors', 'wrong')], extra: { HF_TOKEN: WRONG_TOKEN }, code: 2 },
    { label: 'a failing trainer that prints the token', argv: ['train', '--model-name', MODEL, '--train-data', ws('data', 'train', 'data.jsonl'), '--val-data', ws('data', 'test', 'data.jsonl'), '--output-dir', ws('errors', 'failing'), '--run', FAILING_TRAINER], extra: {}, code: 1 },
    { label: 'a --run that holds the token literally', argv: ['train', '--model-name', MODEL, '--train-data', ws('data', 'train', 'data.jsonl'), '--val-data', ws('data', 'test', 'data.jsonl'), '--output-dir', ws('errors', 'literal'), '--run', `echo ${TOKEN}`], extra: {}, code: 2 },
  ])('CLI error path: $label → exit $code, one ✗ line, the token nowhere', async ({ argv, extra, code }) => {
    const run = await cli(argv, extra);
    expect(run.code).toBe(code);
    expect(errorLine(run.stderr, '✗')).toHaveLength(1);
    expectCliClean(run);
  });

  test('CLI error path: the Hub answering 401 to a wrong token → exit 1 saying access was denied, neither token anywhere', async () => {
    hub.injectFault({ kind: 'status', status: 401, match: new RegExp(`^api/models/${MODEL}/revision/`), times: 100 });
    const run = await cli(['model', 'download', '--name', MODEL, '--output-dir', ws('errors', 'denied')], { HF_TOKEN: WRONG_TOKEN });
    hub.clearFaults();
    expect(run.code).toBe(1);
    expect(errorLine(run.stderr, '✗')).toEqual([expect.stringMatching(/401/)]);
    expectCliClean(run);
  });

  test('Action model-download (hf-token input) and dataset-download (HF_TOKEN): masked, outputs and summaries clean', async () => {
    const model = await action({ command: 'model-download', name: MODEL, 'output-dir': 'action/model', 'hf-token': TOKEN }, { HF_TOKEN: '' });
    expect(model).toMatchObject({ code: 0, outputs: { 'cache-hit': 'true' } });
    expectActionClean(model);
    const dataset = await action({ command: 'dataset-download', name: DATASET, 'output-dir': 'action/data' });
    expect(dataset).toMatchObject({ code: 0, outputs: { samples: '80' } });
    expectActionClean(dataset);
  });

  test('Action train with a run command that prints $HF_TOKEN: the trainer gets it, the log never holds it', async () => {
    const run = await action({ command: 'train', 'model-name': MODEL, 'train-data': 'data/train/data.jsonl', 'val-data': 'data/test/data.jsonl', 'output-dir': 'action/run', run: ECHO_TRAINER, force: 'true' });
    expect(run).toMatchObject({ code: 0, outputs: { 'cache-hit': 'false', source: 'trained' } });
    // Not an empty value: the trainer got the token (what the log must show of it is checked below).
    expect(run.stdout).toMatch(/token seen by the trainer: \S+/);
    expectActionClean(run);
  });

  test('Action evaluate and lookup-only runs: the token nowhere', async () => {
    const evaluate = await action({ command: 'evaluate', 'model-dir': 'models/builtin', data: 'data/test/data.jsonl' });
    expect(evaluate).toMatchObject({ code: 0 });
    expectActionClean(evaluate, undefined);
    const plan = await action({ command: 'model-download', name: MODEL, 'output-dir': 'action/plan', 'lookup-only': 'true' });
    expect(plan).toMatchObject({ code: 0, outputs: { 'needs-run': 'false', 'cache-hit': 'true' } });
    expectActionClean(plan);
  });

  test.each<{ label: string; inputs: Record<string, string>; extra: Record<string, string>; code: number; masked: string }>([
    { label: 'a revision that does not exist', inputs: { command: 'model-download', name: MODEL, 'output-dir': 'action/errors/revision', revision: 'no-such-branch' }, extra: {}, code: 2, masked: TOKEN },
    { label: 'a wrong token', inputs: { command: 'dataset-download', name: DATASET, 'output-dir': 'action/errors/wrong' }, extra: { HF_TOKEN: WRONG_TOKEN }, code: 2, masked: WRONG_TOKEN },
    {
      label: 'a failing trainer that prints the token',
      inputs: { command: 'train', 'model-name': MODEL, 'train-data': 'data/train/data.jsonl', 'val-data': 'data/test/data.jsonl', 'output-dir': 'action/errors/failing', run: FAILING_TRAINER },
      extra: {},
      code: 1,
      masked: TOKEN,
    },
  ])('Action error path: $label → exit $code, one ::error::, the token masked and nowhere else', async ({ inputs, extra, code, masked }) => {
    const run = await action(inputs, extra);
    expect(run.code).toBe(code);
    expect(errorLine(run.stdout, '::error::')).toHaveLength(1);
    expectActionClean(run, masked);
  });

  test('Action error path: the Hub answering 401 to a wrong token → exit 1, one ::error:: saying access was denied, neither token anywhere', async () => {
    hub.injectFault({ kind: 'status', status: 401, match: new RegExp(`^api/models/${MODEL}/revision/`), times: 100 });
    const run = await action({ command: 'model-download', name: MODEL, 'output-dir': 'action/errors/denied' }, { HF_TOKEN: WRONG_TOKEN });
    hub.clearFaults();
    expect(run.code).toBe(1);
    expect(errorLine(run.stdout, '::error::')).toEqual([expect.stringMatching(/401/)]);
    expectActionClean(run, WRONG_TOKEN);
  });

  test('Action and CLI behind a proxy that wants a password: every request passes the proxy, the password is masked and nowhere else', async () => {
    const proxy = await startHttpProxy({ credentials: { user: 'ci', password: PROXY_PASSWORD } });
    try {
      const proxied = { HTTP_PROXY: `http://ci:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}` };
      const run = await action({ command: 'model-download', name: MODEL, 'output-dir': 'action/via-proxy' }, proxied);
      expect(run).toMatchObject({ code: 0 });
      expect(run.stdout.split('\n')).toContain(`::add-mask::${PROXY_PASSWORD}`);
      expectActionClean(run);
      const cliRun = await cli(['dataset', 'download', '--name', DATASET, '--output-dir', ws('data-via-proxy'), '--json'], proxied);
      expect(cliRun.code).toBe(0);
      expectCliClean(cliRun);
      expect(proxy.requests.length).toBeGreaterThan(0);
      expect(proxy.requests.filter((request) => request.status !== 200)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  test('no file written under the runner (workspace, tool cache, RUNNER_TEMP, TMPDIR, action files) holds the token, byte for byte', async () => {
    const files = Object.keys(await hashTree(root)).filter((path) => !path.startsWith('actions-cache-storage'));
    expect(files.length).toBeGreaterThan(50);
    const holding: string[] = [];
    for (const path of files) {
      const bytes = await readFile(join(root, path));
      if (SECRETS.some((secret) => bytes.includes(secret))) holding.push(path);
    }
    expect(holding).toEqual([]);
    // The tool cache did get entries of every step: the search covered them.
    const toolCacheDirs = await readdir(runner.toolCache);
    expect(toolCacheDirs).toEqual(expect.arrayContaining(['model-experiments-dataset', 'model-experiments-model', 'model-experiments-train']));
  });

  test('the Actions cache: no entry key, no stored archive (decompressed) and no request the service logged holds the token', async () => {
    const entries = cache.entries();
    expect(entries.map((entry) => entry.key.split('-').slice(0, 3).join('-')).sort()).toEqual(
      expect.arrayContaining(['model-experiments-dataset', 'model-experiments-model', 'model-experiments-train']),
    );
    expect(leaks({ entries: JSON.stringify(entries), requests: JSON.stringify(cache.requests) })).toEqual([]);
    let archives = 0;
    const holding: string[] = [];
    for (const path of Object.keys(await hashTree(cacheStorage))) {
      const file = join(cacheStorage, path);
      if (!(await stat(file)).isFile()) continue;
      const raw = await readFile(file);
      const unpacked = spawnSync('zstd', ['-dcq', file], { maxBuffer: 1 << 30 });
      if (unpacked.status === 0) archives++;
      const bytes = unpacked.status === 0 ? Buffer.concat([raw, unpacked.stdout]) : raw;
      if (SECRETS.some((secret) => bytes.includes(secret))) holding.push(path);
    }
    expect(archives).toBeGreaterThanOrEqual(3);
    expect(holding).toEqual([]);
  });
});
