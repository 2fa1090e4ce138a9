// train --trainer transformers end to end, with real torch and transformers from the venv `.ci/run` creates
// (.venv/bin/python, or ME_TEST_PYTHON): a tiny BERT made by transformers, served by the Hub emulator, fetched by
// `model download`, fine-tuned on CPU by the CLI bundle, then read back by transformers and TensorBoard.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { makeTinyBert } from '../emulators/tiny-bert.js';
import { sentimentJsonl } from '../emulators/tiny-encoder.js';
import { CLI_BUNDLE, REPO_ROOT, runCliInProcess, runCliProcess, type CliRun } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { runAction } from './helpers/run-action.js';

const PYTHON = process.env.ME_TEST_PYTHON || join(REPO_ROOT, '.venv', 'bin', 'python');
const HAVE_PYTHON = existsSync(PYTHON);
const HOW = 'create it with .ci/run, or: python3 -m venv .venv && .venv/bin/pip install torch transformers accelerate tensorboard';

if (!HAVE_PYTHON && process.env.CI !== 'true') {
  console.log(`transformers trainer tests skipped: no ${PYTHON} (${HOW})`);
}

const suite = HAVE_PYTHON ? describe : describe.skip;

test('the transformers trainer tests have their Python (required when CI=true)', () => {
  if (!HAVE_PYTHON && process.env.CI === 'true') throw new Error(`CI=true but ${PYTHON} is missing: ${HOW}`);
});

test('--trainer and --python are checked before anything runs (no Python needed)', async () => {
  const base = ['train', '--model-name', 'a/b', '--train-data', 't.jsonl', '--val-data', 'v.jsonl', '--output-dir', 'out'];
  const cases: [string[], string][] = [
    [['--trainer', 'pytorch'], '✗ --trainer "pytorch" is not a trainer: use builtin or transformers, or leave it out and give --run "<command>"'],
    [['--trainer', 'transformers', '--run', 'python train.py'], '✗ --trainer transformers and --run both choose the trainer: give one of them'],
    [['--python', 'python3'], '✗ --python is the interpreter of --trainer transformers: add --trainer transformers, or drop --python'],
    [['--trainer', 'transformers', '--python', ''], '✗ --python must not be empty: give a Python interpreter, e.g. python3 or .venv/bin/python'],
  ];
  for (const [extra, message] of cases) {
    const run = await runCliInProcess([...base, ...extra], { PATH: process.env.PATH });
    expect({ extra, code: run.code, stderr: run.stderr }).toEqual({ extra, code: 2, stderr: `${message}\n` });
  }
});

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let hub: HubEmulator;
let root: string;
let env: Record<string, string>;
let startsLog: string;

const COMMON_ARGS = [
  'train', '--trainer', 'transformers', '--model-name', 'test/tiny-bert', '--train-data', 'data/train.jsonl', '--val-data', 'data/val.jsonl',
  '--epochs', '2', '--max-length', '32', '--logging-steps', '5', '--eval-steps', '20', '--save-steps', '20',
];
const TRAIN_ARGS = [...COMMON_ARGS, '--model-path', 'models/base', '--output-dir', 'models/fine-tuned'];
const cli = (argv: string[], extra: Record<string, string> = {}): Promise<CliRun> => runCliProcess(argv, { ...env, ...extra }, { cwd: root });
const pythonStarts = async () => (await readFile(startsLog, 'utf8').catch(() => '')).split('\n').filter(Boolean);
const outputDir = () => join(root, 'models', 'fine-tuned');

/** Run a Python snippet in the venv and parse the JSON it prints last. */
function python(source: string, args: string[]): Promise<any> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ['-c', source, ...args], { env: { ...process.env, OMP_NUM_THREADS: '1' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(String(stdout).trim().split('\n').pop()!)),
    );
  });
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const content = await readFile(join(dir, name)).catch(() => undefined);
    if (content) files[name] = createHash('sha256').update(content).digest('hex');
  }
  return files;
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

