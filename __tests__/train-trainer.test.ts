// The --run contract and what a failing, killed or interrupted trainer leaves behind: real trainer processes,
// real signals, the CLI both in-process and as the built bundle (dist/cli/index.js, rebuilt by `npm test`).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CLI_BUNDLE } from './helpers/run-cli.js';
import { makeTrainWorkspace, TINY_TRAINER, TINY_TRAINER_COMMAND, type TrainWorkspace } from './fixtures/train-workspace.js';

let ws: TrainWorkspace;
beforeEach(async () => {
  ws = await makeTrainWorkspace();
});
afterEach(async () => ws.cleanup());

/** Is `pid` a live process (a zombie waiting to be reaped counts as gone)? */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

/** Poll until `check` holds; a bound on waiting, not an assertion on speed. */
async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Everything in the output dir (paths and bytes): "left as it was" means this is unchanged. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const content = await readFile(join(dir, name)).catch(() => undefined);
    if (content) files[name] = content.toString('base64');
  }
  return files;
}

/** Names beside the output dir: staging dirs of runs must not pile up there. */
const siblings = async () => (await readdir(dirname(ws.outputDir))).filter((name) => name !== 'fine-tuned' && !name.endsWith('.lock')).sort();

/** The CLI bundle as a child process, as a user's shell or a CI runner starts it. */
function spawnCli(argv: string[], env: Record<string, string>): { child: ChildProcessWithoutNullStreams; output: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [CLI_BUNDLE, ...argv], {
    cwd: ws.root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TINY_TRAINER_COUNT_FILE: ws.countFile, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.on('data', () => undefined);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, output: () => stderr, exit };
}

