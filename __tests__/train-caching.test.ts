// The ten cases of the seed's test_train_caching.sh, through the real CLI (in-process), real files and the tiny
// trainer as a real child process. "Different training parameters" is each of the eleven parameters changed alone.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonlRows, makeTrainWorkspace, type TrainWorkspace } from './fixtures/train-workspace.js';

let ws: TrainWorkspace;
beforeAll(async () => {
  ws = await makeTrainWorkspace();
});
afterAll(async () => ws.cleanup());

/** The output dir's state after a baseline training, restored before each case that changes it. */
async function resetToBaseline(): Promise<void> {
  await rm(ws.outputDir, { recursive: true, force: true });
  await cp(join(ws.root, 'baseline'), ws.outputDir, { recursive: true });
}

describe('train caching (seed test_train_caching.sh)', () => {
  test('1. initial training trains, records completed metadata and reports source "trained"', async () => {
    const run = await ws.run(ws.args());
    expect(run.stderr).not.toContain('✗');
    expect(run.code).toBe(0);
    expect(await ws.invocations()).toBe(1);
    expect(run.json).toMatchObject({ command: 'train', cacheHit: false, source: 'trained', outputDir: ws.outputDir, metrics: { train_loss: 0.25, eval_loss: 0.5, eval_accuracy: 0.75 } });
    expect(run.json!.key).toMatch(/^[0-9a-f]{64}$/);
    expect(run.json!.reasons).toEqual(['no training_metadata.json in ./models/fine-tuned (not trained yet)']);
    // The trainer's output is streamed into the log (stderr), never into --json's stdout.
    expect(run.stderr).toContain('tiny-trainer: tiny/bert on 20 rows, 3 epochs');
    expect(run.stderr).toContain('epoch 3: loss 0.250');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const metadata = await ws.metadata();
    expect(metadata.completed).toBe(true);
    expect(metadata.configHash).toBe(run.json!.key);
    await cp(ws.outputDir, join(ws.root, 'baseline'), { recursive: true });
  });

  test('2. re-running with the same configuration uses the cache and says so', async () => {
    const run = await ws.run(ws.args());
    expect(run.code).toBe(0);
    expect(await ws.invocations()).toBe(1);
    expect(run.json).toMatchObject({ cacheHit: true, source: 'disk', reasons: [], metrics: { eval_accuracy: 0.75 } });
    expect(run.stderr).toContain(
      [
        'ℹ Model already trained with this configuration',
        'Using cached trained model from ./models/fine-tuned',
        'Training samples: 20',
        'Validation samples: 6',
        'Epochs: 3',
        'Use --force to re-train',
      ].join('\n'),
    );
  });

  test('3. a different model name retrains, with its reason', async () => {
    await resetToBaseline();
    const before = await ws.invocations();
    const run = await ws.run(ws.args({ 'model-name': 'tiny/other-bert' }));
    expect(run.code).toBe(0);
    expect(await ws.invocations()).toBe(before + 1);
    expect(run.json).toMatchObject({ cacheHit: false, source: 'trained', reasons: ['model-name: tiny/bert → tiny/other-bert'] });
    expect(run.stderr).toContain('⚠ Training configuration changed, re-training...\n  - model-name: tiny/bert → tiny/other-bert');
  });

  test('4. a different dataset path retrains, even with the same content', async () => {
    await resetToBaseline();
    await cp(join(ws.root, 'data', 'train.jsonl'), join(ws.root, 'data', 'train-copy.jsonl'));
    const before = await ws.invocations();
    const run = await ws.run(ws.args({ 'train-data': './data/train-copy.jsonl' }));
    expect(run.code).toBe(0);
    expect(await ws.invocations()).toBe(before + 1);
    expect(run.json!.reasons).toEqual(['train-data: ./data/train.jsonl → ./data/train-copy.jsonl']);
  });

  describe('5. each training parameter changed alone retrains, with exactly its reason', () => {
    const cases: [string, string | true, string][] = [
      ['epochs', '5', 'epochs: 3 → 5'],
      ['batch-size', '32', 'batch-size: 16 → 32'],
      ['learning-rate', '1e-4', 'learning-rate: 0.00005 → 0.0001'],
      ['warmup-steps', '10', 'warmup-steps: 0 → 10'],
      ['save-steps', '100', 'save-steps: 500 → 100'],
      ['logging-steps', '10', 'logging-steps: 50 → 10'],
      ['eval-steps', '250', 'eval-steps: 500 → 250'],
      ['max-length', '256', 'max-length: 128 → 256'],
      ['gradient-accumulation-steps', '4', 'gradient-accumulation-steps: 1 → 4'],
      ['fp16', true, 'fp16: false → true'],
      ['seed', '7', 'seed: 42 → 7'],
    ];
    test.each(cases)('--%s', async (flag, value, reason) => {
      await resetToBaseline();
      const before = await ws.invocations();
      const run = await ws.run(ws.args({ [flag]: value }));
      expect(run.code).toBe(0);
      expect(run.json).toMatchObject({ cacheHit: false, source: 'trained', reasons: [reason] });
      expect(await ws.invocations()).toBe(before + 1);
      // The trainer was given the new value, and the metadata records it.
      const received = JSON.parse(await readFile(join(ws.outputDir, 'received.json'), 'utf8'));
      const envName = `ME_${flag.toUpperCase().replace(/-/g, '_')}`;
      expect(received.env[envName]).toBe(value === true ? 'true' : String(Number(value)));
      // A second run with the changed value is a hit.
      const again = await ws.run(ws.args({ [flag]: value }));
      expect(again.json).toMatchObject({ cacheHit: true, source: 'disk' });
      expect(await ws.invocations()).toBe(before + 1);
    });
  });

  test('6. modified dataset content retrains, naming the file', async () => {
    await resetToBaseline();
    const trainPath = join(ws.root, 'data', 'train.jsonl');
    const original = await readFile(trainPath);
    try {
      await writeFile(trainPath, jsonlRows(21));
      const before = await ws.invocations();
      const run = await ws.run(ws.args());
      expect(run.code).toBe(0);
      expect(await ws.invocations()).toBe(before + 1);
      expect(run.json!.reasons).toEqual(['train-data ./data/train.jsonl: content changed']);
      expect((await ws.metadata()).datasets.train.rows).toBe(21);
    } finally {
      await writeFile(trainPath, original);
    }
  });

  test('7. --force retrains even with a valid cache', async () => {
    await resetToBaseline();
    const before = await ws.invocations();
    const run = await ws.run(ws.args({ force: true }));
    expect(run.code).toBe(0);
    expect(await ws.invocations()).toBe(before + 1);
    expect(run.stderr).toContain('Force flag set, re-training even if cache exists...');
    expect(run.json).toMatchObject({ cacheHit: false, source: 'trained', reasons: ['forced (--force)'] });
  });

  test('8. an incomplete previous training (completed: false) retrains', async () => {
    await resetToBaseline();
    const metadata = await ws.metadata();
    await writeFile(ws.metadataPath, JSON.stringify({ ...metadata, completed: false }));
    const before = await ws.invocations();
    const run = await ws.run(ws.args());
    expect(run.code).toBe(0);
    expect(await ws.invocations()).toBe(before + 1);
    expect(run.json!.reasons).toEqual(['completed flag is false (previous training did not finish)']);
    expect((await ws.metadata()).completed).toBe(true);
  });

  test('9. the metadata has the documented structure, and a corrupted or edited one retrains', async () => {
    await resetToBaseline();
    const metadata = await ws.metadata();
    expect(metadata).toMatchObject({
      schema: 'model-experiments/train@1',
      completed: true,
      modelName: 'tiny/bert',
      parameters: { epochs: 3, batchSize: 16, learningRate: 5e-5, warmupSteps: 0, saveSteps: 500, loggingSteps: 50, evalSteps: 500, maxLength: 128, gradientAccumulationSteps: 1, fp16: false, seed: 42 },
      trainer: { kind: 'command' },
      metrics: { train_loss: 0.25, eval_loss: 0.5, eval_accuracy: 0.75, train_rows: 20 },
    });
    expect(metadata.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(metadata.finishedAt)).toBeGreaterThanOrEqual(Date.parse(metadata.startedAt));
    for (const [split, rows] of [['train', 20], ['val', 6]] as const) {
      const entry = metadata.datasets[split];
      expect(entry).toMatchObject({ path: `./data/${split}.jsonl`, rows });
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
      for (const field of ['size', 'mtimeMs', 'ino']) expect(typeof entry[field]).toBe('number');
    }
    expect(metadata.files.map((file: { path: string }) => file.path)).toEqual(
      expect.arrayContaining(['config.json', 'model.safetensors', 'tokenizer.json', 'vocab.txt', 'logs/events.out.tfevents.0']),
    );

    await writeFile(ws.metadataPath, '{ not json');
    const corrupted = await ws.run(ws.args());
    expect(corrupted.json!.reasons).toEqual(['training_metadata.json is corrupted (is not valid JSON)']);

    // An edit by hand that makes the recorded configuration match, without the hash: the config hash catches it.
    await resetToBaseline();
    await writeFile(ws.metadataPath, JSON.stringify({ ...metadata, parameters: { ...metadata.parameters, epochs: 9 } }));
    const edited = await ws.run(ws.args({ epochs: '9' }));
    expect(edited.json!.reasons).toEqual(['configHash in training_metadata.json does not match the configuration it records (edited by hand?)']);
  });

  describe('10. a missing essential file retrains', () => {
    test.each([['config.json'], ['model.safetensors'], ['tokenizer.json'], ['vocab.txt']])('%s', async (file) => {
      await resetToBaseline();
      await rm(join(ws.outputDir, file));
      const before = await ws.invocations();
      const run = await ws.run(ws.args());
      expect(run.code).toBe(0);
      expect(await ws.invocations()).toBe(before + 1);
      expect(run.json!.reasons).toEqual([`${file} is missing`]);
    });

    test('a truncated weights file retrains', async () => {
      await resetToBaseline();
      await writeFile(join(ws.outputDir, 'model.safetensors'), 'short');
      const run = await ws.run(ws.args());
      expect(run.json!.reasons).toEqual([expect.stringMatching(/^model\.safetensors has 5 bytes, \d+ expected$/)]);
    });

    test('a non-essential file (logs) going missing is still a hit', async () => {
      await resetToBaseline();
      await rm(join(ws.outputDir, 'logs'), { recursive: true });
      const run = await ws.run(ws.args());
      expect(run.json).toMatchObject({ cacheHit: true });
    });
  });

  test('several changes at once give one reason each', async () => {
    await resetToBaseline();
    const run = await ws.run(ws.args({ epochs: '4', 'batch-size': '8', 'model-name': 'tiny/b2', run: `${ws.args()[ws.args().indexOf('--run') + 1]} --variant` }));
    expect(run.code).toBe(0);
    expect(run.json!.reasons).toEqual([
      'model-name: tiny/bert → tiny/b2',
      'epochs: 3 → 4',
      'batch-size: 16 → 8',
      expect.stringMatching(/^trainer: --run ".*tiny-trainer\.mjs\\"" → --run ".*tiny-trainer\.mjs\\" --variant"$/),
    ]);
  });

  test('--plan decides without training: reasons on a miss, a hit when nothing changed', async () => {
    await resetToBaseline();
    const before = await ws.invocations();
    const miss = await ws.run(ws.args({ epochs: '6', plan: true }));
    expect(miss.code).toBe(0);
    expect(miss.json).toMatchObject({ cacheHit: false, needsRun: true, reasons: ['epochs: 3 → 6'] });
    const hit = await ws.run(ws.args({ plan: true }));
    expect(hit.json).toMatchObject({ cacheHit: true, needsRun: false });
    expect(await ws.invocations()).toBe(before);
  });
});
