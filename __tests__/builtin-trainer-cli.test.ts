import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { sentimentJsonl, tinyEncoderFiles, writeRepoFiles } from '../emulators/tiny-encoder.js';
import { fingerprint } from '../src/core/fingerprint.js';
import { trainKeyComponents } from '../src/steps/train/train-key.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

let temp: { path: string; cleanup: () => Promise<void> };
let hub: HubEmulator;
let base: string;
let trainData: string;
let valData: string;
let hubEnv: Record<string, string>;

// The built-in trainer fits only a head, so it is run with a head-sized learning rate.
const common = () => ['--train-data', trainData, '--val-data', valData, '--learning-rate', '1e-2', '--logging-steps', '10', '--eval-steps', '20', '--json'];

beforeAll(async () => {
  temp = await makeTempDir('me-builtin-cli-');
  hub = await startHubEmulator();
  hub.commit({ name: 'test/tiny-encoder', files: tinyEncoderFiles() });
  hubEnv = { HF_ENDPOINT: hub.url, HF_TOKEN: '', HF_HUB_OFFLINE: '' };
  base = join(temp.path, 'base');
  await writeRepoFiles(base, tinyEncoderFiles());
  trainData = join(temp.path, 'train.jsonl');
  valData = join(temp.path, 'val.jsonl');
  await writeFile(trainData, sentimentJsonl({ count: 300, seed: 1 }));
  await writeFile(valData, sentimentJsonl({ count: 100, seed: 2 }));
});
afterAll(async () => {
  await hub.close();
  await temp.cleanup();
});

