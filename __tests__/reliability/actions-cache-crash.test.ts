/**
 * SIGKILLs while the CLI saves a model to the GitHub Actions cache, then a fresh runner; and while a runner restores
 * it. The tier's streaming client of the cache service, real tar and zstd; the v2 service emulated on loopback,
 * its archive transfers slowed by a proxy so that a kill lands in the middle of one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../../emulators/actions-cache-emulator.js';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { makeRunner, toolCacheVersions, type Runner } from '../helpers/tiers-runners.js';
import { runAndKill, seededRandom } from './kill-harness.js';
import { leftoversAround } from './leftovers.js';
import { CRASH_PROMISE } from './promise-titles.js';
import { startSlowArchiveProxy, type SlowArchiveProxy } from './slow-archive-proxy.js';

const MODEL = 'crash/cached-bert';
const SAVE_KILLS = 12;
const RESTORE_KILLS = 3;
/** Random weights (zstd cannot shrink them) moved at this rate: an upload or a download takes about a second. */
const WEIGHTS_BYTES = 5 * 1024 * 1024;
const ARCHIVE_BANDWIDTH = 5 * 1024 * 1024;
let hub: HubEmulator;
let cache: ActionsCacheEmulator;
let proxy: SlowArchiveProxy;
let tmp: { path: string; cleanup: () => Promise<void> };
let clean: Record<string, string>;

const withoutMetadata = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'model_metadata.json'));
const outputDir = (runner: Runner) => join(runner.workspace, 'models', 'bert');
const download = (runner: Runner, extra: string[] = []) => ['model', 'download', '--name', MODEL, '--output-dir', outputDir(runner), ...extra];
const runnerEnv = (runner: Runner) => ({ ...runner.env, HF_ENDPOINT: hub.url, ME_HTTP_BACKOFF_MS: '10' });

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: MODEL, files: { ...tinyModelFiles(), 'model.safetensors': randomBytes(WEIGHTS_BYTES) } });
  cache = await startActionsCacheEmulator();
  proxy = await startSlowArchiveProxy({ target: cache.url });
  tmp = await makeTempDir('me-cache-crash-');
  const reference = await makeRunner({ root: tmp.path, name: 'clean' });
  expect((await runCliProcess(download(reference), runnerEnv(reference))).code).toBe(0);
  clean = withoutMetadata(await hashTree(outputDir(reference)));
});
afterAll(async () => {
  await proxy.close();
  await cache.close();
  await hub.close();
  await tmp.cleanup();
});

describe(CRASH_PROMISE, () => {
  const random = seededRandom(20261205);
  // A run takes about 1.8 s: CLI start, the download, the tool cache copy, the lookup, tar + zstd, ~1 s of upload;
  // most kills land in the upload, some before it (the download, the lookups) and a few after the run ended.
  const moments = Array.from({ length: SAVE_KILLS }, (_, index) => ({ index, delayMs: Math.round(300 + random() * 1400) }));

  test.each(moments)('model download saving to the Actions cache killed at $delayMs ms; a fresh runner restores a whole entry or misses (case $index)', async ({ index, delayMs }) => {
    await cache.clear();
    const runnerA = await makeRunner({ root: tmp.path, name: `a-${index}`, cache, env: { ACTIONS_RESULTS_URL: proxy.url } });
    proxy.setUploadBandwidth(ARCHIVE_BANDWIDTH);
    const killed = await runAndKill({ args: download(runnerA), env: runnerEnv(runnerA), delayMs });
    proxy.setUploadBandwidth(0);
    if (!killed.killed) expect(killed.code).toBe(0);
    // What the killed run sent before it died has reached the service (or was dropped with its connection).
    await proxy.idle();
    const complete = cache.entries().some((entry) => entry.finalized);

    // Runner B: a fresh output dir and an empty tool cache. A finalized entry restores whole and validates; an
    // entry the kill left unfinished is invisible (a miss), and B downloads from the Hub instead.
    const runnerB = await makeRunner({ root: tmp.path, name: `b-${index}`, cache, env: { ACTIONS_RESULTS_URL: proxy.url } });
    const b = await runCliProcess(download(runnerB, ['--cache', 'read-only', '--json']), runnerEnv(runnerB));
    expect(b.code).toBe(0);
    expect(b.json!.source).toBe(complete ? 'actions-cache' : 'hub');
    expect(withoutMetadata(await hashTree(outputDir(runnerB)))).toEqual(clean);

    // Runner A again, plainly: whatever the kill left in its output dir and tool cache ends as a clean run.
    const again = await runCliProcess(download(runnerA, ['--json']), runnerEnv(runnerA));
    expect(again.code).toBe(0);
    if (!killed.killed) expect(again.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(withoutMetadata(await hashTree(outputDir(runnerA)))).toEqual(clean);
    expect(await leftoversAround(outputDir(runnerA))).toEqual([]);
    // A tool cache entry marked complete is one that restores: take it from a fresh output dir.
    if ((await toolCacheVersions(runnerA, 'model')).length > 0) {
      const fromToolCache = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', join(runnerA.workspace, 'again'), '--json'], runnerEnv(runnerA));
      expect(fromToolCache.json).toMatchObject({ cacheHit: true, source: 'tool-cache' });
      expect(withoutMetadata(await hashTree(join(runnerA.workspace, 'again')))).toEqual(clean);
    }
  });

  // A restoring run: CLI start, the tool cache miss, the lookup, ~1 s of archive download, unpacking, validation.
  const restoreMoments = Array.from({ length: RESTORE_KILLS }, (_, index) => ({ index, delayMs: Math.round(300 + random() * 1000) }));

  test.each(restoreMoments)('model download restoring from the Actions cache killed at $delayMs ms; its re-run restores it whole and leaves no staging dir (case $index)', async ({ index, delayMs }) => {
    await cache.clear();
    const producer = await makeRunner({ root: tmp.path, name: `producer-${index}`, cache, env: { ACTIONS_RESULTS_URL: proxy.url } });
    expect((await runCliProcess(download(producer), runnerEnv(producer))).code).toBe(0);
    expect(cache.entries()).toEqual([expect.objectContaining({ finalized: true })]);

    const runner = await makeRunner({ root: tmp.path, name: `restorer-${index}`, cache, env: { ACTIONS_RESULTS_URL: proxy.url } });
    proxy.setDownloadBandwidth(ARCHIVE_BANDWIDTH);
    const killed = await runAndKill({ args: download(runner), env: runnerEnv(runner), delayMs });
    proxy.setDownloadBandwidth(0);
    if (!killed.killed) expect(killed.code).toBe(0);

    // Metadata in the output dir claims a result only once the whole restored dir was validated and swapped in.
    const after = await hashTree(outputDir(runner)).catch(() => ({}) as Record<string, string>);
    if (after['model_metadata.json']) expect(withoutMetadata(after)).toEqual(clean);

    const again = await runCliProcess(download(runner, ['--json']), runnerEnv(runner));
    expect(again.code).toBe(0);
    expect(['disk', 'tool-cache', 'actions-cache']).toContain(again.json!.source);
    expect(withoutMetadata(await hashTree(outputDir(runner)))).toEqual(clean);
    // Including the staging dir the killed restore was unpacking into (it can hold a whole model).
    expect(await leftoversAround(outputDir(runner))).toEqual([]);
  });
});
