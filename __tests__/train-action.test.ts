// The Action entry (dist/action/index.js, rebuilt by `npm test`) as the runner starts it: a child process with
// INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a runner tool cache dir.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/run-cli.js';
import { makeTrainWorkspace, TINY_TRAINER_COMMAND, type TrainWorkspace } from './fixtures/train-workspace.js';

const ACTION_BUNDLE = join(REPO_ROOT, 'dist', 'action', 'index.js');

let ws: TrainWorkspace;
beforeAll(async () => {
  ws = await makeTrainWorkspace();
});
afterAll(async () => ws.cleanup());

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks as a map. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
  return outputs;
}

let runs = 0;
function startAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const outputFile = join(ws.root, `github-output-${++runs}`);
  const summaryFile = join(ws.root, `step-summary-${runs}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    ...extraEnv,
    PATH: process.env.PATH!,
    HOME: process.env.HOME!,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TOOL_CACHE: join(ws.root, 'runner-tool-cache'),
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: join(ws.root, 'runner-temp'),
    TINY_TRAINER_COUNT_FILE: ws.countFile,
  };
  const all = {
    command: 'train',
    'model-name': 'tiny/bert',
    'train-data': './data/train.jsonl',
    'val-data': './data/val.jsonl',
    'output-dir': './models/fine-tuned',
    run: TINY_TRAINER_COMMAND,
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: ws.root, env });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const done = (async () => {
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const read = (path: string) => readFile(path, 'utf8').catch(() => '');
    return { code, log, outputs: parseOutputs(await read(outputFile)), summary: await read(summaryFile) };
  })();
  return { child, log: () => log, done };
}

const runAction = (inputs: Record<string, string>) => startAction(inputs).done;

test('train: trains, then hits, explains a change, restores from the tool cache, and rejects bad input with exit 2', async () => {
  const first = await runAction({ epochs: '2' });
  expect(first.code).toBe(0);
  expect(first.log).toContain('tiny-trainer: tiny/bert on 20 rows, 2 epochs');
  expect(first.outputs).toMatchObject({ 'cache-hit': 'false', source: 'trained', 'output-dir': ws.outputDir });
  expect(first.outputs['cache-key']).toMatch(/^[0-9a-f]{64}$/);
  expect(first.outputs.reasons).toContain('no training_metadata.json in ./models/fine-tuned (not trained yet)');
  expect(JSON.parse(first.outputs.metrics)).toMatchObject({ train_loss: 0.25, eval_accuracy: 0.75 });
  expect(first.summary).toContain('### model-experiments: train');
  expect(first.summary).toMatch(/\| Decision \| ran \|/);
  // An ordinary miss (first training) is a log line, not an annotation: a green run stays green.
  expect(first.log).not.toContain('::warning::');
  // The summary carries the metrics, for --run trainers too.
  expect(first.summary).toMatch(/\| Metrics \| .*eval_accuracy 0\.7500/);
  expect(first.log).toContain('no training_metadata.json in ./models/fine-tuned (not trained yet)');
  expect(await ws.invocations()).toBe(1);

  const hit = await runAction({ epochs: '2' });
  expect(hit.code).toBe(0);
  expect(hit.outputs).toMatchObject({ 'cache-hit': 'true', source: 'disk', 'cache-key': first.outputs['cache-key'], reasons: '' });
  expect(hit.log).toContain('ℹ Model already trained with this configuration');
  expect(hit.summary).toMatch(/\| Decision \| cache hit \|/);
  expect(await ws.invocations()).toBe(1);

  const changed = await runAction({ epochs: '3' });
  expect(changed.code).toBe(0);
  expect(changed.outputs).toMatchObject({ 'cache-hit': 'false', source: 'trained' });
  expect(changed.outputs.reasons.split('\n')).toContain('epochs: 2 → 3');
  expect(changed.summary).toContain('epochs: 2 → 3');
  expect(changed.log).not.toContain('::warning::');
  expect(await ws.invocations()).toBe(2);

  // A new runner workspace: no output dir, but the tool cache holds the epochs=2 training.
  await rm(ws.outputDir, { recursive: true });
  const restored = await runAction({ epochs: '2' });
  expect(restored.code).toBe(0);
  expect(restored.outputs).toMatchObject({ 'cache-hit': 'true', source: 'tool-cache', 'cache-key': first.outputs['cache-key'] });
  expect(await ws.invocations()).toBe(2);
  expect(JSON.parse(await readFile(ws.metadataPath, 'utf8'))).toMatchObject({ completed: true, parameters: { epochs: 2 } });

  const bad = await runAction({ epochs: '0' });
  expect(bad.code).toBe(2);
  expect(bad.log).toContain('::error::Input epochs 0 is out of range: give a whole number from 1 to 10000');
  expect(bad.summary).toContain('### model-experiments: train invalid input (exit 2)');
  expect(await ws.invocations()).toBe(2);
});

test('a cancelled job (SIGINT to the Action) stops the trainer and records nothing', async () => {
  await rm(ws.outputDir, { recursive: true, force: true });
  await rm(join(ws.root, 'runner-tool-cache'), { recursive: true, force: true });
  const pidFile = join(ws.root, 'trainer.pid');
  const signalFile = join(ws.root, 'trainer.signal');
  const action = startAction({ epochs: '4' }, { TINY_TRAINER_PID_FILE: pidFile, TINY_TRAINER_SIGNAL_FILE: signalFile, TINY_TRAINER_SLEEP_MS: '60000' });
  const deadline = Date.now() + 20_000;
  while (!(await readFile(pidFile, 'utf8').catch(() => ''))) {
    if (Date.now() > deadline) throw new Error(`the trainer did not start: ${action.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  action.child.kill('SIGINT');
  const result = await action.done;
  expect(result.code).toBe(1);
  expect(await readFile(signalFile, 'utf8')).toBe('SIGTERM');
  expect(result.log).toContain('::error::Interrupted by SIGINT; nothing was recorded as completed and ./models/fine-tuned was left as it was');
  await expect(readFile(ws.metadataPath, 'utf8')).rejects.toThrow(/ENOENT/);
});