describe('train without --run uses the built-in trainer', () => {
  test('--model-path: trains, then hits the cache; a changed column option retrains with the reason', async () => {
    const out = join(temp.path, 'models', 'local');
    const first = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--output-dir', out, ...common()]);
    expect(first.stderr).not.toMatch(/✗/);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ command: 'train', cacheHit: false, source: 'trained' });
    expect(first.json!.metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    expect(first.stderr).toMatch(/^train \[#+\.*\] \d+% 10\/57 steps {2}epoch 0\.53 {2}loss \d\.\d{4} {2}lr /m);
    const metadata = JSON.parse(await readFile(join(out, 'training_metadata.json'), 'utf8'));
    expect(metadata).toMatchObject({ completed: true, trainer: { kind: 'builtin', version: '3', 'text-column': 'text', 'label-column': 'label' } });
    expect(metadata.metrics.eval_accuracy).toBe(first.json!.metrics.eval_accuracy);
    expect(metadata.history.filter((entry: { evalAccuracy?: number }) => entry.evalAccuracy !== undefined).map((entry: { step: number }) => entry.step)).toEqual([20, 40, 57]);

    const again = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--output-dir', out, ...common()]);
    expect(again.json).toMatchObject({ cacheHit: true, source: 'disk' });

    const renamed = join(temp.path, 'renamed.jsonl');
    await writeFile(renamed, (await readFile(trainData, 'utf8')).replaceAll('"text":', '"review":'));
    const changed = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--output-dir', out, ...common(), '--train-data', renamed, '--text-column', 'review']);
    // The validation file still names its column "text", so the run fails on it, after explaining the miss.
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/trainer: builtin label-column=label text-column=text version=3 → builtin label-column=label text-column=review version=3/);
    expect(changed.stderr).toMatch(/^✗ .*val\.jsonl:1 has no "review" column \(columns: text, label\): set --text-column/m);
    expect((await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--output-dir', out, ...common()])).json).toMatchObject({ cacheHit: true });

    const evaluated = await runCliInProcess(['evaluate', '--model-dir', out, '--data', valData, '--json']);
    expect(evaluated.json!.accuracy).toBeCloseTo(first.json!.metrics.eval_accuracy, 6);
  });

  test('--model-name alone: the base model (with its ONNX export) is fetched through model download, and its revision joins the key', async () => {
    const out = join(temp.path, 'hub-models', 'fine-tuned');
    const first = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, ...common()], hubEnv);
    expect(first.stderr).not.toMatch(/✗/);
    expect(first.code).toBe(0);
    expect(first.json!.metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    const baseDir = join(temp.path, 'hub-models', '.base-models', 'test--tiny-encoder');
    expect(first.stderr).toContain(`Base model test/tiny-encoder: using ${baseDir}`);
    const fetched = (await readdir(baseDir, { recursive: true })).sort();
    expect(fetched).toEqual(expect.arrayContaining(['config.json', 'model_metadata.json', 'onnx/model.onnx', 'tokenizer.json', 'tokenizer_config.json', 'vocab.txt']));
    expect(fetched).not.toContain('model.safetensors'); // the trainer does not read it: not downloaded
    const metadata = JSON.parse(await readFile(join(out, 'training_metadata.json'), 'utf8'));
    const downloaded = JSON.parse(await readFile(join(baseDir, 'model_metadata.json'), 'utf8'));
    expect(metadata.modelRevision).toBe(downloaded.resolvedRevision);

    const again = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, ...common()], hubEnv);
    expect(again.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(hub.fileDownloads('onnx/model.onnx')).toBe(1);

    // A new commit upstream is a new base model: the train key changes with its revision.
    hub.commit({ name: 'test/tiny-encoder', files: tinyEncoderFiles({ seed: 8 }) });
    const moved = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, ...common()], hubEnv);
    expect(moved.json).toMatchObject({ cacheHit: false, source: 'trained' });
    expect(moved.json!.reasons.join('\n')).toMatch(/model-revision: \w+ → \w+/);
  });

  test('an unset --learning-rate is the built-in trainer\'s 1e-2 and the key records it; a given one is kept; a result of trainer version 1 is a miss that says why', async () => {
    const out = join(temp.path, 'models', 'default-rate');
    const args = ['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--train-data', trainData, '--val-data', valData, '--output-dir', out, '--json'];
    const first = await runCliInProcess(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/learning rate 0\.01[,)]/);
    expect(first.json!.metrics.eval_accuracy).toBeGreaterThanOrEqual(0.9);
    const metadataPath = join(out, 'training_metadata.json');
    const metadata = JSON.parse(await readFile(metadataPath, 'utf8'));
    expect(metadata.parameters.learningRate).toBe(0.01);
    expect(metadata.trainer.version).toBe('3');
    expect((await runCliInProcess(args)).json).toMatchObject({ cacheHit: true });

    // Asked for explicitly, the shared default is what trains (and a miss that names it).
    const explicit = await runCliInProcess([...args, '--learning-rate', '5e-5']);
    expect(explicit.json).toMatchObject({ cacheHit: false });
    expect(explicit.json!.reasons).toContain('learning-rate: 0.01 → 0.00005');
    expect(JSON.parse(await readFile(metadataPath, 'utf8')).parameters.learningRate).toBe(5e-5);

    // What version 1 recorded for a run without --learning-rate: the shared default and trainer version 1.
    const old = JSON.parse(await readFile(metadataPath, 'utf8'));
    old.trainer.version = '1';
    old.configHash = fingerprint(trainKeyComponents(old));
    await writeFile(metadataPath, JSON.stringify(old, null, 2));
    const upgraded = await runCliInProcess(args);
    expect(upgraded.json).toMatchObject({ cacheHit: false, source: 'trained' });
    expect(upgraded.json!.reasons).toEqual(expect.arrayContaining(['learning-rate: 0.00005 → 0.01', 'trainer: builtin label-column=label text-column=text version=1 → builtin label-column=label text-column=text version=3']));

    // A version-2 result (zero start) with the same learning rate: a miss whose one reason is the trainer version.
    const previous = JSON.parse(await readFile(metadataPath, 'utf8'));
    previous.trainer.version = '2';
    previous.configHash = fingerprint(trainKeyComponents(previous));
    await writeFile(metadataPath, JSON.stringify(previous, null, 2));
    const retrained = await runCliInProcess(args);
    expect(retrained.json).toMatchObject({ cacheHit: false, source: 'trained' });
    expect(retrained.json!.reasons).toEqual(['trainer: builtin label-column=label text-column=text version=2 → builtin label-column=label text-column=text version=3']);
  });

  test('a base model without an ONNX export exits 2 naming the alternatives, and the output dir is not created', async () => {
    const noOnnx = join(temp.path, 'pytorch-only');
    await writeRepoFiles(noOnnx, tinyEncoderFiles({ withoutOnnx: true }));
    const out = join(temp.path, 'models', 'never');
    const run = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', noOnnx, '--output-dir', out, ...common()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✗ .*pytorch-only has no ONNX export \(onnx\/model\.onnx\): the built-in trainer needs one — use a model that ships an onnx\/ folder .*or train with --run "<your trainer command>"$/m);
    expect(await stat(out).catch(() => undefined)).toBeUndefined();
  });

  test('with --model-name alone, bad input is exit 2 before the base model is fetched: no Hub request, nothing written beside the output', async () => {
    const before = hub.requests.length;
    const parent = join(temp.path, 'checked-first');
    const cases: [string[], RegExp][] = [
      [['--train-data', join(temp.path, 'nope.jsonl'), '--val-data', valData], /^✗ --train-data \S*nope\.jsonl does not exist: /m],
      [['--train-data', trainData, '--val-data', temp.path], /^✗ --val-data \S+ is a directory: give the JSONL file itself/m],
    ];
    for (const [data, message] of cases) {
      const run = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', join(parent, 'out'), ...data, '--json'], hubEnv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    // An output dir that holds the training data would be replaced by training.
    const holding = join(temp.path, 'holds-data');
    await mkdir(holding, { recursive: true });
    await writeFile(join(holding, 'train.jsonl'), sentimentJsonl({ count: 10, seed: 3 }));
    const unsafe = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', holding, '--train-data', join(holding, 'train.jsonl'), '--val-data', valData, '--json'], hubEnv);
    expect(unsafe.code).toBe(2);
    expect(unsafe.stderr).toMatch(/^✗ --output-dir \S+holds-data contains --train-data, which training would replace/m);
    expect(await stat(join(temp.path, '.base-models')).catch(() => undefined)).toBeUndefined();
    expect(hub.requests.length).toBe(before);
    expect(await stat(parent).catch(() => undefined)).toBeUndefined();
  });

  test('column options with --run are an input error (the command reads its own columns)', async () => {
    const run = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--model-path', base, '--output-dir', join(temp.path, 'models', 'cmd'), ...common(), '--run', 'true', '--label-column', 'y']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^✗ --label-column configure the built-in trainer; a --run command reads its own columns: drop it$/m);
  });
});
