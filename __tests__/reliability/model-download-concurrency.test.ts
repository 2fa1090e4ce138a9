import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const MODEL = 'concurrent/tiny-bert';
let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let env: Record<string, string>;

beforeAll(async () => {
  hub = await startHubEmulator();
  const files = tinyModelFiles();
  files['model.safetensors'] = Buffer.alloc(2 * 1024 * 1024, 7);
  hub.commit({ name: MODEL, files });
  tmp = await makeTempDir('me-concurrency-');
  env = { HF_ENDPOINT: hub.url };
});
afterAll(async () => {
  await hub.close();
  await tmp.cleanup();
});

describe('Concurrency: runs sharing an output dir do the work once, never deadlock, and end identical', () => {
  test('4 model downloads into one dir at once: one downloads, three wait and hit; each file fetched once', async () => {
    const out = join(tmp.path, 'shared');
    hub.requests.length = 0;
    hub.setBandwidth(4 * 1024 * 1024);
    const runs = await Promise.all(Array.from({ length: 4 }, () => runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', out, '--json'], env)));
    hub.setBandwidth(0);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0]);
    expect(runs.filter((run) => run.json!.cacheHit === false)).toHaveLength(1);
    expect(runs.filter((run) => run.json!.cacheHit === true)).toHaveLength(3);
    expect(runs.some((run) => run.stderr.includes('Another run is writing'))).toBe(true);
    for (const path of ['config.json', 'model.safetensors', 'tokenizer.json', 'vocab.txt']) expect(hub.fileDownloads(path)).toBe(1);
    expect(new Set(runs.map((run) => run.json!.key)).size).toBe(1);
  });

  test('a lock left by a killed process on this host is recovered at once', async () => {
    const out = join(tmp.path, 'dead-owner');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const pid = holder.pid!;
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('close', resolve));
    await mkdir(`${out}.lock`, { recursive: true });
    await writeFile(join(`${out}.lock`, 'owner.json'), JSON.stringify({ pid, hostname: (await import('node:os')).hostname() }));
    const run = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', out, '--json'], env);
    expect(run.code).toBe(0);
    expect(run.json!.source).toBe('hub');
  });

  test('a stale lock from another host (not refreshed for longer than the stale time) is taken over', async () => {
    const out = join(tmp.path, 'stale');
    await mkdir(`${out}.lock`, { recursive: true });
    await writeFile(join(`${out}.lock`, 'owner.json'), JSON.stringify({ pid: 1, hostname: 'another-runner' }));
    const old = new Date(Date.now() - 60_000);
    await utimes(`${out}.lock`, old, old);
    const run = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', out, '--json'], env);
    expect(run.code).toBe(0);
    expect(await hashTree(out)).toHaveProperty(['config.json']);
  });
});
