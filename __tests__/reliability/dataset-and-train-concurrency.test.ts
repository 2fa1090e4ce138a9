import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess, type CliRun } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { CAPPED_BANDWIDTH, commitReviewDataset, lastingDatasetMetadata, readDatasetMetadata } from './dataset-fixture.js';
import { runAndKillWhen } from './kill-when.js';
import { leftoversAround, waitForProcessesToEnd } from './leftovers.js';
import { CONCURRENCY_PROMISE } from './promise-titles.js';
import { lastingTrainingMetadata, readTrainingMetadata, trainArgs, withoutTrainingMetadata, writeTrainingData } from './train-workspace.js';

const DATASET = 'concurrent/reviews';
const RUNS = 4;
let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  hub = await startHubEmulator();
  commitReviewDataset(hub, DATASET);
  tmp = await makeTempDir('me-concurrency-steps-');
});
afterAll(async () => {
  await hub.close();
  await tmp.cleanup();
});

/** One run did the work, the others waited for it and then hit; and they all report the same key. */
function expectOneProducerAndWaitingHits(runs: CliRun[]) {
  expect(runs.map((run) => run.code)).toEqual(Array(RUNS).fill(0));
  expect(runs.filter((run) => run.json!.cacheHit === false)).toHaveLength(1);
  expect(runs.filter((run) => run.json!.cacheHit === true).map((run) => run.json!.source)).toEqual(Array(RUNS - 1).fill('disk'));
  expect(runs.some((run) => run.stderr.includes('Another run is writing'))).toBe(true);
  expect(new Set(runs.map((run) => run.json!.key)).size).toBe(1);
}

