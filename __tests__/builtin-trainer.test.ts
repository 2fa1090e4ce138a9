import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import * as ort from 'onnxruntime-node';
import { InputError, StepError } from '../src/core/errors.js';
import type { ProgressUpdate, Reporter } from '../src/core/reporter.js';
import { createBuiltinTrainer, type BuiltinTrainerOptions } from '../src/trainers/builtin/builtin-trainer.js';
import { DEFAULT_TRAINING_PARAMETERS, type TrainerOutcome, type TrainingParameters } from '../src/trainers/trainer.js';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { readEventFile } from './helpers/read-tfevents.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const { onnx } = onnxProto;

let temp: { path: string; cleanup: () => Promise<void> };
let base: string;
let trainData: string;
let valData: string;
let runs = 0;

/** Head-sized settings: a linear head on frozen features wants a far larger rate than fine-tuning a transformer. */
const PARAMETERS: TrainingParameters = { ...DEFAULT_TRAINING_PARAMETERS, learningRate: 1e-2, epochs: 3, batchSize: 16, loggingSteps: 10, evalSteps: 25, saveSteps: 50 };

function collectingReporter() {
  const lines: string[] = [];
  const progress: ProgressUpdate[] = [];
  const reporter: Reporter = {
    info: (message) => lines.push(message),
    notice: (message) => lines.push(`ℹ ${message}`),
    warning: (message) => lines.push(`⚠ ${message}`),
    miss: (message) => lines.push(`⚠ ${message}`),
    success: (message) => lines.push(`✓ ${message}`),
    progress: (update) => progress.push(update),
  };
  return { reporter, lines, progress };
}

async function train(params: { parameters?: Partial<TrainingParameters>; options?: BuiltinTrainerOptions; modelPath?: string; train?: string; val?: string; signal?: AbortSignal } = {}) {
  const stagingDir = join(temp.path, `out-${++runs}`);
  const collected = collectingReporter();
  const outcome: TrainerOutcome = await createBuiltinTrainer(params.options).train({
    modelName: 'test/tiny-encoder',
    modelPath: params.modelPath ?? base,
    trainData: params.train ?? trainData,
    valData: params.val ?? valData,
    stagingDir,
    parameters: { ...PARAMETERS, ...params.parameters },
    reporter: collected.reporter,
    signal: params.signal ?? new AbortController().signal,
  });
  return { outcome, dir: stagingDir, ...collected };
}

/** safetensors read by the spec: u64 header length, JSON header, tensors at their offsets. */
function readSafetensors(bytes: Buffer) {
  const headerLength = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  const body = bytes.subarray(8 + headerLength);
  const tensors: Record<string, { shape: number[]; dtype: string; data: Float32Array }> = {};
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const [start, end] = entry.data_offsets;
    const copy = Buffer.from(body.subarray(start, end));
    tensors[name] = { shape: entry.shape, dtype: entry.dtype, data: new Float32Array(copy.buffer, copy.byteOffset, copy.length / 4) };
  }
  return { header, tensors, bodyLength: body.length };
}

let main: Awaited<ReturnType<typeof train>>;

beforeAll(async () => {
  temp = await makeTempDir('me-builtin-');
  base = join(temp.path, 'base');
  await writeRepoFiles(base, tinyEncoderFiles({ fp16: true }));
  trainData = join(temp.path, 'train.jsonl');
  valData = join(temp.path, 'val.jsonl');
  await writeFile(trainData, sentimentJsonl({ count: 400, seed: 1 }));
  await writeFile(valData, sentimentJsonl({ count: 200, seed: 2 }));
  main = await train();
});
afterAll(async () => temp.cleanup());

