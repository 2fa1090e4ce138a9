/**
 * The tool-cache and GitHub Actions cache tiers under the model download step: real @actions/cache and
 * @actions/tool-cache, real GNU tar and zstd, the Actions cache service v2 emulated on loopback.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startActionsCacheEmulator, type ActionsCacheEmulator } from '../emulators/actions-cache-emulator.js';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { modelLineage } from '../src/steps/model-download/model-download.js';
import { cacheEntryVersion } from '../src/tiers/cache-service-v2.js';
import { actionsCacheKey } from '../src/tiers/tier-names.js';
import { hashTree } from './helpers/hash-tree.js';
import { runAction } from './helpers/run-action.js';
import { runCliInProcess, runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';
import { makeRunner, toolCachePath, toolCacheVersions, type Runner } from './helpers/tiers-runners.js';

const MODEL = 'org/tiny-bert';
let hub: HubEmulator;
let cache: ActionsCacheEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let runnerA: Runner;
let runnerB: Runner;

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: MODEL, files: tinyModelFiles() });
  cache = await startActionsCacheEmulator();
});
afterAll(async () => {
  await hub.close();
  await cache.close();
});
beforeEach(async () => {
  tmp = await makeTempDir('me-tiers-');
  await cache.clear();
  cache.clearFaults();
  cache.requests.length = 0;
  hub.requests.length = 0;
  runnerA = await makeRunner({ root: tmp.path, name: 'a', cache, env: { HF_ENDPOINT: hub.url } });
  runnerB = await makeRunner({ root: tmp.path, name: 'b', cache, env: { HF_ENDPOINT: hub.url } });
});
afterEach(() => tmp.cleanup());

const outputOf = (runner: Runner) => join(runner.workspace, 'models', 'base');
const download = (runner: Runner, extra: string[] = [], env: Record<string, string> = {}) =>
  runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runner), '--json', ...extra], { ...runner.env, ...env });
const hubFileFetches = () => hub.requests.filter((r) => r.file && r.method === 'GET' && (r.status === 200 || r.status === 206) && r.range !== 'bytes=0-0').length;
const cacheOps = (kind: string) => cache.requests.filter((r) => r.kind === kind);
/** Archives committed to the blob store: one per save, whether it went up in one shot or as blocks and a block list. */
const archivesUploaded = () => cacheOps('upload').filter((r) => r.operation === 'BlockBlob' || r.operation === 'blocklist');
/** Model entries carry their lineage (repo + patterns) before the key, so the newest one of a lineage is found by prefix. */
const lineageOf = (name: string, include: string[] = [], exclude: string[] = []) => modelLineage({ name, include, exclude, outputDir: '', revision: 'main' });
const entryKey = (key: string, name = MODEL) => actionsCacheKey({ prefix: '', step: 'model', key, lineage: lineageOf(name) });