describe('the --run contract', () => {
  test('the trainer gets every parameter as ME_* variables and in ME_CONFIG, and writes into a staging dir', async () => {
    const run = await ws.run(ws.args({ epochs: '2', 'learning-rate': '0.001', fp16: true, seed: '3' }), { ME_EPOCHS: '99', ME_STALE: 'x' });
    expect(run.code).toBe(0);
    const received = JSON.parse(await readFile(join(ws.outputDir, 'received.json'), 'utf8'));
    expect(received.env).toMatchObject({
      ME_MODEL_NAME: 'tiny/bert',
      ME_MODEL_PATH: '',
      ME_TRAIN_DATA: join(ws.root, 'data', 'train.jsonl'),
      ME_VAL_DATA: join(ws.root, 'data', 'val.jsonl'),
      ME_EPOCHS: '2',
      ME_BATCH_SIZE: '16',
      ME_LEARNING_RATE: '0.001',
      ME_WARMUP_STEPS: '0',
      ME_SAVE_STEPS: '500',
      ME_LOGGING_STEPS: '50',
      ME_EVAL_STEPS: '500',
      ME_MAX_LENGTH: '128',
      ME_GRADIENT_ACCUMULATION_STEPS: '1',
      ME_FP16: 'true',
      ME_SEED: '3',
    });
    // ME_* variables from outside never reach the trainer as if they were parameters.
    expect(received.env.ME_STALE).toBeUndefined();
    expect(Object.keys(received.env).sort()).toEqual(
      ['ME_BATCH_SIZE', 'ME_CONFIG', 'ME_EPOCHS', 'ME_EVAL_STEPS', 'ME_FP16', 'ME_GRADIENT_ACCUMULATION_STEPS', 'ME_LEARNING_RATE', 'ME_LOGGING_STEPS',
        'ME_MAX_LENGTH', 'ME_METRICS_FILE', 'ME_MODEL_NAME', 'ME_MODEL_PATH', 'ME_OUTPUT_DIR', 'ME_SAVE_STEPS', 'ME_SEED', 'ME_TRAIN_DATA', 'ME_VAL_DATA', 'ME_WARMUP_STEPS'],
    );
    expect(received.config).toMatchObject({ model_name: 'tiny/bert', model_path: null, epochs: 2, batch_size: 16, learning_rate: 0.001, fp16: true, seed: 3, gradient_accumulation_steps: 1 });
    expect(received.config.output_dir).toBe(received.env.ME_OUTPUT_DIR);
    expect(received.config.metrics_file).toBe(received.env.ME_METRICS_FILE);
    // The trainer wrote into a staging dir that was then moved into place, and nothing of it is left behind.
    expect(received.env.ME_OUTPUT_DIR).not.toBe(ws.outputDir);
    expect(dirname(dirname(received.env.ME_OUTPUT_DIR))).toBe(dirname(ws.outputDir));
    expect(await siblings()).toEqual([]);
  });

  test('output is streamed line by line, progress redraws collapsed to their latest state', async () => {
    const run = await ws.run(ws.args({ epochs: '4' }));
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['epoch 1: loss 0.500', 'epoch 4: loss 0.200', 'progress 4/4']));
    expect(run.stderr).not.toContain('progress 1/4');
  });

  test("the user's NODE_OPTIONS reach a Node trainer but not the supervisor in between", async () => {
    const starts = join(ws.root, 'node-starts.txt');
    const hook = join(dirname(TINY_TRAINER), 'record-node-start.cjs');
    const run = await ws.run(ws.args(), { NODE_OPTIONS: `--require "${hook}"`, NODE_STARTS_FILE: starts });
    expect(run.code).toBe(0);
    expect((await readFile(starts, 'utf8')).trim().split('\n')).toEqual([TINY_TRAINER]);
  });

  test('--model-path holding model_metadata.json puts its resolved revision in the key and ME_MODEL_PATH', async () => {
    const base = join(ws.root, 'models', 'base');
    const sha = 'a'.repeat(40);
    const modelMetadata = {
      schema: 'model-experiments/model-download@1', name: 'tiny/bert', revision: 'main', resolvedRevision: sha, include: [], exclude: [],
      key: 'k', hubUrl: 'http://127.0.0.1', files: [], bytes: 0, downloadedAt: new Date().toISOString(),
    };
    await cp(join(ws.root, 'data'), base, { recursive: true });
    await writeFile(join(base, 'model_metadata.json'), JSON.stringify(modelMetadata));
    const first = await ws.run(ws.args({ 'model-path': './models/base' }));
    expect(first.code).toBe(0);
    expect(await ws.metadata()).toMatchObject({ modelRevision: sha });
    const received = JSON.parse(await readFile(join(ws.outputDir, 'received.json'), 'utf8'));
    expect(received.env.ME_MODEL_PATH).toBe(base);

    await writeFile(join(base, 'model_metadata.json'), JSON.stringify({ ...modelMetadata, resolvedRevision: 'b'.repeat(40) }));
    const moved = await ws.run(ws.args({ 'model-path': './models/base' }));
    expect(moved.json!.reasons).toEqual([`model-revision: ${sha} → ${'b'.repeat(40)}`]);

    await writeFile(join(base, 'model_metadata.json'), JSON.stringify({ ...modelMetadata, name: 'tiny/other' }));
    const mismatch = await ws.run(ws.args({ 'model-path': './models/base' }));
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('✗ --model-path ./models/base holds tiny/other (model_metadata.json), but --model-name is tiny/bert: give matching values');
  });

  test('the HF token reaches the trainer as HF_TOKEN but never the log, the metadata or --json', async () => {
    const token = 'hf_trainTestSecret123456';
    const run = await ws.run(ws.args({ run: `echo "token is $HF_TOKEN"; ${TINY_TRAINER_COMMAND}` }), { HF_TOKEN: token });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('token is ***');
    const everything = run.stdout + run.stderr + (await readFile(ws.metadataPath, 'utf8'));
    expect(everything).not.toContain(token);

    const literal = await ws.run(ws.args({ run: `HF_TOKEN=${token} ${TINY_TRAINER_COMMAND}` }), { HF_TOKEN: token });
    expect(literal.code).toBe(2);
    expect(literal.stderr).toContain('✗ --run contains a token literally: reference it as $HF_TOKEN instead');
    expect(literal.stderr).not.toContain(token);
  });
});

