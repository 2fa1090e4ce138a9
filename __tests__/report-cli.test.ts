// `model-experiments report` for CI systems other than GitHub Actions: the PR report's table from the --json results
// of earlier steps (real trainings with the built-in trainer on the tiny encoder, run by the CLI bundle), compared with
// a base branch's results given as files.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const HF_TOKEN = 'hf_reportCliSecretToken42abc';
let temp: { path: string; cleanup: () => Promise<void> };
let mainCheckout: string;
let prCheckout: string;
let outside: string;

/** A checkout: the base model and the data at the same relative paths. */
async function checkout(name: string): Promise<string> {
  const dir = join(temp.path, name);
  await writeRepoFiles(join(dir, 'base'), tinyEncoderFiles());
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'data', 'train.jsonl'), sentimentJsonl({ count: 48, seed: 1 }));
  await writeFile(join(dir, 'data', 'val.jsonl'), sentimentJsonl({ count: 24, seed: 2 }));
  await mkdir(join(dir, 'results'));
  return dir;
}

async function step(cwd: string, argv: string[], file: string) {
  const run = await runCliProcess([...argv, '--json'], { HF_TOKEN }, { cwd });
  expect(run.code).toBe(0);
  await writeFile(join(cwd, 'results', file), run.stdout);
  return run.json!;
}

const train = (learningRate: string) => [
  'train', '--model-name', 'test/tiny-encoder', '--model-path', './base', '--train-data', './data/train.jsonl', '--val-data', './data/val.jsonl',
  '--output-dir', './models/fine-tuned', '--epochs', '2', '--batch-size', '16', '--logging-steps', '2', '--eval-steps', '4', '--learning-rate', learningRate,
];

let base: Record<string, any>;
let head: Record<string, any>;

beforeAll(async () => {
  temp = await makeTempDir('me-report-cli-');
  mainCheckout = await checkout('main');
  prCheckout = await checkout('pr');
  outside = join(temp.path, 'elsewhere');
  await mkdir(outside);
  await writeFile(join(outside, 'test.jsonl'), sentimentJsonl({ count: 16, seed: 3 }));
  base = await step(mainCheckout, train('1e-2'), 'train.json');
  head = await step(prCheckout, train('3e-2'), 'train.json');
  await step(prCheckout, ['evaluate', '--model-dir', './models/fine-tuned', '--data', join(outside, 'test.jsonl')], 'evaluate.json');
});
afterAll(async () => temp?.cleanup());

describe('CLI report', () => {
  test('markdown: one row per result, how the training differs from the base field by field, and its metric deltas', async () => {
    const run = await runCliProcess(['report', '--base', join(mainCheckout, 'results', 'train.json'), '--base-branch', 'main', 'results/train.json', 'results/evaluate.json'], { HF_TOKEN }, { cwd: prCheckout });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('### model-experiments report');
    expect(run.stdout).toContain('| Step | Decision | Why | Time saved | Key | Metrics vs main |');
    const trainRow = lines.find((line) => line.startsWith('| train ./models/fine-tuned |'))!;
    expect(trainRow).toContain(`| trained | no training_metadata.json in ./models/fine-tuned (not trained yet)<br>vs main: learning-rate: 0.01 → 0.03 | — | \`${head.key.slice(0, 12)}\` |`);
    const was = base.metrics.eval_loss as number;
    const now = head.metrics.eval_loss as number;
    const delta = Number((now - was).toPrecision(3));
    const shown = (value: number) => String(Number(value.toPrecision(4)));
    expect(trainRow).toContain(`eval_loss ${shown(was)} → ${shown(now)} (${delta > 0 ? '+' : '−'}${shown(Math.abs(delta))}, ${delta < 0 ? 'better' : 'worse'})`);
    // The data outside the working directory is named by its last part only.
    const evaluateRow = lines.find((line) => line.startsWith('| evaluate '))!;
    expect(evaluateRow).toMatch(/^\| evaluate \.\/models\/fine-tuned on …\/test\.jsonl \| evaluated \| — \| — \| — \| no result on main<br>accuracy [\d.]+<br>loss [\d.]+ \|$/);
    expect(run.stdout).toContain('<details><summary>Training curves: train ./models/fine-tuned</summary>');
    expect(run.stdout).not.toContain(temp.path);
    expect(run.stdout).not.toContain(HF_TOKEN);
  });

  test('json: the same rows as data', async () => {
    const run = await runCliProcess(['report', '--format', 'json', '--base', join(mainCheckout, 'results', 'train.json'), '--base-branch', 'main', 'results/train.json'], {}, { cwd: prCheckout });
    expect(run.code).toBe(0);
    expect(run.json!.rows).toHaveLength(1);
    expect(run.json!.rows[0]).toMatchObject({
      id: 'train ./models/fine-tuned',
      decision: 'trained',
      key: head.key,
      baseReasons: ['learning-rate: 0.01 → 0.03'],
      base: { branch: 'main', found: true, key: base.key, metrics: base.metrics },
      metrics: head.metrics,
    });
    expect(run.json!.rows[0].againstBase).toEqual(expect.arrayContaining([expect.stringMatching(/^eval_loss [\d.]+ → [\d.]+ \([+−][\d.]+, (better|worse)\)$/)]));
    expect(JSON.stringify(run.json)).not.toContain(temp.path);
  });

  test('bad input: an unknown format, a missing file, a file that is no result: one line, exit 2', async () => {
    const format = await runCliProcess(['report', '--format', 'html', 'results/train.json'], {}, { cwd: prCheckout });
    expect(format.code).toBe(2);
    expect(format.stderr.trim()).toBe('✗ --format "html" is not one of markdown, json');
    const missing = await runCliProcess(['report', 'results/nope.json'], {}, { cwd: prCheckout });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("✗ Result results/nope.json does not exist: give a file written by a step's --json");
    await writeFile(join(prCheckout, 'results', 'other.json'), '{"name": "not a result"}');
    const other = await runCliProcess(['report', 'results/other.json'], {}, { cwd: prCheckout });
    expect(other.code).toBe(2);
    expect(other.stderr.trim()).toBe("✗ Result results/other.json is not a step result (it names no command): give a file written by a step's --json");
    const none = await runCliProcess(['report'], {}, { cwd: prCheckout });
    expect(none.code).toBe(2);
    expect(none.stderr.trim()).toBe('✗ Give the --json result files of earlier steps, e.g. model-experiments report results/*.json');
  });
});