test('key-files and key-env inputs: one glob / name a line; an edited match is a miss naming it; a glob matching nothing fails with exit 2', async () => {
  await rm(ws.outputDir, { recursive: true, force: true });
  await rm(join(ws.root, 'runner-tool-cache'), { recursive: true, force: true });
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(join(ws.root, 'trainer-src'), { recursive: true });
  await writeFile(join(ws.root, 'trainer-src', 'model.py'), 'LAYERS = 2\n');
  await writeFile(join(ws.root, 'requirements.txt'), 'torch\n');
  const inputs = { epochs: '2', 'key-files': 'trainer-src/**/*.py\nrequirements.txt\n', 'key-env': 'MODEL_VARIANT' };
  const first = await startAction(inputs, { MODEL_VARIANT: 'variant-b3k9' }).done;
  expect(first.code).toBe(0);
  expect(first.outputs.source).toBe('trained');
  const hit = await startAction(inputs, { MODEL_VARIANT: 'variant-b3k9' }).done;
  expect(hit.outputs).toMatchObject({ 'cache-hit': 'true', source: 'disk' });

  await writeFile(join(ws.root, 'trainer-src', 'model.py'), 'LAYERS = 4\n');
  const edited = await startAction(inputs, { MODEL_VARIANT: 'variant-q7x2' }).done;
  expect(edited.outputs).toMatchObject({ 'cache-hit': 'false', source: 'trained' });
  expect(edited.outputs.reasons.split('\n').slice(0, 2)).toEqual(['key file ./trainer-src/model.py: content changed', 'key-env MODEL_VARIANT: value changed']);
  expect(edited.log + edited.summary).not.toContain('variant-q7x2');

  const none = await startAction({ ...inputs, 'key-files': 'trainer/**/*.py' }).done;
  expect(none.code).toBe(2);
  expect(none.log).toContain('::error::Input key-files "trainer/**/*.py" matches no file');
});

test('a damaged result is a warning annotation: corrupted training_metadata.json', async () => {
  await rm(ws.outputDir, { recursive: true, force: true });
  await rm(join(ws.root, 'runner-tool-cache'), { recursive: true, force: true });
  expect((await startAction({ epochs: '2', 'tool-cache': 'false' }).done).code).toBe(0);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(ws.metadataPath, '{"schema": "model-experiments/train@1", "completed": tru');
  const damaged = await startAction({ epochs: '2', 'tool-cache': 'false' }).done;
  expect(damaged.code).toBe(0);
  expect(damaged.log).toMatch(/::warning::training_metadata.json is corrupted/);
});

test('a trainer that exits 3 fails the step (exit 1) with a job summary saying what failed, and the error output', async () => {
  const failed = await startAction({ epochs: '7' }, { TINY_TRAINER_FAIL: '3' }).done;
  expect(failed.code).toBe(1);
  expect(failed.summary).toContain('### model-experiments: train failed (exit 1)');
  expect(failed.summary).toMatch(/\| Error \| Trainer command exited with code 3/);
  expect(failed.outputs).toMatchObject({ 'cache-hit': 'false' });
  expect(failed.outputs.error).toMatch(/^Trainer command exited with code 3/);
});