describe('sharing a model download across runners', () => {
  test('runner A downloads and saves; runner B with a fresh dir and an empty tool cache restores it from the Actions cache without the Hub', async () => {
    // Runner A as a user runs it: the CLI bundle in its own process.
    const first = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runnerA), '--json'], runnerA.env);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ cacheHit: false, source: 'hub' });
    expect(first.stderr).toContain('Saved to tool-cache');
    expect(first.stderr).toContain('Saved to actions-cache');
    const key = first.json!.key as string;
    expect(cache.entries()).toEqual([expect.objectContaining({ key: entryKey(key), finalized: true })]);
    expect(await toolCacheVersions(runnerA, 'model')).toEqual([`0.0.0-g${key.slice(0, 32)}`]);
    const fetchedByA = hubFileFetches();
    expect(fetchedByA).toBe(6);

    const second = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runnerB), '--json'], runnerB.env);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ cacheHit: true, source: 'actions-cache', key, files: 6 });
    expect(second.stderr).toContain('ℹ Model restored from actions-cache');
    // Runner B keeps it in its own tool cache, so its next job on this machine needs no download.
    expect(second.stderr).toContain('Saved to tool-cache');
    expect(await toolCacheVersions(runnerB, 'model')).toEqual([`0.0.0-g${key.slice(0, 32)}`]);
    expect(hubFileFetches()).toBe(fetchedByA);
    expect(cacheOps('download')).toHaveLength(1);
    expect(await hashTree(outputOf(runnerB))).toEqual(await hashTree(outputOf(runnerA)));
    // Nothing of the toolkit's chatter or secrets leaks: stdout is exactly the JSON, the runtime token appears nowhere.
    expect(second.stdout.trim().split('\n')).toHaveLength(1);
    for (const text of [first.stdout, first.stderr, second.stdout, second.stderr]) expect(text).not.toContain(cache.token);

    const third = await download(runnerB);
    expect(third.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(cacheOps('download')).toHaveLength(1);
  });

  test('the tool cache restores into a fresh output dir on the same runner, before and without the Actions cache', async () => {
    const first = await download(runnerA);
    expect(first.json).toMatchObject({ source: 'hub' });
    await rm(outputOf(runnerA), { recursive: true });
    const fetched = hubFileFetches();
    cache.requests.length = 0;

    const again = await download(runnerA);
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({ cacheHit: true, source: 'tool-cache', files: 6 });
    expect(again.stderr).toContain('ℹ Model restored from tool-cache');
    expect(hubFileFetches()).toBe(fetched);
    expect(cache.requests).toHaveLength(0);
    const files = tinyModelFiles();
    expect(await readFile(join(outputOf(runnerA), 'model.safetensors'))).toEqual(files['model.safetensors']);
    // The restore copied: editing the output dir does not reach the cached entry.
    await writeFile(join(outputOf(runnerA), 'config.json'), '{}');
    expect(await readFile(join(toolCachePath(runnerA, 'model', first.json!.key), 'config.json'))).toEqual(files['config.json']);
  });

  test('--no-tool-cache and --cache off leave a tier out; a GitHub-hosted runner skips the tool cache unless asked', async () => {
    await download(runnerA, ['--no-tool-cache', '--cache', 'off']);
    expect(await toolCacheVersions(runnerA, 'model')).toEqual([]);
    expect(cache.requests).toHaveLength(0);

    await rm(outputOf(runnerA), { recursive: true });
    await download(runnerA, ['--cache', 'off'], { RUNNER_ENVIRONMENT: 'github-hosted' });
    expect(await toolCacheVersions(runnerA, 'model')).toEqual([]);
    await rm(outputOf(runnerA), { recursive: true });
    await download(runnerA, ['--cache', 'off', '--tool-cache'], { RUNNER_ENVIRONMENT: 'github-hosted' });
    expect(await toolCacheVersions(runnerA, 'model')).toHaveLength(1);
  });

  test('a cache-key-prefix names a separate set of entries', async () => {
    const first = await download(runnerA, ['--cache-key-prefix', 'v2-']);
    expect(cache.entries().map((entry) => entry.key)).toEqual([`v2-${entryKey(first.json!.key)}`]);
    expect(await toolCacheVersions(runnerA, 'model', 'v2-')).toHaveLength(1);
    const other = await download(runnerB, ['--cache-key-prefix', 'v3-']);
    expect(other.json).toMatchObject({ source: 'hub' });
    expect(other.json!.reasons).toContain('actions-cache: no entry for this key');
  });

  test('without the runner variables the CLI uses no Actions cache, and says so only when --cache was given', async () => {
    const { ACTIONS_RUNTIME_TOKEN: _token, ACTIONS_RESULTS_URL: _url, ...bare } = runnerA.env;
    const quiet = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runnerA), '--json'], bare);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('GitHub Actions cache');
    expect(cache.requests).toHaveLength(0);
    const told = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runnerB), '--cache', 'read-write'], {
      ...bare,
      RUNNER_TOOL_CACHE: '',
    });
    expect(told.stderr).toContain('The GitHub Actions cache is not available here');
  });
});

