/**
 * SIGKILLs while the CLI saves a model to the S3-compatible store, while it restores one, and while it restores the
 * unchanged files of an earlier revision. s3rver on loopback behind the emulator's proxy, which holds one chosen
 * request unanswered (a blob upload, the manifest write, a blob download…) so the kill lands exactly there.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { startS3StoreEmulator, type S3StoreEmulator } from '../../emulators/s3-store-emulator.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { makeRunner, type Runner } from '../helpers/tiers-runners.js';
import { runAndKillWhen } from './kill-when.js';
import { leftoversAround } from './leftovers.js';
import { CRASH_PROMISE } from './promise-titles.js';

const MODEL = 'crash/stored-bert';
const MOVING = 'crash/moving-bert';
let hub: HubEmulator;
let store: S3StoreEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let clean: Record<string, string>;
let cleanMoved: Record<string, string>;

const withoutMetadata = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'model_metadata.json'));
const outputDir = (runner: Runner) => join(runner.workspace, 'models', 'bert');
const download = (runner: Runner, name: string, extra: string[] = []) => ['model', 'download', '--name', name, '--output-dir', outputDir(runner), ...extra];
const storeEnv = (prefix: string) => ({ HF_ENDPOINT: hub.url, ME_HTTP_BACKOFF_MS: '10', ...store.env, ME_STORE: `s3://${store.bucket}/${prefix}`, AWS_ENDPOINT_URL_S3: store.endpoint });
const runner = (name: string, prefix: string) => makeRunner({ root: tmp.path, name, env: storeEnv(prefix) });
const stalled = async () => store.requests.some((request) => request.status === -2);
type Match = (method: string, path: string) => boolean;

beforeAll(async () => {
  hub = await startHubEmulator();
  // Several blobs of some size, so a save and a restore are several requests each.
  const files = { ...tinyModelFiles(), 'model.safetensors': randomBytes(3 * 1024 * 1024), 'extra.safetensors': randomBytes(1024 * 1024) };
  hub.commit({ name: MODEL, files });
  hub.commit({ name: MOVING, files });
  store = await startS3StoreEmulator();
  tmp = await makeTempDir('me-store-crash-');
  const reference = await makeRunner({ root: tmp.path, name: 'clean', env: { HF_ENDPOINT: hub.url } });
  expect((await runCliProcess(download(reference, MODEL), reference.env)).code).toBe(0);
  clean = withoutMetadata(await hashTree(outputDir(reference)));
});
afterAll(async () => {
  await store.close();
  await hub.close();
  await tmp.cleanup();
});

describe(CRASH_PROMISE, () => {
  const saveMoments: { moment: string; match: Match }[] = [
    { moment: 'a blob upload', match: (method, path) => method === 'PUT' && path.includes('/blobs/') },
    { moment: 'the manifest write (the commit point)', match: (method, path) => method === 'PUT' && path.includes('/entries/') },
    { moment: 'the lineage pointer write, after the commit point', match: (method, path) => method === 'PUT' && path.includes('/pointers/') },
  ];

  test.each(saveMoments)('model download saving to the store killed at $moment; a fresh runner restores a whole entry or misses, and a re-run ends clean', async ({ moment, match }) => {
    const prefix = `save-${saveMoments.findIndex((candidate) => candidate.moment === moment)}`;
    const a = await runner(`save-a-${prefix}`, prefix);
    store.clearFaults();
    store.requests.length = 0;
    store.inject({ fault: { kind: 'stall' }, count: 1, match });
    const killed = await runAndKillWhen({ args: download(a, MODEL), env: a.env, ready: stalled });
    store.clearFaults();
    expect(killed.killed).toBe(true);
    const committed = (await store.listKeys(`${prefix}/entries/`)).length > 0;
    expect(committed).toBe(moment.includes('after the commit point'));

    // Runner B: a fresh output dir, an empty tool cache. The entry is whole (it restores and validates) or absent.
    const b = await runner(`save-b-${prefix}`, prefix);
    const fromB = await runCliProcess(download(b, MODEL, ['--cache', 'read-only', '--json']), b.env);
    expect(fromB.code).toBe(0);
    expect(fromB.json!.source).toBe(committed ? 's3' : 'hub');
    expect(withoutMetadata(await hashTree(outputDir(b)))).toEqual(clean);

    // Runner A again, plainly: whatever the kill left ends as a clean run.
    const again = await runCliProcess(download(a, MODEL, ['--json']), a.env);
    expect(again.code).toBe(0);
    expect(withoutMetadata(await hashTree(outputDir(a)))).toEqual(clean);
    expect(await leftoversAround(outputDir(a))).toEqual([]);
  });

  const restoreMoments: { moment: string; match: Match }[] = [
    { moment: 'a blob download', match: (method, path) => method === 'GET' && path.includes('/blobs/') },
    { moment: 'the last-use record', match: (method, path) => method === 'PUT' && path.includes('/uses/') },
  ];

  test.each(restoreMoments)('model download restoring from the store killed at $moment; no false hit, and its re-run restores it whole with no staging dir left', async ({ moment, match }) => {
    const prefix = `restore-${restoreMoments.findIndex((candidate) => candidate.moment === moment)}`;
    const producer = await runner(`producer-${prefix}`, prefix);
    expect((await runCliProcess(download(producer, MODEL), producer.env)).code).toBe(0);

    const r = await runner(`restorer-${prefix}`, prefix);
    store.clearFaults();
    store.requests.length = 0;
    store.inject({ fault: { kind: 'stall' }, count: 1, match });
    const killed = await runAndKillWhen({ args: download(r, MODEL), env: r.env, ready: stalled });
    store.clearFaults();
    expect(killed.killed).toBe(true);
    // The output dir claims a result only once the whole restored dir was validated and swapped in.
    const after = await hashTree(outputDir(r)).catch(() => ({}) as Record<string, string>);
    expect(after['model_metadata.json']).toBeUndefined();

    const again = await runCliProcess(download(r, MODEL, ['--json']), r.env);
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({ cacheHit: true, source: 's3' });
    expect(withoutMetadata(await hashTree(outputDir(r)))).toEqual(clean);
    expect(await leftoversAround(outputDir(r))).toEqual([]);
  });

  test('model download taking an earlier revision\'s files from the store killed mid-way; no false hit, and its re-run ends identical to a clean download of the new revision', async () => {
    const prefix = 'nearest';
    const producer = await runner('nearest-producer', prefix);
    expect((await runCliProcess(download(producer, MOVING), producer.env)).code).toBe(0);
    hub.commit({ name: MOVING, files: { 'config.json': '{"model_type":"bert","hidden_size":8,"moved":true}' } });
    const reference = await makeRunner({ root: tmp.path, name: 'clean-moved', env: { HF_ENDPOINT: hub.url } });
    expect((await runCliProcess(download(reference, MOVING), reference.env)).code).toBe(0);
    cleanMoved = withoutMetadata(await hashTree(outputDir(reference)));

    const r = await runner('nearest-restorer', prefix);
    store.clearFaults();
    store.requests.length = 0;
    // The second blob download: model_metadata.json of the earlier revision is the first.
    let blobGets = 0;
    store.inject({ fault: { kind: 'stall' }, count: 1, match: (method, path) => method === 'GET' && path.includes('/blobs/') && ++blobGets === 2 });
    const killed = await runAndKillWhen({ args: download(r, MOVING), env: r.env, ready: stalled });
    store.clearFaults();
    expect(killed.killed).toBe(true);
    expect((await hashTree(outputDir(r)).catch(() => ({}) as Record<string, string>))['model_metadata.json']).toBeUndefined();

    const again = await runCliProcess(download(r, MOVING, ['--json']), r.env);
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({ cacheHit: false, source: 'hub', nearest: { source: 's3' } });
    expect(withoutMetadata(await hashTree(outputDir(r)))).toEqual(cleanMoved);
    expect(await leftoversAround(outputDir(r))).toEqual([]);
  });
});
