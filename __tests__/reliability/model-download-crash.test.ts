import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { pseudoRandom, tinyModelFiles } from '../../emulators/tiny-model.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runAndKill, seededRandom } from './kill-harness.js';

const MODEL = 'crash/sharded-bert';
const KILLS = 16;
let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let clean: Record<string, string>;
let env: Record<string, string>;

/** A model big enough that a capped download takes about a second: four 1.5 MiB shards plus the small files. */
function shardedModel(): Record<string, Buffer> {
  const files = tinyModelFiles();
  delete files['model.safetensors'];
  const index = { metadata: { total_size: 0 }, weight_map: {} as Record<string, string> };
  for (let shard = 1; shard <= 4; shard++) {
    const name = `model-0000${shard}-of-00004.safetensors`;
    files[name] = Buffer.from(pseudoRandom(384 * 1024, shard).buffer);
    index.weight_map[`layer.${shard}`] = name;
  }
  files['model.safetensors.index.json'] = Buffer.from(JSON.stringify(index));
  return files;
}

const withoutMetadata = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'model_metadata.json'));

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: MODEL, files: shardedModel() });
  tmp = await makeTempDir('me-crash-');
  env = { HF_ENDPOINT: hub.url, ME_HTTP_BACKOFF_MS: '10' };
  const reference = join(tmp.path, 'clean');
  expect((await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', reference], env)).code).toBe(0);
  clean = await hashTree(reference);
});
afterAll(async () => {
  await hub.close();
  await tmp.cleanup();
});

describe('Crash: a SIGKILL at any moment never leaves a false hit, and a plain re-run ends identical to a clean run', () => {
  const random = seededRandom(20261128);
  const moments = Array.from({ length: KILLS }, (_, index) => ({ index, delayMs: Math.round(60 + random() * 1400) }));

  test.each(moments)('model download killed at $delayMs ms (case $index)', async ({ index, delayMs }) => {
    const out = join(tmp.path, `killed-${index}`);
    hub.setBandwidth(3 * 1024 * 1024);
    const killed = await runAndKill({ args: ['model', 'download', '--name', MODEL, '--output-dir', out], env, delayMs });
    hub.setBandwidth(0);

    // Whatever the kill left: if metadata claims a result, every file it lists must be the right bytes.
    const after = await hashTree(out).catch(() => ({}) as Record<string, string>);
    if (after['model_metadata.json']) {
      const metadata = JSON.parse(await readFile(join(out, 'model_metadata.json'), 'utf8'));
      for (const file of metadata.files as { path: string }[]) expect(after[file.path]).toBe(clean[file.path]);
    }

    const rerun = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', out, '--json'], env);
    expect(rerun.code).toBe(0);
    if (!killed.killed) expect(rerun.json!.cacheHit).toBe(true);
    expect(withoutMetadata(await hashTree(out))).toEqual(withoutMetadata(clean));
    const leftovers = (await readdir(out, { recursive: true })).filter((name) => String(name).endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });
});