describe('runners without zstd', () => {
  /** A PATH with tar and gzip but no zstd, as on a minimal self-hosted runner. */
  async function pathWithoutZstd(): Promise<string> {
    const bin = join(tmp.path, 'bin-without-zstd');
    await mkdir(bin, { recursive: true });
    for (const tool of ['tar', 'gzip', 'sh']) {
      const found = (process.env.PATH ?? '').split(':').map((dir) => join(dir, tool)).find((path) => existsSync(path));
      if (found) await symlink(found, join(bin, tool));
    }
    return bin;
  }

  test('go through @actions/cache itself (gzip archives), and another such runner restores what one saved', async () => {
    const PATH = await pathWithoutZstd();
    const first = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runnerA), '--json'], { ...runnerA.env, PATH });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Saved to actions-cache');
    // @actions/cache's own upload: one file, uploaded in one shot (the streaming client always sends blocks).
    expect(cacheOps('upload').map((r) => r.operation)).toEqual(['BlockBlob']);
    // A gzip entry has its own version: runners with zstd do not mistake it for theirs.
    expect(cache.entries()[0].version).not.toBe(cacheEntryVersion({ paths: ['.'], compression: 'zstd-without-long' }));

    const second = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(runnerB), '--json'], { ...runnerB.env, PATH });
    expect(second.json).toMatchObject({ cacheHit: true, source: 'actions-cache' });
    expect(await hashTree(outputOf(runnerB))).toEqual(await hashTree(outputOf(runnerA)));
  });
});

describe('plan mode', () => {
  test('with nothing cached it reports what would run and why, and downloads nothing', async () => {
    const plan = await download(runnerA, ['--plan']);
    expect(plan.code).toBe(0);
    expect(plan.json).toMatchObject({ cacheHit: false, source: 'none', needsRun: true });
    expect(plan.json!.reasons).toEqual([
      expect.stringContaining('no model_metadata.json'),
      'tool-cache: no entry for this key',
      'actions-cache: no entry for this key',
    ]);
    expect(plan.stderr).toContain('⚠ Plan: model download needs to run');
    expect(hubFileFetches()).toBe(0);
    expect(cacheOps('download')).toHaveLength(0);
    expect(cacheOps('upload')).toHaveLength(0);
    expect(cache.entries()).toEqual([]);
    await expect(readFile(join(outputOf(runnerA), 'model_metadata.json'))).rejects.toThrow();
  });

  test('after another runner saved, it finds the entry without downloading it', async () => {
    const saved = await download(runnerA);
    const fetched = hubFileFetches();
    const plan = await download(runnerB, ['--plan']);
    expect(plan.json).toMatchObject({ cacheHit: true, source: 'actions-cache', needsRun: false, key: saved.json!.key, plan: true });
    expect(plan.stderr).toContain('Plan: model download would restore from actions-cache');
    expect(cacheOps('download')).toHaveLength(0);
    expect(hubFileFetches()).toBe(fetched);
    await expect(readFile(join(outputOf(runnerB), 'model_metadata.json'))).rejects.toThrow();

    // On runner A's own machine the tool cache answers first.
    await rm(outputOf(runnerA), { recursive: true });
    const local = await download(runnerA, ['--plan']);
    expect(local.json).toMatchObject({ cacheHit: true, source: 'tool-cache', needsRun: false });
  });
});

describe('read-only', () => {
  test('restores from the caches but saves to none of them', async () => {
    const pr = await download(runnerA, ['--cache', 'read-only']);
    expect(pr.code).toBe(0);
    expect(pr.json).toMatchObject({ source: 'hub' });
    expect(cache.entries()).toEqual([]);
    expect(cacheOps('upload')).toHaveLength(0);
    expect(cache.requests.filter((r) => r.operation === 'CreateCacheEntry')).toHaveLength(0);
    expect(await toolCacheVersions(runnerA, 'model')).toEqual([]);

    await download(runnerB);
    const hit = await download(await makeRunner({ root: tmp.path, name: 'c', cache, env: { HF_ENDPOINT: hub.url } }), ['--cache', 'read-only']);
    expect(hit.json).toMatchObject({ cacheHit: true, source: 'actions-cache' });
  });
});

