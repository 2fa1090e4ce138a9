// What a new user tripped over (issue 18, part 3): a switch given a value, a negative number's range, and
// onnxruntime's /tmp litter. The CLI in-process or as its bundle; the Hub is the loopback emulator.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { sentimentJsonl, tinyEncoderFiles } from '../emulators/tiny-encoder.js';
import { runCliInProcess, runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

let hub: HubEmulator;
let temp: { path: string; cleanup: () => Promise<void> };
let trainData: string;
let valData: string;
let hubEnv: Record<string, string>;

beforeAll(async () => {
  temp = await makeTempDir('me-messages-');
  hub = await startHubEmulator();
  hub.commit({ name: 'test/tiny-encoder', files: tinyEncoderFiles() });
  hubEnv = { HF_ENDPOINT: hub.url, HF_TOKEN: '', HF_HUB_OFFLINE: '' };
  trainData = join(temp.path, 'train.jsonl');
  valData = join(temp.path, 'val.jsonl');
  await writeFile(trainData, sentimentJsonl({ count: 300, seed: 1 }));
  await writeFile(valData, sentimentJsonl({ count: 100, seed: 2 }));
});
afterAll(async () => {
  await hub.close();
  await temp.cleanup();
});

const builtinArgs = () => ['--train-data', trainData, '--val-data', valData, '--learning-rate', '1e-2', '--json'];

describe('CLI messages', () => {
  test('--fp16 true says the switch takes no value; --epochs -1 says the range at once; nothing is written', async () => {
    const out = join(temp.path, 'messages', 'ft');
    const fp16 = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, '--fp16', 'true', ...builtinArgs()], hubEnv);
    expect(fp16.code).toBe(2);
    expect(fp16.stderr).toMatch(/^✗ --fp16 takes no value: give --fp16 alone to turn it on, or leave it out for off; see model-experiments train --help$/m);
    const inline = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, '--fp16=false', ...builtinArgs()], hubEnv);
    expect(inline.code).toBe(2);
    expect(inline.stderr).toMatch(/^✗ --fp16 takes no value/m);
    const epochs = await runCliInProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, '--epochs', '-1', ...builtinArgs()], hubEnv);
    expect(epochs.code).toBe(2);
    expect(epochs.stderr).toMatch(/^✗ --epochs -1 is out of range: give a whole number from 1 to 10000$/m);
    expect(await stat(join(temp.path, 'messages')).catch(() => undefined)).toBeUndefined();
  });
});

describe('litter', () => {
  test('a built-in train and an evaluate (the CLI bundle as child processes) leave no mat-debug log in TMPDIR', async () => {
    const tmp = join(temp.path, 'tmpdir');
    await mkdir(tmp);
    const env = { ...hubEnv, TMPDIR: tmp };
    const out = join(temp.path, 'litter', 'ft');
    const trained = await runCliProcess(['train', '--model-name', 'test/tiny-encoder', '--output-dir', out, ...builtinArgs()], env);
    expect(trained.code).toBe(0);
    const evaluated = await runCliProcess(['evaluate', '--model-dir', out, '--data', valData, '--json'], env);
    expect(evaluated.code).toBe(0);
    expect(evaluated.json!.accuracy).toBeGreaterThan(0.5);
    expect((await readdir(tmp)).filter((name) => name.startsWith('mat-debug-'))).toEqual([]);
  });
});

describe('the same commit under two spellings', () => {
  test('--revision <sha> then --revision main at that sha: a hit with the same key, recording the new spelling (offline then finds it)', async () => {
    const sha = hub.commit({ name: 'test/spelled', files: tinyEncoderFiles() });
    const out = join(temp.path, 'spellings', 'encoder');
    const bySha = await runCliInProcess(['model', 'download', '--name', 'test/spelled', '--revision', sha, '--output-dir', out, '--json'], hubEnv);
    expect(bySha.json).toMatchObject({ cacheHit: false, source: 'hub' });
    const byBranch = await runCliInProcess(['model', 'download', '--name', 'test/spelled', '--revision', 'main', '--output-dir', out, '--json'], hubEnv);
    expect(byBranch.json).toMatchObject({ cacheHit: true, source: 'disk', key: bySha.json!.key, reasons: [] });
    const { readFile } = await import('node:fs/promises');
    expect(JSON.parse(await readFile(join(out, 'model_metadata.json'), 'utf8'))).toMatchObject({ revision: 'main', resolvedRevision: sha });
    const offline = await runCliInProcess(['model', 'download', '--name', 'test/spelled', '--revision', 'main', '--output-dir', out, '--offline', '--json'], hubEnv);
    expect(offline.json).toMatchObject({ cacheHit: true, key: bySha.json!.key });
    const backToSha = await runCliInProcess(['model', 'download', '--name', 'test/spelled', '--revision', sha, '--output-dir', out, '--json'], hubEnv);
    expect(backToSha.json).toMatchObject({ cacheHit: true, key: bySha.json!.key });
  });
});
