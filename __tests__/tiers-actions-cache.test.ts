/**
 * The Actions cache tier on its own: archives large enough for the block upload protocol, entries exchanged with
 * the real @actions/cache in both directions, transfers that break and resume, the size limit hit while streaming,
 * and a cache service that cannot be reached. Real tar and zstd; the v2 service emulated on loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import type { Reporter } from '../src/core/reporter.js';
import { createActionsCacheTier } from '../src/tiers/actions-cache-tier.js';
import { cacheEntryVersion } from '../src/tiers/cache-service-v2.js';
import { createArchiveBlocks } from '../src/tiers/tar-zstd.js';
import { callToolkit } from '../src/tiers/toolkit-call.js';
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
  return { warnings, info() {}, notice() {}, miss() {}, success() {}, progress() {}, warning: (message) => void warnings.push(message) };
}

const KEY = 'c0ffee'.padEnd(64, '0');

function tierFor(params: { reporter?: Reporter; sizeLimitBytes?: number; env?: Record<string, string> } = {}) {
  const env = { ...cache.env, RUNNER_TEMP: join(tmp.path, 'runner-temp'), ME_HTTP_BACKOFF_MS: '10', ...params.env };
  const sizeLimitBytes = params.sizeLimitBytes ?? 10e9;
  return createActionsCacheTier({ env, keyPrefix: '', sizeLimitBytes, sizeLimitText: `${sizeLimitBytes}B`, reporter: params.reporter ?? recordingReporter(), output: 'quiet' });
}

/** A model-shaped dir of incompressible bytes. */
async function modelDir(name: string, weightBytes: number): Promise<string> {
  const dir = join(tmp.path, name);
  await mkdir(join(dir, 'onnx'), { recursive: true });
  await writeFile(join(dir, 'model.safetensors'), randomBytes(weightBytes));
  await writeFile(join(dir, 'onnx', 'model.onnx'), randomBytes(4096));
  await writeFile(join(dir, 'config.json'), '{"model_type":"bert"}');
  return dir;
}

/** The real @actions/cache, called as an action would call it, with the emulator's variables and `dir` as the workspace. */
function withToolkit<T>(dir: string, work: (toolkit: typeof import('@actions/cache')) => Promise<T>): Promise<T> {
  const env = { ...cache.env, RUNNER_TEMP: join(tmp.path, 'runner-temp'), GITHUB_WORKSPACE: dir };
  return callToolkit({ env, cwd: dir, output: 'quiet', work: async () => work(await import('@actions/cache')) }).then(({ value }) => value);
}

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

describe('entries are interchangeable with @actions/cache', () => {
  test('an entry the tier saved is restored by @actions/cache, under the version the library computes', async () => {
    await cache.clear();
    const source = await modelDir('ours-saved', 3 * 2 ** 20);
    expect(await tierFor().save({ step: 'model', key: KEY, dir: source })).toEqual({ kind: 'saved', bytes: 3 * 2 ** 20 + 4096 + 21 });
    const restored = join(tmp.path, 'toolkit-restored');
    await mkdir(restored, { recursive: true });
    expect(await withToolkit(restored, (toolkit) => toolkit.restoreCache(['.'], `model-experiments-model-${KEY}`))).toBe(`model-experiments-model-${KEY}`);
    expect(await hashTree(restored)).toEqual(await hashTree(source));
  });

  test('an entry @actions/cache saved is restored by the tier, and the tier computes the same version', async () => {
    await cache.clear();
    const source = await modelDir('toolkit-saved', 3 * 2 ** 20);
    expect(await withToolkit(source, (toolkit) => toolkit.saveCache(['.'], `model-experiments-model-${KEY}`))).not.toBe(-1);
    expect(cache.entries()).toEqual([expect.objectContaining({ finalized: true, version: cacheEntryVersion({ paths: ['.'], compression: 'zstd-without-long' }) })]);
    const tier = tierFor();
    expect(await tier.lookup({ step: 'model', key: KEY })).toBe(true);
    const restored = join(tmp.path, 'tier-restored');
    expect(await tier.restore({ step: 'model', key: KEY, dir: restored })).toBe(true);
    expect(await hashTree(restored)).toEqual(await hashTree(source));
  });
});