describe('damaged entries are misses with their reason', () => {
  test('a corrupted Actions cache archive is not used: the model is downloaded again and the job succeeds', async () => {
    const first = await download(runnerA);
    const key = first.json!.key as string;
    await cache.corruptEntry(entryKey(key));
    const fetched = hubFileFetches();

    const run = await download(runnerB);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: false, source: 'hub' });
    const reason = (run.json!.reasons as string[]).find((line) => line.startsWith('actions-cache entry could not be restored'));
    expect(reason).toMatch(/tar|zstd/);
    expect(run.stderr).toContain('⚠ actions-cache entry could not be restored');
    expect(hubFileFetches()).toBe(fetched + 6);
    // Same files; only the metadata's download time differs.
    expect(await hashTree(outputOf(runnerB), ['model_metadata.json'])).toEqual(await hashTree(outputOf(runnerA), ['model_metadata.json']));
    // The bad entry cannot be replaced: the user is told how to get rid of it.
    expect(run.stderr).toContain(`gh cache delete ${entryKey(key)}`);
    expect(archivesUploaded()).toHaveLength(1);
  });

  test('a tool-cache entry with a truncated file fails validation, is downloaded again and replaced', async () => {
    const first = await download(runnerA, ['--cache', 'off']);
    const entry = toolCachePath(runnerA, 'model', first.json!.key);
    await truncate(join(entry, 'model.safetensors'), 10);
    await rm(outputOf(runnerA), { recursive: true });

    const run = await download(runnerA, ['--cache', 'off']);
    expect(run.json).toMatchObject({ cacheHit: false, source: 'hub' });
    expect(run.json!.reasons).toContainEqual(expect.stringMatching(/^tool-cache entry failed validation: model\.safetensors has 10 bytes, \d+ expected/));
    expect((await readFile(join(entry, 'model.safetensors'))).length).toBe(tinyModelFiles()['model.safetensors'].length);

    await rm(outputOf(runnerA), { recursive: true });
    expect((await download(runnerA, ['--cache', 'off'])).json).toMatchObject({ source: 'tool-cache' });
  });
});