describe(CONCURRENCY_PROMISE, () => {
  test('4 dataset downloads into one dir at once: one downloads, three wait and hit; each parquet range fetched once', async () => {
    const env = { HF_ENDPOINT: hub.url };
    const reference = join(tmp.path, 'dataset-reference');
    expect((await runCliProcess(['dataset', 'download', '--name', DATASET, '--output-dir', reference], env)).code).toBe(0);

    const out = join(tmp.path, 'dataset-shared');
    hub.requests.length = 0;
    // About a second of download, so the other runs start while the first one holds the lock.
    hub.setBandwidth(CAPPED_BANDWIDTH);
    const runs = await Promise.all(Array.from({ length: RUNS }, () => runCliProcess(['dataset', 'download', '--name', DATASET, '--output-dir', out, '--json'], env)));
    hub.setBandwidth(0);
    expectOneProducerAndWaitingHits(runs);

    // Every byte range of every parquet file was served once (to the one run that downloaded), and the
    // conversion was listed once: the waiting runs asked the Hub nothing but which commit main is.
    const duplicates = (items: string[]) => items.filter((item, index) => items.indexOf(item) !== index);
    const served = hub.requests.filter((r) => r.host === 'cdn' && r.file?.endsWith('.parquet') && r.method === 'GET' && (r.status === 200 || r.status === 206));
    const ranges = served.map((r) => `${r.file} ${r.range ?? 'whole'}`);
    expect(ranges.length).toBeGreaterThan(0);
    expect(duplicates(ranges)).toEqual([]);
    const revisionOfMain = `/api/datasets/${DATASET}/revision/main`;
    expect(hub.requests.filter((r) => r.path === revisionOfMain)).toHaveLength(RUNS);
    expect(duplicates(hub.requests.filter((r) => r.host === 'hub' && r.path !== revisionOfMain).map((r) => `${r.path} ${r.range ?? ''}`))).toEqual([]);

    expect(lastingDatasetMetadata(await readDatasetMetadata(out))).toEqual(lastingDatasetMetadata(await readDatasetMetadata(reference)));
    expect(await hashTree(out, ['metadata.json'])).toEqual(await hashTree(reference, ['metadata.json']));
    expect(await leftoversAround(out)).toEqual([]);
  });

  test('4 trainings of one config into one dir at once: the trainer runs once, three wait and hit', async () => {
    const data = await writeTrainingData(join(tmp.path, 'train-workspace'));
    const referenceDir = join(tmp.path, 'train-reference');
    expect((await runCliProcess(trainArgs({ data, outputDir: referenceDir, epochs: 2 }), {})).code).toBe(0);

    const out = join(tmp.path, 'train-shared');
    const countFile = join(tmp.path, 'trainer-invocations.txt');
    // About a second of training, so the other runs start while the first one holds the lock.
    const env = { PROGRESSIVE_TRAINER_STEP_MS: '100', PROGRESSIVE_TRAINER_COUNT_FILE: countFile };
    const runs = await Promise.all(Array.from({ length: RUNS }, () => runCliProcess([...trainArgs({ data, outputDir: out, epochs: 2 }), '--json'], env)));
    expectOneProducerAndWaitingHits(runs);
    expect((await readFile(countFile, 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);

    expect(withoutTrainingMetadata(await hashTree(out))).toEqual(withoutTrainingMetadata(await hashTree(referenceDir)));
    expect(lastingTrainingMetadata(await readTrainingMetadata(out))).toEqual(lastingTrainingMetadata(await readTrainingMetadata(referenceDir)));
    expect(await leftoversAround(out)).toEqual([]);
  });

  test('a lock left by a training killed mid-run, on a slow filesystem: 4 runs recover it at once, and only one of them trains', async () => {
    const data = await writeTrainingData(join(tmp.path, 'dead-owner-workspace'));
    const referenceDir = join(tmp.path, 'dead-owner-reference');
    expect((await runCliProcess(trainArgs({ data, outputDir: referenceDir, epochs: 2 }), {})).code).toBe(0);
    const reference = withoutTrainingMetadata(await hashTree(referenceDir));

    // SIGKILL a training while its trainer runs: the lock it held stays behind, naming a pid that no longer runs.
    const killedDir = join(tmp.path, 'dead-owner-0');
    const pidFile = join(tmp.path, 'dead-owner-trainer-pids.txt');
    // Its own TMPDIR: a killed training leaves its trainer scratch dir there (see train-crash.test.ts).
    const tempDir = join(tmp.path, 'dead-owner-tmpdir');
    await mkdir(tempDir);
    const killed = await runAndKillWhen({
      args: trainArgs({ data, outputDir: killedDir, epochs: 2 }),
      env: { PROGRESSIVE_TRAINER_STEP_MS: '200', PROGRESSIVE_TRAINER_PID_FILE: pidFile, TMPDIR: tempDir },
      ready: () => stat(pidFile).then(() => true, () => false),
    });
    expect(killed.killed).toBe(true);
    const trainerPids = (await readFile(pidFile, 'utf8')).split('\n').filter(Boolean).map(Number);
    expect(await waitForProcessesToEnd(trainerPids, 15_000)).toEqual([]);
    const deadOwner = await readFile(join(`${killedDir}.lock`, 'owner.json'), 'utf8');
    expect(JSON.parse(deadOwner)).toMatchObject({ pid: expect.any(Number), hostname: expect.any(String) });

    // That lock, then the same dead owner's lock on two more fresh output dirs: three rounds of 4 runs at once.
    const rounds: { invocations: number; codes: number[]; misses: number; identical: boolean; leftovers: string[] }[] = [];
    for (let round = 0; round < 3; round++) {
      const out = join(tmp.path, `dead-owner-${round}`);
      await mkdir(`${out}.lock`, { recursive: true });
      // A network filesystem takes milliseconds per file operation; trailing whitespace (still the same JSON) makes
      // reading the owner file take about as long here (~100 ms), so the runs' checks of the dead owner overlap as
      // they do there.
      await writeFile(join(`${out}.lock`, 'owner.json'), Buffer.concat([Buffer.from(deadOwner), Buffer.alloc(50 * 1024 * 1024, 0x20)]));
      const countFile = join(tmp.path, `dead-owner-invocations-${round}.txt`);
      const env = { PROGRESSIVE_TRAINER_STEP_MS: '50', PROGRESSIVE_TRAINER_COUNT_FILE: countFile };
      const runs = await Promise.all(Array.from({ length: RUNS }, () => runCliProcess([...trainArgs({ data, outputDir: out, epochs: 2 }), '--json'], env)));
      rounds.push({
        invocations: (await readFile(countFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
        codes: runs.map((run) => run.code),
        misses: runs.filter((run) => run.json?.cacheHit === false).length,
        identical: JSON.stringify(withoutTrainingMetadata(await hashTree(out))) === JSON.stringify(reference),
        leftovers: await leftoversAround(out),
      });
    }
    expect(rounds).toEqual(Array(3).fill({ invocations: 1, codes: Array(RUNS).fill(0), misses: 1, identical: true, leftovers: [] }));
  });
});
