import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { runAction } from './helpers/run-action.js';
import { REPO_ROOT } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

// The bundle (npm test builds dist/ first), copied where no node_modules can be found: onnxruntime's native
// binding must come from dist/bin.
let temp: { path: string; cleanup: () => Promise<void> };
let actionEntry: string;
let inputs: Record<string, string>;

beforeAll(async () => {
  temp = await makeTempDir('me-builtin-action-');
  await cp(join(REPO_ROOT, 'dist'), join(temp.path, 'dist'), { recursive: true });
  actionEntry = join(temp.path, 'dist', 'action', 'index.js');
  const base = join(temp.path, 'base');
  await writeRepoFiles(base, tinyEncoderFiles());
  await writeFile(join(temp.path, 'train.jsonl'), sentimentJsonl({ count: 300, seed: 1, textColumn: 'review' }));
  await writeFile(join(temp.path, 'val.jsonl'), sentimentJsonl({ count: 100, seed: 2, textColumn: 'review' }));
  inputs = {
    command: 'train',
    'model-name': 'test/tiny-encoder',
    'model-path': base,
    'train-data': join(temp.path, 'train.jsonl'),
    'val-data': join(temp.path, 'val.jsonl'),
    'output-dir': join(temp.path, 'models', 'fine-tuned'),
    'learning-rate': '1e-2',
    'logging-steps': '10',
    'eval-steps': '20',
    'text-column': 'review',
    cache: 'off',
    'tool-cache': 'false',
  };
});
afterAll(async () => temp.cleanup());

describe('Action command: train with the built-in trainer', () => {
  test('trains from a copy of dist/ without node_modules; metrics output, and a loss/accuracy chart in the job summary', async () => {
    const run = await runAction({ inputs, actionEntry });
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    expect(run.outputs['cache-hit']).toBe('false');
    expect(run.outputs.source).toBe('trained');
    const metrics = JSON.parse(run.outputs.metrics);
    expect(metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    expect(run.stdout).toMatch(/^train \[#+\.*\] \d+% 10\/57 steps {2}epoch 0\.53 {2}loss \d\.\d{4}/m);
    expect(run.summary).toContain('```mermaid\nxychart-beta\n  title "Train loss"\n  x-axis "step" [10, 20, 30, 40, 50]');
    expect(run.summary).toMatch(/title "Validation loss and accuracy[^"]*"\n {2}x-axis "step" \[20, 40, 57\]\n {2}y-axis "loss \/ accuracy" 0 --> [\d.]+\n {2}line \[[\d., ]+\]\n {2}line \[[\d., ]+\]\n```/);

    const again = await runAction({ inputs, actionEntry });
    expect(again.outputs['cache-hit']).toBe('true');
    expect(JSON.parse(again.outputs.metrics)).toEqual(metrics);
    expect(again.summary).toContain('title "Train loss"');
  });
});