describe('a trainer that fails leaves the previous output as it was', () => {
  beforeEach(async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
  });

  test('a non-zero exit: exit 1, one line saying so, nothing recorded, the previous training still a hit', async () => {
    const before = await snapshot(ws.outputDir);
    const run = await ws.run(ws.args({ epochs: '5' }), { TINY_TRAINER_FAIL: '3' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tiny-trainer: failing as asked');
    expect(run.stderr).toContain('✗ Trainer command exited with code 3; see its output above; nothing was recorded as completed and ./models/fine-tuned was left as it was\n');
    expect(run.json).toBeUndefined();
    expect(await snapshot(ws.outputDir)).toEqual(before);
    expect(await siblings()).toEqual([]);
    expect((await ws.run(ws.args())).json).toMatchObject({ cacheHit: true });
  });

  test('exit 0 without the essential files: exit 1 naming them, nothing recorded', async () => {
    const before = await snapshot(ws.outputDir);
    const run = await ws.run(ws.args({ epochs: '5' }), { TINY_TRAINER_OMIT: 'tokenizer.json,vocab.txt' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✗ The trainer finished but did not write tokenizer files (tokenizer.json or vocab.txt) into ME_OUTPUT_DIR; nothing was recorded as completed');
    expect(await snapshot(ws.outputDir)).toEqual(before);
  });

  test('a trainer killed with SIGKILL mid-training: exit 1, nothing recorded, the previous output intact', async () => {
    const before = await snapshot(ws.outputDir);
    const pidFile = join(ws.root, 'trainer.pid');
    const running = ws.run(ws.args({ epochs: '5' }), { TINY_TRAINER_PID_FILE: pidFile, TINY_TRAINER_SLEEP_MS: '60000' });
    await waitFor('the trainer to start', async () => (await readFile(pidFile, 'utf8').catch(() => '')) !== '');
    process.kill(Number(await readFile(pidFile, 'utf8')), 'SIGKILL');
    const run = await running;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/✗ Trainer command (was killed by SIGKILL|exited with code 137 \(128\+9: killed by SIGKILL\)).*nothing was recorded as completed/);
    expect(await snapshot(ws.outputDir)).toEqual(before);
    expect((await ws.metadata()).parameters.epochs).toBe(3);
    expect(await siblings()).toEqual([]);
  });

  test('a failing first training creates no output dir at all', async () => {
    await rm(ws.outputDir, { recursive: true });
    const run = await ws.run(ws.args(), { TINY_TRAINER_FAIL: '1' });
    expect(run.code).toBe(1);
    expect(await siblings()).toEqual([]);
    await expect(readdir(ws.outputDir)).rejects.toThrow(/ENOENT/);
  });
});

describe('signals (the CLI bundle as a child process)', () => {
  test('SIGTERM to the CLI reaches the trainer; the CLI exits 1 and keeps the previous output', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    const before = await snapshot(ws.outputDir);
    const pidFile = join(ws.root, 'trainer.pid');
    const signalFile = join(ws.root, 'trainer.signal');
    const cli = spawnCli(ws.args({ epochs: '5' }), { TINY_TRAINER_PID_FILE: pidFile, TINY_TRAINER_SIGNAL_FILE: signalFile, TINY_TRAINER_SLEEP_MS: '60000' });
    // The trainer's first line shows up while it still runs: its output is streamed, not collected at the end.
    await waitFor('the trainer output to be streamed', () => cli.output().includes('tiny-trainer: tiny/bert on 20 rows, 5 epochs'));
    await waitFor('the pid file', async () => (await readFile(pidFile, 'utf8').catch(() => '')) !== '');
    const trainerPid = Number(await readFile(pidFile, 'utf8'));
    expect(await isRunning(trainerPid)).toBe(true);
    cli.child.kill('SIGTERM');
    const exit = await cli.exit;
    expect(exit.code).toBe(1);
    expect(await readFile(signalFile, 'utf8')).toBe('SIGTERM');
    expect(cli.output()).toContain('✗ Interrupted by SIGTERM; nothing was recorded as completed and ./models/fine-tuned was left as it was');
    expect(await isRunning(trainerPid)).toBe(false);
    expect(await snapshot(ws.outputDir)).toEqual(before);
  });

  test('a CLI killed with SIGKILL does not leave the trainer running, keeps the previous output, and is tidied up', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    const before = await snapshot(ws.outputDir);
    const pidFile = join(ws.root, 'trainer.pid');
    const cli = spawnCli(ws.args({ epochs: '5' }), { TINY_TRAINER_PID_FILE: pidFile, TINY_TRAINER_SLEEP_MS: '60000' });
    await waitFor('the pid file', async () => (await readFile(pidFile, 'utf8').catch(() => '')) !== '');
    const trainerPid = Number(await readFile(pidFile, 'utf8'));
    cli.child.kill('SIGKILL');
    await cli.exit;
    await waitFor('the orphaned trainer to be stopped', async () => !(await isRunning(trainerPid)));
    // Nothing was recorded: the previous training is untouched; the killed run's staging dir is all that is left.
    expect(await snapshot(ws.outputDir)).toEqual(before);
    expect(await siblings()).toEqual([expect.stringMatching(/^\.fine-tuned\.train~.+~\d+~[0-9a-f]+$/)]);

    // The next run is a hit for the previous configuration, and removes the abandoned staging dir.
    const next = await ws.run(ws.args());
    expect(next.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(await siblings()).toEqual([]);
    expect(await ws.invocations()).toBe(2);
  });
});