suite('train --trainer transformers (real torch and transformers)', () => {
  beforeAll(async () => {
    tmp = await makeTempDir('me-transformers-');
    root = join(tmp.path, 'work');
    await mkdir(join(root, 'data'), { recursive: true });
    // `python3` on PATH is a wrapper that records each start, then runs the venv's interpreter.
    const bin = join(tmp.path, 'bin');
    await mkdir(bin);
    startsLog = join(tmp.path, 'python-starts.log');
    await writeFile(join(bin, 'python3'), `#!/bin/sh\necho "$$" >> '${startsLog}'\nexec '${PYTHON}' "$@"\n`);
    await chmod(join(bin, 'python3'), 0o755);
    hub = await startHubEmulator();
    hub.commit({ name: 'test/tiny-bert', files: await makeTinyBert({ python: PYTHON, dir: join(tmp.path, 'tiny-bert') }) });
    await writeFile(join(root, 'data', 'train.jsonl'), sentimentJsonl({ count: 400, seed: 1 }));
    await writeFile(join(root, 'data', 'val.jsonl'), sentimentJsonl({ count: 100, seed: 2 }));
    env = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: tmp.path,
      XDG_CACHE_HOME: join(tmp.path, 'cache'),
      HF_ENDPOINT: hub.url,
      // Two shared cores: torch's default of one thread per core only fights the other processes for them.
      OMP_NUM_THREADS: '1',
    };
    const download = await cli(['model', 'download', '--name', 'test/tiny-bert', '--output-dir', 'models/base']);
    expect(download.code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    await tmp?.cleanup();
  });

  test('fine-tunes the whole model on CPU to validation accuracy ≥ 0.9, with the seed\'s outputs and no checkpoints', async () => {
    const run = await cli([...TRAIN_ARGS, '--learning-rate', '3e-3', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('transformers trainer: training on cpu');
    expect(run.json).toMatchObject({ cacheHit: false, source: 'trained' });
    const metrics = run.json!.metrics;
    expect(metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    for (const name of ['eval_loss', 'train_loss', 'train_runtime', 'epoch']) expect(typeof metrics[name]).toBe('number');
    // The interpreter was probed once and ran the trainer once (the default python3, found on PATH).
    expect((await pythonStarts()).length).toBe(2);

    const files = await readdir(outputDir(), { recursive: true });
    expect(files).toEqual(expect.arrayContaining(['config.json', 'model.safetensors', 'tokenizer.json', 'tokenizer_config.json', 'training_metadata.json']));
    expect(files.some((name) => /^logs\/events\.out\.tfevents\./.test(name))).toBe(true);
    expect(files.filter((name) => name.includes('checkpoint'))).toEqual([]);
    const config = JSON.parse(await readFile(join(outputDir(), 'config.json'), 'utf8'));
    expect(config.id2label).toEqual({ 0: 'negative', 1: 'positive' });
    expect(config.label2id).toEqual({ negative: 0, positive: 1 });

    const metadata = JSON.parse(await readFile(join(outputDir(), 'training_metadata.json'), 'utf8'));
    expect(metadata.history.some((entry: { evalAccuracy?: number }) => typeof entry.evalAccuracy === 'number')).toBe(true);
  }, 120_000);

  test('evaluate prints the metrics table for the labels transformers itself predicts; TensorBoard reads the logs; the key names the versions', async () => {
    const evaluation = await cli(['evaluate', '--model-dir', 'models/fine-tuned', '--data', 'data/val.jsonl']);
    expect(evaluation.code).toBe(0);
    expect(evaluation.stdout).toMatch(/^label\s+precision\s+recall\s+f1\s+support$/m);
    const table = Object.fromEntries(
      [...evaluation.stdout.matchAll(/^(negative|positive)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)$/gm)].map((match) => [match[1], { precision: Number(match[2]), recall: Number(match[3]), support: Number(match[5]) }]),
    );
    const accuracy = Number(/^accuracy (\S+)$/m.exec(evaluation.stdout)![1]);

    // An independent reading: transformers loads the dir, predicts every text; TensorBoard's own reader opens logs/.
    const read = await python(
      `
import json, sys, torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
out, data = sys.argv[1], sys.argv[2]
rows = [json.loads(line) for line in open(data) if line.strip()]
tokenizer = AutoTokenizer.from_pretrained(out)
model = AutoModelForSequenceClassification.from_pretrained(out).eval()
with torch.no_grad():
    logits = model(**tokenizer([r["text"] for r in rows], truncation=True, max_length=32, padding=True, return_tensors="pt")).logits
predicted = [model.config.id2label[int(i)] for i in logits.argmax(-1)]
tags = {}
import glob, os
for path in glob.glob(os.path.join(out, "logs", "*")):
    events = EventAccumulator(path)
    events.Reload()
    for tag in events.Tags()["scalars"]:
        tags.setdefault(tag, []).extend(e.value for e in events.Scalars(tag))
versions = {name: __import__(name).__version__ for name in ("torch", "transformers")}
print(json.dumps({"predicted": predicted, "labels": [r["label"] for r in rows], "tags": tags, "versions": versions}))
`,
      [outputDir(), join(root, 'data', 'val.jsonl')],
    );
    const { predicted, labels } = read as { predicted: string[]; labels: string[] };
    const correct = predicted.filter((label, index) => label === labels[index]).length;
    expect(accuracy).toBeCloseTo(correct / labels.length, 4);
    for (const name of ['negative', 'positive']) {
      const hits = predicted.filter((label, index) => label === name && labels[index] === name).length;
      expect(table[name].support).toBe(labels.filter((label) => label === name).length);
      expect(table[name].recall).toBeCloseTo(hits / table[name].support, 4);
      expect(table[name].precision).toBeCloseTo(hits / Math.max(1, predicted.filter((label) => label === name).length), 4);
    }
    expect(read.tags['train/loss'].length).toBeGreaterThan(0);
    expect(read.tags['eval/accuracy'].length).toBeGreaterThan(0);
    expect(Math.max(...read.tags['eval/accuracy'])).toBeGreaterThanOrEqual(0.9);

    // The trainer's identity in the key: the shipped script's bytes and the versions it ran with.
    const script = await readFile(join(REPO_ROOT, 'dist', 'cli', 'python', 'train_transformers.py'));
    const metadata = JSON.parse(await readFile(join(outputDir(), 'training_metadata.json'), 'utf8'));
    expect(metadata.trainer).toEqual({
      kind: 'transformers',
      script: createHash('sha256').update(script).digest('hex'),
      torch: read.versions.torch,
      transformers: read.versions.transformers,
      'text-column': 'text',
      'label-column': 'label',
    });
  }, 120_000);

  test('the same training again is a cache hit that starts no Python, from the CLI and from the Action', async () => {
    const before = await pythonStarts();
    const run = await cli([...TRAIN_ARGS, '--learning-rate', '3e-3', '--json']);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: true, source: 'disk' });
    // The Action finds its own copy of the script (dist/action/python/): the same bytes, so the same key.
    const inputs: Record<string, string> = { command: 'train', trainer: 'transformers', 'learning-rate': '3e-3', 'model-path': 'models/base', 'output-dir': 'models/fine-tuned' };
    for (let index = 1; index < COMMON_ARGS.length; index += 2) if (COMMON_ARGS[index].startsWith('--')) inputs[COMMON_ARGS[index].slice(2)] = COMMON_ARGS[index + 1];
    const action = await runAction({ inputs: { ...inputs, python: 'python3' }, env, cwd: root });
    expect(action.code).toBe(0);
    expect(action.outputs['cache-hit']).toBe('true');
    expect(await pythonStarts()).toEqual(before);
  });

  test('a changed --learning-rate is a miss naming it; a SIGKILL of the CLI mid-training kills the Python process group and keeps the output', async () => {
    const plan = await cli([...TRAIN_ARGS, '--learning-rate', '4e-3', '--plan', '--json']);
    expect(plan.json).toMatchObject({ needsRun: true, reasons: ['learning-rate: 0.003 → 0.004'] });

    const before = await snapshot(outputDir());
    const startsBefore = (await pythonStarts()).length;
    // Without --model-path: the base model is fetched first (as model download fetches it), and its revision is the
    // one models/base holds, so only the parameters differ.
    const child = spawn(process.execPath, [CLI_BUNDLE, ...COMMON_ARGS, '--output-dir', 'models/fine-tuned', '--learning-rate', '4e-3', '--epochs', '200'], { cwd: root, env: { ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise((resolve) => child.on('close', resolve));
    await waitFor('training steps to be logged', () => /^step \d+\/\d+ /m.test(stderr), 90_000);
    expect(stderr).toContain('  - learning-rate: 0.003 → 0.004');
    expect(stderr).not.toContain('model-revision');
    expect(existsSync(join(root, 'models', '.base-models', 'test--tiny-bert--pytorch', 'model.safetensors'))).toBe(true);
    // The wrapper recorded its pid, which exec kept for the interpreter: the leader of the trainer's process group.
    const trainerPid = Number((await pythonStarts())[startsBefore]);
    expect(alive(trainerPid)).toBe(true);
    child.kill('SIGKILL');
    await exited;
    await waitFor('the trainer process group to be gone', () => !alive(-trainerPid), 20_000);
    expect(await snapshot(outputDir())).toEqual(before);

    const next = await cli([...TRAIN_ARGS, '--learning-rate', '3e-3', '--json']);
    expect(next.json).toMatchObject({ cacheHit: true });
  }, 120_000);

  test('no interpreter, no torch, or --fp16 without CUDA: exit 2 with one line, before anything is fetched or trained', async () => {
    const bare = join(tmp.path, 'bare');
    await new Promise<void>((resolve, reject) => execFile(PYTHON, ['-m', 'venv', '--without-pip', bare], (error) => (error ? reject(error) : resolve())));
    const requests = hub.requests.length;
    // No --model-path: the base model would be fetched from the Hub, after the checks.
    const fetching = [...COMMON_ARGS, '--output-dir', 'models/other'];

    const noPython = await cli([...fetching, '--python', join(tmp.path, 'no-such-python')]);
    expect(noPython.code).toBe(2);
    expect(noPython.stderr).toBe(`✗ --python ${join(tmp.path, 'no-such-python')} is not an executable file: install Python 3 with the trainer's packages (python3 -m venv .venv && .venv/bin/pip install torch transformers accelerate tensorboard) and give --python .venv/bin/python\n`);

    const noTorch = await cli([...fetching, '--python', join(bare, 'bin', 'python')]);
    expect(noTorch.code).toBe(2);
    expect(noTorch.stderr.trim().split('\n')).toHaveLength(1);
    expect(noTorch.stderr).toMatch(/^✗ --python .+ \(Python 3\.\d+\.\d+\) has no torch, transformers, accelerate, tensorboard: install with .+\/bare\/bin\/python -m pip install torch transformers accelerate tensorboard\n$/);

    const starts = await pythonStarts();
    const fp16 = await cli([...fetching, '--fp16']);
    expect(fp16.code).toBe(2);
    expect(fp16.stderr.trim().split('\n')).toHaveLength(1);
    expect(fp16.stderr).toMatch(/^✗ --fp16 needs a CUDA GPU, .+: drop --fp16/);
    expect(await pythonStarts()).toEqual(starts);

    expect(hub.requests.length).toBe(requests);
    expect(existsSync(join(root, 'models', 'other'))).toBe(false);
  }, 60_000);

  test('other torch and transformers versions are a miss naming them; an install is seen at once (the probe cache follows site-packages)', async () => {
    // A venv whose packages are only their metadata, as pip leaves it: enough for the probe, which never imports them.
    const fake = join(tmp.path, 'fake');
    await new Promise<void>((resolve, reject) => execFile(PYTHON, ['-m', 'venv', '--without-pip', fake], (error) => (error ? reject(error) : resolve())));
    const site = join(fake, 'lib', (await readdir(join(fake, 'lib')))[0], 'site-packages');
    const install = async (name: string, version: string) => {
      await mkdir(join(site, `${name}-${version}.dist-info`), { recursive: true });
      await writeFile(join(site, `${name}-${version}.dist-info`, 'METADATA'), `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`);
    };
    for (const name of ['torch', 'transformers', 'accelerate', 'tensorboard']) await install(name, '9.0.0');
    const recorded = JSON.parse(await readFile(join(outputDir(), 'training_metadata.json'), 'utf8')).trainer;
    const plan = (await cli([...TRAIN_ARGS, '--learning-rate', '3e-3', '--python', join(fake, 'bin', 'python'), '--plan', '--json'])).json!;
    expect(plan.reasons).toEqual([`trainer: torch ${recorded.torch} → 9.0.0`, `trainer: transformers ${recorded.transformers} → 9.0.0`]);

    // pip upgrading transformers: the old dist-info goes, a new one comes, and site-packages' mtime moves.
    await rm(join(site, 'transformers-9.0.0.dist-info'), { recursive: true });
    await install('transformers', '9.1.0');
    const again = (await cli([...TRAIN_ARGS, '--learning-rate', '3e-3', '--python', join(fake, 'bin', 'python'), '--plan', '--json'])).json!;
    expect(again.reasons).toEqual([`trainer: torch ${recorded.torch} → 9.0.0`, `trainer: transformers ${recorded.transformers} → 9.1.0`]);
  });
});
