import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { silentReporter } from '../src/core/reporter.js';
import { createBuiltinTrainer } from '../src/trainers/builtin/builtin-trainer.js';
import { DEFAULT_TRAINING_PARAMETERS } from '../src/trainers/trainer.js';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { runAction } from './helpers/run-action.js';
import { REPO_ROOT } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

// Runs the committed bundle (npm test builds dist/ first), copied where no node_modules can be found.
let temp: { path: string; cleanup: () => Promise<void> };
let actionEntry: string;
let modelDir: string;
let valData: string;

beforeAll(async () => {
  temp = await makeTempDir('me-evaluate-action-');
  await cp(join(REPO_ROOT, 'dist'), join(temp.path, 'dist'), { recursive: true });
  actionEntry = join(temp.path, 'dist', 'action', 'index.js');
  const base = join(temp.path, 'base');
  await writeRepoFiles(base, tinyEncoderFiles());
  const trainData = join(temp.path, 'train.jsonl');
  valData = join(temp.path, 'val.jsonl');
  await writeFile(trainData, sentimentJsonl({ count: 300, seed: 1 }));
  await writeFile(valData, sentimentJsonl({ count: 100, seed: 2 }));
  modelDir = join(temp.path, 'trained');
  await createBuiltinTrainer().train({
    modelName: 'test/tiny-encoder',
    modelPath: base,
    trainData,
    valData,
    stagingDir: modelDir,
    parameters: { ...DEFAULT_TRAINING_PARAMETERS, learningRate: 1e-2 },
    reporter: silentReporter,
    signal: new AbortController().signal,
  });
});
afterAll(async () => temp.cleanup());

describe('Action command: evaluate', () => {
  test('runs from a copy of dist/ with no node_modules (onnxruntime binding beside the bundle) and sets accuracy, loss, metrics', async () => {
    const run = await runAction({ inputs: { command: 'evaluate', 'model-dir': modelDir, data: valData }, actionEntry });
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    const metrics = JSON.parse(run.outputs.metrics);
    expect(metrics).toMatchObject({ command: 'evaluate', examples: 100, modelDir, data: valData });
    expect(Number(run.outputs.accuracy)).toBe(metrics.accuracy);
    expect(Number(run.outputs.loss)).toBe(metrics.loss);
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(Object.keys(metrics.labels)).toEqual(['negative', 'positive']);
    expect(run.stdout).toMatch(/^accuracy [01]\.\d{4}$/m);
    expect(run.stdout).toMatch(/^positive\s+\d\.\d{4}/m);
    // Its summary shows the numbers; outputs that mean nothing for evaluate (it caches nothing) are not set.
    expect(run.summary).toContain(`| Accuracy | ${metrics.accuracy.toFixed(4)} |`);
    expect(run.summary).toContain(`| Loss | ${metrics.loss.toFixed(4)} |`);
    expect(run.summary).toMatch(/\| positive \| \d\.\d{4} \| \d\.\d{4} \| \d\.\d{4} \| \d+ \|/);
    expect(run.summary).not.toContain('| Source |');
    expect(run.outputs).not.toHaveProperty('cache-hit');
    expect(run.outputs).not.toHaveProperty('source');
    expect(run.outputs).not.toHaveProperty('cache-key');
  });

  test('a missing input fails the step with exit code 2 and says which input to set', async () => {
    const run = await runAction({ inputs: { command: 'evaluate', 'model-dir': modelDir }, actionEntry });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::Input data is required: a JSONL file with text and label columns$/m);
    // A failed step still says what failed: in the job summary and the error output.
    expect(run.summary).toContain('### model-experiments: evaluate invalid input (exit 2)');
    expect(run.summary).toContain('| Error | Input data is required: a JSONL file with text and label columns |');
    expect(run.outputs.error).toBe('Input data is required: a JSONL file with text and label columns');
  });
});
