/**
 * The Actions cache tier on its own: archives large enough for the block upload protocol, and a cache service
 * that cannot be reached. Real @actions/cache, tar and zstd; the v2 service emulated on loopback.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import type { Reporter } from '../src/core/reporter.js';
import { createActionsCacheTier } from '../src/tiers/actions-cache-tier.js';
import { hashTree } from './helpers/hash-tree.js';
import { makeTempDir } from './helpers/temp-dir.js';

let cache: ActionsCacheEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  cache = await startActionsCacheEmulator();
  tmp = await makeTempDir('me-tier-');
});
afterAll(async () => {
  await cache.close();
  await tmp.cleanup();
});

function recordingReporter(): Reporter & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, notice() {}, success() {}, progress() {}, warning: (message) => void warnings.push(message) };
}

const KEY = 'c0ffee'.padEnd(64, '0');

test('an archive over 128 MiB goes up in blocks and a block list, and comes back byte for byte in another dir', async () => {
  const source = join(tmp.path, 'big');
  await mkdir(join(source, 'onnx'), { recursive: true });
  // Incompressible, so the archive stays over the 128 MiB single-shot limit.
  await writeFile(join(source, 'model.safetensors'), randomBytes(136 * 2 ** 20));
  await writeFile(join(source, 'onnx', 'model.onnx'), randomBytes(4096));
  await writeFile(join(source, 'config.json'), '{"model_type":"bert"}');
  const env = { ...cache.env, RUNNER_TEMP: join(tmp.path, 'runner-temp') };
  const tier = createActionsCacheTier({ env, keyPrefix: '', sizeLimitBytes: 10e9, sizeLimitText: '10GB', reporter: recordingReporter(), output: 'quiet' });

  expect(await tier.save({ step: 'model', key: KEY, dir: source })).toEqual({ kind: 'saved', bytes: 136 * 2 ** 20 + 4096 + 21 });
  const operations = cache.requests.filter((r) => r.kind === 'upload').map((r) => r.operation);
  expect(operations.filter((op) => op === 'block').length).toBeGreaterThanOrEqual(3);
  expect(operations.at(-1)).toBe('blocklist');
  expect(cache.entries()).toEqual([expect.objectContaining({ key: `model-experiments-model-${KEY}`, finalized: true })]);

  const restored = join(tmp.path, 'restored');
  expect(await tier.restore({ step: 'model', key: KEY, dir: restored })).toBe(true);
  expect(await hashTree(restored)).toEqual(await hashTree(source));
  expect(await tier.lookup({ step: 'model', key: KEY })).toBe(true);
  expect(await tier.save({ step: 'model', key: KEY, dir: source })).toEqual({ kind: 'exists' });
});

test('a cache service that cannot be reached is a miss with a warning, never an exception', async () => {
  const closed = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const reporter = recordingReporter();
  const env = { ...cache.env, ACTIONS_RESULTS_URL: `http://127.0.0.1:${closed}/`, RUNNER_TEMP: join(tmp.path, 'runner-temp') };
  const tier = createActionsCacheTier({ env, keyPrefix: '', sizeLimitBytes: 10e9, sizeLimitText: '10GB', reporter, output: 'quiet' });

  expect(await tier.lookup({ step: 'model', key: KEY })).toBe(false);
  expect(reporter.warnings).toEqual([expect.stringMatching(/^GitHub Actions cache lookup failed \(.*ECONNREFUSED.*\); counting it as a miss$/)]);
  const restored = await tier.restore({ step: 'model', key: KEY, dir: join(tmp.path, 'unreachable') });
  expect(restored).toEqual({ failed: expect.stringContaining('ECONNREFUSED') });
});
