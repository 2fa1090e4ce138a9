import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { env, pipeline } from '@huggingface/transformers';
import { silentReporter } from '../src/core/reporter.js';
import { createBuiltinTrainer } from '../src/trainers/builtin/builtin-trainer.js';
import { DEFAULT_TRAINING_PARAMETERS } from '../src/trainers/trainer.js';
import { sentimentExamples, sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

let temp: { path: string; cleanup: () => Promise<void> };
let base: string;
let modelDir: string;
let valData: string;
const VAL = { count: 200, seed: 2 };

beforeAll(async () => {
  temp = await makeTempDir('me-evaluate-');
  base = join(temp.path, 'base');
  await writeRepoFiles(base, tinyEncoderFiles());
  const trainData = join(temp.path, 'train.jsonl');
  valData = join(temp.path, 'val.jsonl');
  await writeFile(trainData, sentimentJsonl({ count: 400, seed: 1 }));
  await writeFile(valData, sentimentJsonl(VAL));
  modelDir = join(temp.path, 'trained');
  // Few epochs on purpose: a model that still errs makes precision and recall worth comparing.
  await createBuiltinTrainer().train({
    modelName: 'test/tiny-encoder',
    modelPath: base,
    trainData,
    valData,
    stagingDir: modelDir,
    parameters: { ...DEFAULT_TRAINING_PARAMETERS, learningRate: 2e-3, epochs: 1, batchSize: 32, maxLength: 6 },
    reporter: silentReporter,
    signal: new AbortController().signal,
  });
});
afterAll(async () => temp.cleanup());

type LabelReport = { precision: number; recall: number; f1: number; support: number };

describe('evaluate', () => {
  test('--json prints one object whose accuracy and loss match what training measured on the same file', async () => {
    const run = await runCliInProcess(['evaluate', '--model-dir', modelDir, '--data', valData, '--json']);
    expect(run.stderr).not.toMatch(/✗/);
    expect(run.code).toBe(0);
    const evalResults = JSON.parse(await readFile(join(modelDir, 'eval_results.json'), 'utf8'));
    expect(run.json).toMatchObject({ command: 'evaluate', modelDir, data: valData, examples: 200, textColumn: 'text', labelColumn: 'label' });
    expect(run.json!.accuracy).toBeCloseTo(evalResults.eval_accuracy, 6);
    expect(run.json!.loss).toBeCloseTo(evalResults.eval_loss, 4);
    const labels = run.json!.labels as Record<string, LabelReport>;
    expect(Object.keys(labels)).toEqual(['negative', 'positive']);
    expect(labels.negative.support + labels.positive.support).toBe(200);
    expect(labels.positive.support).toBe(sentimentExamples(VAL).filter((example) => example.label === 'positive').length);
  });

  test('without --json it prints accuracy, loss and a precision/recall row per label', async () => {
    const run = await runCliInProcess(['evaluate', '--model-dir', modelDir, '--data', valData]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Evaluated .* \(200 examples\)$/m);
    expect(run.stdout).toMatch(/^accuracy [01]\.\d{4}$/m);
    expect(run.stdout).toMatch(/^loss {5}\d\.\d{4}$/m);
    expect(run.stdout).toMatch(/^label\s+precision\s+recall\s+f1\s+support$/m);
    expect(run.stdout).toMatch(/^negative\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+\d+$/m);
    expect(run.stdout).toMatch(/^positive\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+\d+$/m);
  });

  test("the trained dir loads in transformers.js' text-classification pipeline, and its predictions give evaluate's numbers", async () => {
    env.allowRemoteModels = false;
    const classify = await pipeline('text-classification', modelDir);
    const examples = sentimentExamples(VAL);
    const predictions = (await classify(examples.map((example) => example.text))) as { label: string; score: number }[];
    await classify.dispose();
    expect(predictions).toHaveLength(200);
    const confusion = { tp: { negative: 0, positive: 0 }, predicted: { negative: 0, positive: 0 }, actual: { negative: 0, positive: 0 } };
    predictions.forEach((prediction, index) => {
      const truth = examples[index].label as 'negative' | 'positive';
      const guess = prediction.label as 'negative' | 'positive';
      confusion.predicted[guess]++;
      confusion.actual[truth]++;
      if (guess === truth) confusion.tp[guess]++;
    });
    const accuracy = (confusion.tp.negative + confusion.tp.positive) / 200;

    const run = await runCliInProcess(['evaluate', '--model-dir', modelDir, '--data', valData, '--json']);
    expect(run.json!.accuracy).toBe(accuracy);
    expect(accuracy).toBeGreaterThan(0.5);
    const labels = run.json!.labels as Record<string, LabelReport>;
    for (const label of ['negative', 'positive'] as const) {
      expect(labels[label].precision).toBeCloseTo(confusion.tp[label] / confusion.predicted[label], 10);
      expect(labels[label].recall).toBeCloseTo(confusion.tp[label] / confusion.actual[label], 10);
    }
  });

  test('other column names are read with --text-column/--label-column', async () => {
    const data = join(temp.path, 'renamed.jsonl');
    const rows = sentimentExamples(VAL).map((example) => JSON.stringify({ body: example.text, gold: example.label }));
    await writeFile(data, rows.join('\n') + '\n');
    const renamed = await runCliInProcess(['evaluate', '--model-dir', modelDir, '--data', data, '--text-column', 'body', '--label-column', 'gold', '--json']);
    const original = await runCliInProcess(['evaluate', '--model-dir', modelDir, '--data', valData, '--json']);
    expect(renamed.code).toBe(0);
    expect(renamed.json!.accuracy).toBe(original.json!.accuracy);
    expect(renamed.json!.loss).toBeCloseTo(original.json!.loss as number, 10);
  });

  test.each([
    [['--data', 'VAL'], /^✗ --model-dir is required: give a directory written by model-experiments train$/m],
    [['--model-dir', 'MODEL'], /^✗ --data is required: give a JSONL file with text and label columns$/m],
    [['--model-dir', 'BASE', '--data', 'VAL'], /^✗ .*base is not a trained classifier dir: its config.json has no id2label; give the --output-dir of model-experiments train$/m],
    [['--model-dir', 'MODEL', '--data', 'UNKNOWN'], /^✗ --data has labels the model does not know \(neutral\); it knows negative, positive: check --label-column or the data$/m],
    [['--model-dir', 'MODEL', '--data', 'BROKEN'], /^✗ .*broken\.jsonl:2 is not valid JSON: give one JSON object per line$/m],
    [['--model-dir', 'MODEL', '--data', 'VAL', '--text-column', 'body'], /^✗ .*val\.jsonl:1 has no "body" column \(columns: text, label\): set --text-column to the column holding the text$/m],
    [['--model-dir', 'MODEL', '--data', 'VAL', '--bogus'], /^✗ Unknown option --bogus: see model-experiments evaluate --help$/m],
  ])('bad input %j exits 2 with a one-line message saying what to do', async (args, message) => {
    await writeFile(join(temp.path, 'unknown.jsonl'), `${JSON.stringify({ text: 'the film was great', label: 'neutral' })}\n`);
    await writeFile(join(temp.path, 'broken.jsonl'), `${JSON.stringify({ text: 'great', label: 'positive' })}\n{"text": "bad",\n`);
    const paths: Record<string, string> = { VAL: valData, MODEL: modelDir, BASE: base, UNKNOWN: join(temp.path, 'unknown.jsonl'), BROKEN: join(temp.path, 'broken.jsonl') };
    const run = await runCliInProcess(['evaluate', ...args.map((arg) => paths[arg] ?? arg)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});