describe('built-in trainer', () => {
  test('learns a separable sentiment set: validation accuracy ≥ 0.9 and the training loss falls', async () => {
    const { outcome, dir } = main;
    expect(outcome.metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    const losses = outcome.history.filter((entry) => entry.loss !== undefined).map((entry) => entry.loss!);
    expect(losses.length).toBeGreaterThan(3);
    expect(losses.at(-1)!).toBeLessThan(losses[0] * 0.9);
    expect(outcome.metrics.global_step).toBe(75); // 400 examples / 16 = 25 steps per epoch, 3 epochs
    const evalResults = JSON.parse(await readFile(join(dir, 'eval_results.json'), 'utf8'));
    expect(evalResults).toMatchObject({ eval_accuracy: outcome.metrics.eval_accuracy, eval_loss: outcome.metrics.eval_loss, eval_samples: 200, epoch: 3 });
  });

  test('writes a self-contained model dir: graph with only a logits output, real safetensors head, labels, tokenizer', async () => {
    const { dir } = main;
    const files = (await readdir(dir, { recursive: true })).sort();
    expect(files).toEqual(expect.arrayContaining(['config.json', 'model.safetensors', 'onnx/model.onnx', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt', 'eval_results.json']));
    expect(files.filter((name) => name.startsWith('logs/events.out.tfevents.'))).toHaveLength(1);

    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({
      model_type: 'bert',
      id2label: { '0': 'negative', '1': 'positive' },
      label2id: { negative: 0, positive: 1 },
      'transformers.js_config': { dtype: 'fp32' },
    });
    expect(JSON.parse(await readFile(join(dir, 'tokenizer_config.json'), 'utf8')).model_max_length).toBe(PARAMETERS.maxLength);

    const bytes = await readFile(join(dir, 'model.safetensors'));
    const { header, tensors, bodyLength } = readSafetensors(bytes);
    expect((8 + Number(bytes.readBigUInt64LE(0))) % 8).toBe(0);
    expect(header['classifier.weight']).toMatchObject({ dtype: 'F32', shape: [2, 32], data_offsets: [0, 256] });
    expect(header['classifier.bias']).toMatchObject({ dtype: 'F32', shape: [2], data_offsets: [256, 264] });
    expect(bodyLength).toBe(264);

    // Decoded by onnx-proto, not by our writer: the encoder is intact and the head is the saved one, transposed.
    const model = onnx.ModelProto.decode(await readFile(join(dir, 'onnx', 'model.onnx')));
    const graph = model.graph!;
    expect(graph.output!.map((output) => output.name)).toEqual(['logits']);
    expect(graph.input!.map((input) => input.name)).toEqual(['input_ids', 'attention_mask']);
    expect(graph.node!.map((node) => node.opType)).toEqual(expect.arrayContaining(['Gather', 'Tanh', 'ReduceSum', 'Div', 'MatMul', 'Add']));
    const weightT = graph.initializer!.find((tensor) => tensor.name === 'model_experiments/classifier_weight_t')!;
    expect(weightT.dims!.map(Number)).toEqual([32, 2]);
    const raw = Buffer.from(weightT.rawData!);
    const values = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
    for (let h = 0; h < 32; h++) {
      expect(values[h * 2]).toBe(tensors['classifier.weight'].data[h]);
      expect(values[h * 2 + 1]).toBe(tensors['classifier.weight'].data[32 + h]);
    }

    const session = await ort.InferenceSession.create(join(dir, 'onnx', 'model.onnx'));
    const ids = BigInt64Array.from([2n, 11n, 5n, 3n, 2n, 22n, 3n, 0n]); // [CLS] the great [SEP] / [CLS] awful [SEP] [PAD]
    const mask = BigInt64Array.from([1n, 1n, 1n, 1n, 1n, 1n, 1n, 0n]);
    const out = await session.run({ input_ids: new ort.Tensor('int64', ids, [2, 4]), attention_mask: new ort.Tensor('int64', mask, [2, 4]) });
    expect(out.logits.dims).toEqual([2, 2]);
    const logits = out.logits.data as Float32Array;
    expect(logits[1]).toBeGreaterThan(logits[0]); // "the great" → positive
    expect(logits[2]).toBeGreaterThan(logits[3]); // "awful" → negative
    await session.release();
  });

  test('same inputs and seed give byte-identical weights; another seed gives different ones', async () => {
    const again = await train();
    const otherSeed = await train({ parameters: { seed: 7 } });
    const bytes = (run: { dir: string }) => readFile(join(run.dir, 'model.safetensors'));
    expect((await bytes(again)).equals(await bytes(main))).toBe(true);
    expect((await readFile(join(again.dir, 'onnx', 'model.onnx'))).equals(await readFile(join(main.dir, 'onnx', 'model.onnx')))).toBe(true);
    expect((await bytes(otherSeed)).equals(await bytes(main))).toBe(false);
  });

  test('logging, eval and save steps give the expected events, progress lines and checkpoints (with gradient accumulation and warmup)', async () => {
    // 400 examples in batches of 16 = 25 batches per epoch; accumulating 2 gives 13 optimizer steps per epoch, 39 in all.
    const run = await train({ parameters: { gradientAccumulationSteps: 2, loggingSteps: 5, evalSteps: 10, saveSteps: 10, warmupSteps: 10 } });
    expect(run.outcome.metrics.global_step).toBe(39);
    const names = await readdir(run.dir);
    expect(names.filter((name) => name.startsWith('checkpoint-')).sort()).toEqual(['checkpoint-10', 'checkpoint-20', 'checkpoint-30']);
    const checkpoint = readSafetensors(await readFile(join(run.dir, 'checkpoint-20', 'model.safetensors')));
    expect(checkpoint.header['classifier.weight'].shape).toEqual([2, 32]);
    expect(JSON.parse(await readFile(join(run.dir, 'checkpoint-20', 'trainer_state.json'), 'utf8')).global_step).toBe(20);

    const [eventFile] = await readdir(join(run.dir, 'logs'));
    const events = await readEventFile(join(run.dir, 'logs', eventFile));
    const stepsWith = (tag: string) => events.filter((event) => tag in event.scalars).map((event) => event.step);
    expect(stepsWith('train/loss')).toEqual([5, 10, 15, 20, 25, 30, 35]);
    expect(stepsWith('train/learning_rate')).toEqual([5, 10, 15, 20, 25, 30, 35]);
    // Every 10 steps, and once more for the final model at step 39.
    expect(stepsWith('eval/loss')).toEqual([10, 20, 30, 39]);
    expect(stepsWith('eval/accuracy')).toEqual([10, 20, 30, 39]);
    const lastEval = events.filter((event) => 'eval/accuracy' in event.scalars).at(-1)!;
    expect(lastEval.scalars['eval/accuracy']).toBeCloseTo(run.outcome.metrics.eval_accuracy, 6);

    // Warmup: the rate climbs for 10 steps, then decays linearly towards 0 at step 39.
    const rates = events.filter((event) => 'train/learning_rate' in event.scalars).map((event) => event.scalars['train/learning_rate']);
    // Optimizer step n applies the schedule at n - 1 (the first update of a warmup runs at rate 0, as in transformers).
    expect(rates[0]).toBeCloseTo(1e-2 * (4 / 10), 7);
    expect(rates[1]).toBeCloseTo(1e-2 * (9 / 10), 7);
    for (let i = 2; i < rates.length; i++) expect(rates[i]).toBeLessThan(rates[i - 1]);
    expect(rates[2]).toBeCloseTo(1e-2 * ((39 - 14) / 29), 7);
    expect(rates.at(-1)!).toBeCloseTo(1e-2 * ((39 - 34) / 29), 7);

    const stepUpdates = run.progress.filter((update) => update.unit === 'steps');
    expect(stepUpdates.map((update) => update.done)).toEqual([5, 10, 15, 20, 25, 30, 35]);
    expect(stepUpdates.every((update) => update.total === 39 && /loss \d\.\d{4}/.test(update.detail ?? '') && /lr \d/.test(update.detail ?? ''))).toBe(true);
    expect(run.outcome.history.filter((entry) => entry.evalAccuracy !== undefined).map((entry) => entry.step)).toEqual([10, 20, 30, 39]);
  });

  test('--max-length truncates what the encoder sees', async () => {
    // Two tokens leave [CLS] and the first word: most reviews start with filler, so the sentiment is cut off.
    const run = await train({ parameters: { maxLength: 2 } });
    expect(run.outcome.metrics.eval_accuracy).toBeLessThan(0.85);
    expect(JSON.parse(await readFile(join(run.dir, 'tokenizer_config.json'), 'utf8')).model_max_length).toBe(2);
  });

  test('text and label columns are options (part of the identity), and integer labels keep their values', async () => {
    const columns = { textColumn: 'review', labelColumn: 'stars' };
    expect(createBuiltinTrainer(columns).identity).toEqual({ kind: 'builtin', version: '3', 'text-column': 'review', 'label-column': 'stars' });
    expect(createBuiltinTrainer().identity).toMatchObject({ 'text-column': 'text', 'label-column': 'label' });
    const customTrain = join(temp.path, 'custom-train.jsonl');
    const customVal = join(temp.path, 'custom-val.jsonl');
    await writeFile(customTrain, sentimentJsonl({ count: 400, seed: 1, intLabels: true, ...columns }));
    await writeFile(customVal, sentimentJsonl({ count: 100, seed: 3, intLabels: true, ...columns }));
    const run = await train({ options: columns, train: customTrain, val: customVal });
    expect(run.outcome.metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    const config = JSON.parse(await readFile(join(run.dir, 'config.json'), 'utf8'));
    expect(config.id2label).toEqual({ '0': '0', '1': '1' });
    expect(config.model_experiments).toMatchObject({ text_column: 'review', label_column: 'stars' });

    await expect(train({ train: customTrain, val: customVal })).rejects.toThrow(new InputError(`${customTrain}:1 has no "text" column (columns: review, stars): set --text-column to the column holding the text`));
    expect(() => createBuiltinTrainer({ textColumn: 'x', labelColumn: 'x' })).toThrow(InputError);
  });

  test('--fp16 trains on onnx/model_fp16.onnx and still writes an fp32 onnx/model.onnx', async () => {
    const run = await train({ parameters: { fp16: true } });
    expect(run.lines.some((line) => line.includes('onnx/model_fp16.onnx frozen'))).toBe(true);
    expect(run.outcome.metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    const model = onnx.ModelProto.decode(await readFile(join(run.dir, 'onnx', 'model.onnx')));
    expect(model.graph!.output!.map((output) => output.name)).toEqual(['logits']);
    expect(model.graph!.output![0].type!.tensorType!.elemType).toBe(onnx.TensorProto.DataType.FLOAT);
    const evaluated = await runCliInProcess(['evaluate', '--model-dir', run.dir, '--data', valData, '--json']);
    expect(evaluated.json!.accuracy).toBeCloseTo(run.outcome.metrics.eval_accuracy, 6);
  });

  test('a base model without an ONNX export is an input error that names the ways out', async () => {
    const noOnnx = join(temp.path, 'pytorch-only');
    await writeRepoFiles(noOnnx, tinyEncoderFiles({ withoutOnnx: true }));
    const error = await train({ modelPath: noOnnx }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/has no ONNX export \(onnx\/model\.onnx\).*onnx\/ folder.*--run/);
    const fp16Missing = join(temp.path, 'fp32-only');
    await writeRepoFiles(fp16Missing, tinyEncoderFiles());
    await expect(train({ modelPath: fp16Missing, parameters: { fp16: true } })).rejects.toThrow(/--fp16 asks for onnx\/model_fp16\.onnx.*drop --fp16/);
  });

  test('labels in the validation file that training never saw are an input error', async () => {
    const odd = join(temp.path, 'odd-val.jsonl');
    await writeFile(odd, `${JSON.stringify({ text: 'the film was great', label: 'neutral' })}\n`);
    await expect(train({ val: odd })).rejects.toThrow(new InputError('--val-data has labels the training data lacks (neutral): add examples of them to --train-data'));
  });

  test('an aborted signal stops the run with a step error', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(train({ signal: controller.signal })).rejects.toThrow(StepError);
  });
});