describe('transfers that break', () => {
  test('a download cut mid-archive resumes with a range request and restores the dir whole', async () => {
    await cache.clear();
    const source = await modelDir('cut', 24 * 2 ** 20);
    const tier = tierFor();
    expect((await tier.save({ step: 'model', key: KEY, dir: source })).kind).toBe('saved');
    const before = cache.requests.length;
    cache.injectFault({ target: 'download', status: 0, cutAfterBytes: 5 * 2 ** 20 });
    const restored = join(tmp.path, 'cut-restored');
    expect(await tier.restore({ step: 'model', key: KEY, dir: restored })).toBe(true);
    expect(await hashTree(restored)).toEqual(await hashTree(source));
    const downloads = cache.requests.slice(before).filter((r) => r.kind === 'download');
    expect(downloads.length).toBeGreaterThanOrEqual(2);
    expect(downloads[0].bytes).toBe(5 * 2 ** 20);
    // The resume asks only for what had not arrived (a reset may discard bytes in flight, never add any).
    const resumedFrom = Number(/^bytes=(\d+)-$/.exec(downloads[1].range ?? '')?.[1]);
    expect(resumedFrom).toBeGreaterThan(0);
    expect(resumedFrom).toBeLessThanOrEqual(5 * 2 ** 20);
  });

  test('a download the blob store keeps refusing is a failed restore, not a damaged entry: the entry still counts as saved', async () => {
    await cache.clear();
    const source = await modelDir('refused', 1024);
    const tier = tierFor({ env: { ME_HTTP_ATTEMPTS: '2' } });
    expect((await tier.save({ step: 'model', key: KEY, dir: source })).kind).toBe('saved');
    cache.injectFault({ target: 'download', status: 503, times: 2 });
    expect(await tier.restore({ step: 'model', key: KEY, dir: join(tmp.path, 'refused-restored') })).toEqual({ failed: expect.stringMatching(/^download failed.*503/) });
    // Nothing says to delete a good entry: saving again finds it there.
    expect(await tier.save({ step: 'model', key: KEY, dir: source })).toEqual({ kind: 'exists' });
  });

  test('a damaged archive is a failed restore that names the unpacker, and the entry is not offered again in this run', async () => {
    await cache.clear();
    const source = await modelDir('damaged', 2 * 2 ** 20);
    const tier = tierFor();
    expect((await tier.save({ step: 'model', key: KEY, dir: source })).kind).toBe('saved');
    await cache.corruptEntry(`model-experiments-model-${KEY}`);
    expect(await tier.restore({ step: 'model', key: KEY, dir: join(tmp.path, 'damaged-restored') })).toEqual({ failed: expect.stringMatching(/^the archive does not unpack: .*(zstd|tar)/) });
    expect(await tier.save({ step: 'model', key: KEY, dir: source })).toEqual({ kind: 'skipped', reason: expect.stringContaining(`gh cache delete model-experiments-model-${KEY}`) });
  });

  test('a block the blob store refuses once is sent again, and the entry is whole', async () => {
    await cache.clear();
    const source = await modelDir('retried', 20 * 2 ** 20);
    const before = cache.requests.length;
    cache.injectFault({ target: 'upload', status: 503 });
    const tier = tierFor();
    expect((await tier.save({ step: 'model', key: KEY, dir: source })).kind).toBe('saved');
    expect(cache.requests.slice(before).filter((r) => r.kind === 'upload' && r.status === 503)).toHaveLength(1);
    const restored = join(tmp.path, 'retried-restored');
    expect(await tier.restore({ step: 'model', key: KEY, dir: restored })).toBe(true);
    expect(await hashTree(restored)).toEqual(await hashTree(source));
  });

  test('an archive that outgrows the size limit while streaming is not committed, and the warning names the limit', async () => {
    await cache.clear();
    // 300 one-byte files: 300 bytes of content, but tar headers and padding make the archive larger than 2 KB.
    const dir = join(tmp.path, 'tiny-files');
    await mkdir(dir, { recursive: true });
    for (let i = 0; i < 300; i++) await writeFile(join(dir, `f${i}`), randomBytes(1));
    const before = cache.requests.length;
    const outcome = await tierFor({ sizeLimitBytes: 2000 }).save({ step: 'model', key: KEY, dir });
    expect(outcome).toEqual({ kind: 'skipped', reason: expect.stringMatching(/^the archive grew past the cache-size-limit of 2000B while uploading \(the output is 300 bytes\), so it was not committed/) });
    expect(cache.entries().filter((entry) => entry.finalized)).toEqual([]);
    expect(cache.requests.slice(before).filter((r) => r.operation === 'blocklist')).toEqual([]);
  });
});

test('an archive read only after tar and zstd have exited is whole (node drops an unread child stdout at exit)', async () => {
  const dir = await modelDir('read-late', 2048);
  const archive = await createArchiveBlocks({ dir, blockBytes: 1024, maxBlocks: 8 });
  await archive.done;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const chunks: Buffer[] = [];
  for await (const block of archive.blocks) {
    chunks.push(Buffer.from(block.bytes));
    block.release();
  }
  const bytes = Buffer.concat(chunks);
  // A zstd frame (magic 28 b5 2f fd) holding the tar of 2 KiB of random bytes and two small files.
  expect(bytes.subarray(0, 4).toString('hex')).toBe('28b52ffd');
  expect(bytes.length).toBeGreaterThan(2048);
});
