import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROBE_TASK_EXTRA_WORDS, PROBE_TASK_KINDS, probeTask, type ProbeTask, type ProbeTaskKind } from '../emulators/probe-tasks.js';
import { tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { openPooledEncoder, type PooledEncoder } from '../src/trainers/builtin/pooled-encoder.js';
import { probeReference } from '../emulators/probe-reference.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

/**
 * The built-in trainer against the converged linear probe on the same pooled features: multinomial logistic
 * regression with a tiny L2, solved by Newton's method in the test (emulators/probe-reference.ts, exact-softmax-regression.ts). A is its
 * validation accuracy; the trainer, run through the CLI, must reach A − 0.02 with the command's defaults and
 * A − 0.01 with --learning-rate 1e-2 --epochs 5, on every kind of data with many training examples (750 optimizer
 * steps with the defaults) and with few (75 steps).
 */
const TRAIN_SIZES = [400, 4000] as const;
const VALIDATION_EXAMPLES = 500;

let temp: { path: string; cleanup: () => Promise<void> };
let base: string;
let encoder: PooledEncoder;
const tasks = new Map<string, { trainData: string; valData: string; probeAccuracy: number }>();
const taskSlug = (kind: ProbeTaskKind, trainCount: number) => `${kind.replaceAll(' ', '-')}-${trainCount}`;

beforeAll(async () => {
  temp = await makeTempDir('me-builtin-converge-');
  base = join(temp.path, 'base');
  await writeRepoFiles(base, tinyEncoderFiles({ extraWords: PROBE_TASK_EXTRA_WORDS }));
  // The trainer's own encoder path (tokenizer, ONNX encoder, masked mean pooling) at the trainer's default length.
  encoder = await openPooledEncoder({ modelDir: base, encoderPath: join(base, 'onnx', 'model.onnx'), encoderFile: 'onnx/model.onnx', maxLength: 128 });
  for (const kind of PROBE_TASK_KINDS) {
    for (const trainCount of TRAIN_SIZES) {
      const task = probeTask({ kind, trainCount, validationCount: VALIDATION_EXAMPLES });
      tasks.set(taskSlug(kind, trainCount), await prepare(taskSlug(kind, trainCount), task));
    }
  }
});
afterAll(async () => {
  await encoder?.release();
  await temp.cleanup();
});

/** Write the task's JSONL files and measure A: the exact probe's validation accuracy on the same pooled features. */
async function prepare(slug: string, task: ProbeTask) {
  const reference = await probeReference({ dir: temp.path, slug, task, encoder });
  // Converged: the objective's gradient is zero to rounding, so A is the probe's, not an early stop's.
  expect(reference.gradientNorm).toBeLessThan(1e-7);
  return reference;
}

async function train(slug: string, name: string, extra: string[]) {
  const { trainData, valData } = tasks.get(slug)!;
  const out = join(temp.path, 'models', `${slug}-${name}`);
  const run = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--train-data', trainData, '--val-data', valData, '--output-dir', out, '--json', ...extra]);
  expect(run.stderr).not.toMatch(/✗/);
  expect(run.code).toBe(0);
  const metadata = JSON.parse(await readFile(join(out, 'training_metadata.json'), 'utf8'));
  return { accuracy: run.json!.metrics.eval_accuracy as number, metadata, out, run };
}

describe('the built-in trainer reaches the converged linear probe', () => {
  test.each(PROBE_TASK_KINDS.flatMap((kind) => TRAIN_SIZES.map((trainCount) => [kind, trainCount] as const)))('%s, %i training examples: with the defaults ≥ A − 0.02, with --learning-rate 1e-2 --epochs 5 ≥ A − 0.01', async (kind, trainCount) => {
    const slug = taskSlug(kind, trainCount);
    const { probeAccuracy: reference } = tasks.get(slug)!;
    const defaults = await train(slug, 'defaults', []);
    const explicit = await train(slug, 'lr-1e-2', ['--learning-rate', '1e-2', '--epochs', '5']);
    const report = `${kind}, ${trainCount} examples: probe A=${reference.toFixed(3)}, defaults ${defaults.accuracy.toFixed(3)}, lr 1e-2 × 5 epochs ${explicit.accuracy.toFixed(3)}`;
    expect({ report, defaultsMet: defaults.accuracy >= reference - 0.02, explicitMet: explicit.accuracy >= reference - 0.01 }).toEqual({ report, defaultsMet: true, explicitMet: true });
    // The key says what was trained: the built-in trainer's own learning rate when none was given.
    expect(defaults.metadata.parameters).toMatchObject({ learningRate: 0.01, epochs: 3 });
    expect(explicit.metadata.parameters).toMatchObject({ learningRate: 0.01, epochs: 5 });
    // What evaluate reports for the exported onnx/model.onnx is what training measured.
    const evaluated = await runCliInProcess(['evaluate', '--model-dir', explicit.out, '--data', tasks.get(slug)!.valData, '--json']);
    expect(evaluated.json!.accuracy).toBeCloseTo(explicit.accuracy, 6);
  });

  test('fewer training examples than pooled features (a singular covariance): with the defaults the head still reaches A − 0.02, with finite weights', async () => {
    const { trainData, valData, probeAccuracy: reference } = await prepare('few', probeTask({ kind: 'diluted sentiment', trainCount: 24, validationCount: 200, seed: 5 }));
    const out = join(temp.path, 'models', 'few');
    const run = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--train-data', trainData, '--val-data', valData, '--output-dir', out, '--json']);
    expect(run.code).toBe(0);
    // Separable in 32 dimensions: without shrinkage the whitened head separated the 24 along noise (0.79 vs A 0.93),
    // and a discriminant start from their singular within-label covariance reached 0.61.
    expect(run.json!.metrics.eval_accuracy).toBeGreaterThanOrEqual(reference - 0.02);
    const bytes = await readFile(join(out, 'model.safetensors'));
    const headerLength = Number(bytes.readBigUInt64LE(0));
    const body = bytes.subarray(8 + headerLength);
    const values = new Float32Array(Buffer.from(body).buffer, 0, body.length / 4);
    expect(values.every(Number.isFinite)).toBe(true);
    const evaluated = await runCliInProcess(['evaluate', '--model-dir', out, '--data', valData, '--json']);
    expect(evaluated.json!.accuracy).toBeCloseTo(run.json!.metrics.eval_accuracy, 6);
  });
});