describe('saving', () => {
  test('a key another runner is still uploading (409 already_exists) is not an error', async () => {
    const first = await download(runnerA);
    const key = first.json!.key as string;
    const version = cache.entries()[0].version;
    await cache.clear();
    cache.requests.length = 0;
    // Another runner reserved the key and is uploading it right now.
    const reserve = await fetch(new URL('twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', cache.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cache.token}` },
      body: JSON.stringify({ key: entryKey(key), version }),
    });
    expect(reserve.status).toBe(200);

    const run = await download(runnerB, ['--fail-on-cache-error']);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ source: 'hub' });
    expect(cache.requests.filter((r) => r.operation === 'CreateCacheEntry').map((r) => r.status)).toEqual([200, 409]);
    expect(cacheOps('upload')).toHaveLength(0);
    expect(run.stderr).toContain('actions-cache already holds this key, its upload unfinished (another run is saving it, or one was killed mid-upload)');
    expect(run.stderr).not.toMatch(/Saving to actions-cache failed|Not saved to actions-cache/);
  });

  test('a finished entry for the key is found before archiving anything', async () => {
    await download(runnerA);
    const run = await download(runnerB, ['--force']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('actions-cache already holds this key');
    expect(archivesUploaded()).toHaveLength(1);
  });

  test('a failed upload is a warning, and fails the step with --fail-on-cache-error', async () => {
    cache.injectFault({ target: 'upload', status: 403 });
    const warned = await download(runnerA);
    expect(warned.code).toBe(0);
    expect(warned.json).toMatchObject({ source: 'hub' });
    expect(warned.stderr).toMatch(/⚠ Saving to actions-cache failed: .*403/);
    expect(cache.entries().filter((entry) => entry.finalized)).toEqual([]);

    cache.injectFault({ target: 'CreateCacheEntry', status: 403 });
    const failed = await download(runnerB, ['--fail-on-cache-error']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/✗ Saving to actions-cache failed: .*403/);
    // The model itself is in place: only the cache save failed.
    expect(JSON.parse(await readFile(join(outputOf(runnerB), 'model_metadata.json'), 'utf8'))).toMatchObject({ name: MODEL });
  });

  test('an output larger than cache-size-limit is not uploaded, with its size in the warning; the tool cache still gets it', async () => {
    const run = await download(runnerA, ['--cache-size-limit', '1KB']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/⚠ Not saved to actions-cache: the output is [\d.]+ KiB \(\d+ bytes\), over the cache-size-limit of 1KB/);
    expect(cache.requests.filter((r) => r.operation !== 'GetCacheEntryDownloadURL')).toEqual([]);
    expect(await toolCacheVersions(runnerA, 'model')).toHaveLength(1);
  });
});

describe('bad cache flags', () => {
  test.each([
    [['--cache', 'sometimes'], '--cache "sometimes" is not one of read-write, read-only, off'],
    [['--cache-size-limit', 'ten'], '--cache-size-limit "ten" is not a size'],
    [['--cache-size-limit', '0'], '--cache-size-limit "0" is not a size'],
    [['--cache-key-prefix', 'a,b'], '--cache-key-prefix "a,b" may only hold'],
    [['--tool-cache', '--no-tool-cache'], '--tool-cache and --no-tool-cache contradict each other'],
  ])('%j exits 2 with one line, before any download', async (flags, message) => {
    const run = await download(runnerA, flags);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
    expect(hub.requests).toHaveLength(0);
    expect(cache.requests).toHaveLength(0);
  });
});

describe('the Action', () => {
  const inputs = (runner: Runner, extra: Record<string, string> = {}) => ({ command: 'model-download', name: MODEL, 'output-dir': outputOf(runner), ...extra });

  test('lookup-only on a fresh runner sets needs-run from the shared cache, and the job summary shows the decision', async () => {
    const plan = await runAction({ inputs: inputs(runnerB, { 'lookup-only': 'true' }), env: runnerB.env });
    expect(plan.code).toBe(0);
    expect(plan.outputs).toMatchObject({ 'needs-run': 'true', 'cache-hit': 'false', source: 'none' });
    expect(plan.outputs.reasons.split('\n')).toContain('actions-cache: no entry for this key');
    expect(plan.summary).toContain('needs to run (plan)');

    const nightly = await runAction({ inputs: inputs(runnerA), env: runnerA.env });
    expect(nightly.code).toBe(0);
    expect(nightly.outputs).toMatchObject({ 'cache-hit': 'false', source: 'hub', 'needs-run': 'false' });
    expect(nightly.summary).toMatch(/\| Decision \| ran \|/);

    cache.requests.length = 0;
    const check = await runAction({ inputs: inputs(runnerB, { 'lookup-only': 'true' }), env: runnerB.env });
    expect(check.outputs).toMatchObject({ 'needs-run': 'false', 'cache-hit': 'true', source: 'actions-cache', 'cache-key': nightly.outputs['cache-key'] });
    expect(check.summary).toContain('would restore from actions-cache (plan)');
    expect(cacheOps('download')).toHaveLength(0);
    // The job log says what the plan found (the library's own "Lookup only" line is gone with the library).
    expect(check.stdout).toContain('Plan: model download would restore from actions-cache');

    const pr = await runAction({ inputs: inputs(runnerB, { cache: 'read-only' }), env: runnerB.env });
    expect(pr.outputs).toMatchObject({ 'cache-hit': 'true', source: 'actions-cache' });
    expect(pr.summary).toMatch(/\| Source \| actions-cache \|/);
  });

  test('bad cache inputs fail with exit 2 and one line', async () => {
    for (const [name, value, message] of [
      ['cache', 'yes', 'Input cache "yes" is not one of read-write, read-only, off'],
      ['tool-cache', 'maybe', 'Input tool-cache "maybe" is not a boolean'],
      ['lookup-only', '1', 'Input lookup-only "1" is not a boolean'],
      ['cache-size-limit', '10 parsecs', 'Input cache-size-limit "10 parsecs" is not a size'],
    ]) {
      const run = await runAction({ inputs: inputs(runnerA, { [name]: value }), env: runnerA.env });
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`::error::${message}`);
    }
    expect(hub.requests).toHaveLength(0);
  });
});

describe('over HTTPS, as github.com serves the cache service and Azure the archives', () => {
  const FIXTURES = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'fixtures', 'tls');
  let secure: ActionsCacheEmulator;
  beforeAll(async () => {
    secure = await startActionsCacheEmulator({ tls: { key: await readFile(join(FIXTURES, 'localhost.key')), cert: await readFile(join(FIXTURES, 'localhost.crt')) } });
  });
  afterAll(() => secure.close());

  test('runner A saves and runner B restores through TLS, trusting the service by NODE_EXTRA_CA_CERTS as a runner with a private CA does', async () => {
    const trust = { NODE_EXTRA_CA_CERTS: join(FIXTURES, 'localhost.crt') };
    const a = await makeRunner({ root: tmp.path, name: 'tls-a', cache: secure, env: { HF_ENDPOINT: hub.url, ...trust } });
    const b = await makeRunner({ root: tmp.path, name: 'tls-b', cache: secure, env: { HF_ENDPOINT: hub.url, ...trust } });
    expect(secure.env.ACTIONS_RESULTS_URL).toMatch(/^https:/);
    const first = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(a), '--json', '--no-tool-cache'], a.env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Saved to actions-cache');
    const second = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(b), '--json', '--no-tool-cache'], b.env);
    expect(second.json).toMatchObject({ cacheHit: true, source: 'actions-cache' });
    expect(await hashTree(outputOf(b))).toEqual(await hashTree(outputOf(a)));
    expect(secure.requests.filter((r) => r.kind === 'download' && r.status === 200)).toHaveLength(1);

    // Without the CA the certificate is refused: a restore that fails with a warning (and the Hub as the source).
    const c = await makeRunner({ root: tmp.path, name: 'tls-c', cache: secure, env: { HF_ENDPOINT: hub.url } });
    const untrusted = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', outputOf(c), '--json', '--no-tool-cache'], c.env);
    expect(untrusted.json).toMatchObject({ source: 'hub' });
    // Said once, not retried: the same certificate would be refused again.
    expect(untrusted.stderr).toMatch(/DEPTH_ZERO_SELF_SIGNED_CERT\) from https:\/\/127\.0\.0\.1:\d+\/twirp\/\S+: its TLS certificate is not trusted here; if your network uses its own certificate authority, point NODE_EXTRA_CA_CERTS at it/);
    expect(untrusted.stderr).not.toContain('attempts');
  });
});

describe('a moved branch on a fresh runner, through the Actions cache', () => {
  test('the newest entry of the same repo and patterns is found by restore keys; only the changed file comes from the Hub', async () => {
    const name = 'org/moving-bert';
    const files = tinyModelFiles({ seed: 3 });
    const before = hub.commit({ name, files });
    const first = await runCliInProcess(['model', 'download', '--name', name, '--output-dir', outputOf(runnerA), '--json', '--no-tool-cache'], runnerA.env);
    expect(first.json).toMatchObject({ source: 'hub', revision: before });
    expect(cache.entries().map((entry) => entry.key)).toEqual([entryKey(first.json!.key, name)]);
    expect(entryKey(first.json!.key, name)).toMatch(/^model-experiments-model-l[0-9a-f]{16}-[0-9a-f]{64}$/);

    const vocab = `${files['vocab.txt'].toString('utf8')}extra\n`;
    const moved = hub.commit({ name, files: { 'vocab.txt': vocab } });
    hub.requests.length = 0;
    const second = await runCliInProcess(['model', 'download', '--name', name, '--output-dir', outputOf(runnerB), '--json', '--no-tool-cache'], runnerB.env);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ source: 'hub', revision: moved, fetchedFiles: 1, nearest: { source: 'actions-cache', revision: before, files: 5 } });
    expect(second.stderr).toContain(`Restored 5 of 6 files from the Actions cache (revision ${before.slice(0, 7)}), fetched vocab.txt from the Hub`);
    expect(hub.requests.filter((r) => r.file && r.method === 'GET' && r.range !== 'bytes=0-0' && r.bytesSent > 0).map((r) => r.file)).toEqual(['vocab.txt']);
    expect(hub.bytesServed((r) => !!r.file && r.range !== 'bytes=0-0')).toBe(Buffer.byteLength(vocab));
    expect(await readFile(join(outputOf(runnerB), 'vocab.txt'), 'utf8')).toBe(vocab);
    // The new revision is its own entry; the unpacked old one left nothing beside the output dir.
    expect(cache.entries().map((entry) => entry.key).sort()).toEqual([entryKey(first.json!.key, name), entryKey(second.json!.key, name)].sort());
    expect((await readdir(join(outputOf(runnerB), '..'))).filter((entry) => entry !== 'base')).toEqual([]);
  });
});
