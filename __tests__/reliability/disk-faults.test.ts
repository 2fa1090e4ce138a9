/**
 * Disk full and read-only destinations, on real filesystems: output dirs on a tmpfs mounted too small for the result
 * (ENOSPC) and on a mount remounted read-only (EROFS). Needs mounting: root, or a user + mount namespace, in which
 * `npm run test:reliability` runs the suite for a normal user when the system allows it. Where mounting is not
 * permitted the cases skip, saying why in one line. Every mount is unmounted in a finally.
 *
 * Disk full → exit 1 (the invocation was right; the machine lacked space), one line that says the disk is full and
 * names the output dir, nothing recorded, and a later run on a big enough disk does the work and validates; train
 * leaves the previous output dir as it was. Read-only → exit 2: an output dir that cannot be written is a wrong
 * invocation like one that is a regular file (issue 7 lists "an output dir that is … unwritable" among bad input),
 * and no retry helps until another dir is given; one line naming the dir, nothing recorded.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { reviewConversion } from '../../emulators/tiny-dataset.js';
import { tinyEncoderFiles } from '../../emulators/tiny-encoder.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { jsonlRows } from '../fixtures/train-workspace.js';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess, type CliRun } from '../helpers/run-cli.js';

const MODEL = 'disk/big-bert';
const DATASET = 'disk/reviews';
const MiB = 1024 * 1024;
const root = mkdtempSync(join(tmpdir(), 'me-disk-faults-'));
const mounted = new Set<string>();
let hub: HubEmulator;
let env: Record<string, string>;
let trainer: string;

/**
 * A --run trainer for these tests (env knobs, outside the train key): DISK_TRAINER_WEIGHTS=overflow writes weights of
 * DISK_TRAINER_BYTES at once (it dies of ENOSPC on a small disk), =fill writes until the disk is full and exits 0 (so
 * the next write, ours, meets ENOSPC), anything else writes small weights.
 */
const TRAINER_SOURCE = `
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
const out = process.env.ME_OUTPUT_DIR;
writeFileSync(process.env.ME_METRICS_FILE, JSON.stringify({ eval_accuracy: 0.5 }));
writeFileSync(out + '/config.json', JSON.stringify({ model_type: 'bert', epochs: process.env.ME_EPOCHS }));
writeFileSync(out + '/tokenizer.json', '{}');
writeFileSync(out + '/vocab.txt', '[UNK]\\n');
const mode = process.env.DISK_TRAINER_WEIGHTS;
if (mode === 'overflow') writeFileSync(out + '/model.safetensors', Buffer.alloc(Number(process.env.DISK_TRAINER_BYTES), 1));
else if (mode === 'fill') {
  const fd = openSync(out + '/model.safetensors', 'w');
  const page = Buffer.alloc(4096, 1);
  try { for (;;) writeSync(fd, page); } catch (error) { if (error.code !== 'ENOSPC') throw error; }
  closeSync(fd);
} else writeFileSync(out + '/model.safetensors', Buffer.alloc(64, 1));
`;

function sh(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stderr ?? ''}${result.stdout ?? ''}${result.error?.message ?? ''}`.trim() };
}

/** Why this process cannot mount a tmpfs ('' when it can): the probe mounts one and unmounts it. */
function cannotMount(): string {
  const probe = join(root, 'probe');
  sh('mkdir', ['-p', probe]);
  const mounted = sh('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (!mounted.ok) return process.env.ME_NO_MOUNT_REASON ?? `mount -t tmpfs failed (${mounted.output.split('\n')[0]}), uid ${process.getuid?.()}`;
  sh('umount', [probe]);
  return '';
}
const noMount = cannotMount();
if (noMount !== '') {
  process.stderr.write(`disk-faults: skipping every case: they mount tmpfs filesystems, which needs root or a user + mount namespace (${noMount}); run \`npm run test:reliability\` or sudo\n`);
}

/** A fresh tmpfs of `bytes` at `dir`; fails the test with what to do when this machine does not allow mounting. */
async function mountTmpfs(dir: string, bytes: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const result = sh('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]);
  if (!result.ok) throw new Error(`mount -t tmpfs -o size=${bytes} tmpfs ${dir} failed (${result.output})`);
  mounted.add(dir);
  return dir;
}

// With the source given, mount(8) passes only these options: it does not read back the mount's uid=/gid=, which
// inside a user namespace are host ids the kernel refuses (EINVAL).
function remount(dir: string, options: string): void {
  const result = sh('mount', ['-o', `remount,${options}`, 'tmpfs', dir]);
  if (!result.ok) throw new Error(`mount -o remount,${options} ${dir} failed (${result.output})`);
}

function unmount(dir: string): void {
  if (!mounted.has(dir)) return;
  if (!sh('umount', [dir]).ok) sh('umount', ['-l', dir]);
  mounted.delete(dir);
}

/** Run `work` with a tmpfs of `bytes` at a new dir under the test root, unmounted afterwards whatever happens. */
async function withTmpfs(name: string, bytes: number, work: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mountTmpfs(join(root, name), bytes);
  try {
    await work(dir);
  } finally {
    unmount(dir);
  }
}

/** The CLI bundle as a user runs it (its messages exactly as a user sees them). */
const cli = (argv: string[], extraEnv: Record<string, string> = {}) => runCliProcess(argv, { ...env, ...extraEnv }, { cwd: root });

const lines = (run: CliRun) => run.stderr.split('\n').filter((line) => line.trim() !== '');

/** A failed run in one object, so a failing case shows all of it: its code, its ✗ lines, and whether the last line is one. */
const failure = (run: CliRun) => ({ code: run.code, failures: lines(run).filter((line) => line.startsWith('✗')), lastLineIsTheFailure: lines(run).at(-1)?.startsWith('✗') ?? false });

const diskFull = (dir: string) => new RegExp(`^✗ (?=.*(ENOSPC|no space left|disk is full|disk full))(?=.*${escapeRegExp(dir)})`, 'i');
const readOnly = (dir: string) => new RegExp(`^✗ (?=.*(EROFS|read-only|not writable|cannot be written))(?=.*${escapeRegExp(dir)})`, 'i');
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Staging, backup and temp leftovers beside or inside `dir` (a failed run must clean up what it started). */
async function leftovers(dir: string): Promise<string[]> {
  const beside = (await readdir(dirname(dir)).catch(() => [] as string[])).filter((name) => name.startsWith(`.${basename(dir)}.`));
  const inside = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).map(String).filter((name) => name.endsWith('.tmp'));
  return [...beside, ...inside];
}

const modelArgs = (out: string, ...extra: string[]) => ['model', 'download', '--name', MODEL, '--output-dir', out, '--json', ...extra];
const datasetArgs = (out: string) => ['dataset', 'download', '--name', DATASET, '--output-dir', out, '--json'];
const trainArgs = (out: string, epochs = '1') => [
  'train', '--model-name', 'disk/base', '--train-data', join(root, 'train.jsonl'), '--val-data', join(root, 'val.jsonl'),
  '--output-dir', out, '--epochs', epochs, '--run', `"${process.execPath}" "${trainer}"`, '--json',
];

beforeAll(async () => {
  if (noMount !== '') return;
  hub = await startHubEmulator();
  const files = tinyModelFiles();
  files['model.safetensors'] = Buffer.alloc(2 * MiB, 7);
  hub.commit({ name: MODEL, files });
  hub.commit({ type: 'dataset', name: DATASET, files: { 'README.md': '# reviews\n' } });
  hub.commit({ name: 'disk/encoder', files: tinyEncoderFiles() });
  // About 1 MiB of JSON Lines.
  hub.setRef({ type: 'dataset', name: DATASET, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 8000 }, rowGroupSize: 1000 }) });
  env = { HF_ENDPOINT: hub.url, ME_HTTP_BACKOFF_MS: '10' };
  trainer = join(root, 'disk-trainer.mjs');
  await writeFile(trainer, TRAINER_SOURCE);
  await writeFile(join(root, 'train.jsonl'), jsonlRows(20));
  await writeFile(join(root, 'val.jsonl'), jsonlRows(6, 3));
});
afterAll(async () => {
  for (const dir of [...mounted]) unmount(dir);
  await hub?.close();
  await rm(root, { recursive: true, force: true });
});

const exists = (path: string) => stat(path).then(() => true, () => false);
const hitOrMiss = (run: CliRun) => ({ code: run.code, cacheHit: run.json?.cacheHit });

/*
 * Each case observes everything first and asserts once, so a failing case shows every part of the promise that
 * broke, not only the first.
 */
(noMount === '' ? describe : describe.skip)('Disk full and read-only destinations: a clear error, no partial result recorded', () => {
  test('model download onto a disk too small → exit 1 saying the disk is full and where, nothing recorded; on a bigger disk it downloads and validates', async () => {
    await withTmpfs('model-full', 512 * 1024, async (disk) => {
      const out = join(disk, 'model');
      hub.requests.length = 0;
      const run = await cli(modelArgs(out));
      const observed = {
        ...failure(run),
        // A full disk is not a network fault: fetching the weights again cannot help.
        weightsFetched: hub.fileDownloads('model.safetensors'),
        metadataRecorded: await exists(join(out, 'model_metadata.json')),
        leftovers: await leftovers(out),
      };
      remount(disk, `size=${16 * MiB}`);
      const onBiggerDisk = [hitOrMiss(await cli(modelArgs(out))), hitOrMiss(await cli(modelArgs(out)))];
      expect({ ...observed, onBiggerDisk }).toEqual({
        code: 1,
        failures: [expect.stringMatching(diskFull(out))],
        lastLineIsTheFailure: true,
        weightsFetched: 1,
        metadataRecorded: false,
        leftovers: [],
        onBiggerDisk: [{ code: 0, cacheHit: false }, { code: 0, cacheHit: true }],
      });
    });
  });

  test('dataset download onto a disk too small → exit 1 saying the disk is full and where, nothing recorded; on a bigger disk it downloads and validates', async () => {
    await withTmpfs('dataset-full', 256 * 1024, async (disk) => {
      const out = join(disk, 'data');
      const run = await cli(datasetArgs(out));
      const observed = {
        ...failure(run),
        metadataRecorded: await exists(join(out, 'metadata.json')),
        partialSplitBytes: await stat(join(out, 'train', 'data.jsonl')).then((info) => info.size, () => undefined),
        leftovers: await leftovers(out),
      };
      remount(disk, `size=${16 * MiB}`);
      const onBiggerDisk = [hitOrMiss(await cli(datasetArgs(out))), hitOrMiss(await cli(datasetArgs(out)))];
      const { partialSplitBytes, ...rest } = observed;
      const completeBytes = await stat(join(out, 'train', 'data.jsonl')).then((info) => info.size, () => 0);
      // The split file must never sit under its final name unless whole (jsonl-split-writer.ts promises as much).
      const splitFileLeft = partialSplitBytes === undefined ? false : `train/data.jsonl left with ${partialSplitBytes} of its ${completeBytes} bytes`;
      expect({ ...rest, splitFileLeft, onBiggerDisk }).toEqual({
        code: 1,
        failures: [expect.stringMatching(diskFull(out))],
        lastLineIsTheFailure: true,
        metadataRecorded: false,
        splitFileLeft: false,
        leftovers: [],
        onBiggerDisk: [{ code: 0, cacheHit: false }, { code: 0, cacheHit: true }],
      });
    });
  });

  test('train --run whose trainer runs out of disk → exit 1 saying the disk is full and where; the previous output dir is left as it was; on a bigger disk it trains and validates', async () => {
    await withTmpfs('train-overflow', 1 * MiB, async (disk) => {
      const out = join(disk, 'trained');
      expect(hitOrMiss(await cli(trainArgs(out, '1')))).toEqual({ code: 0, cacheHit: false });
      const previous = await hashTree(out);
      const overflow = { DISK_TRAINER_WEIGHTS: 'overflow', DISK_TRAINER_BYTES: String(4 * MiB) };
      const run = await cli(trainArgs(out, '2'), overflow);
      const observed = {
        ...failure(run),
        previousLeftAsItWas: JSON.stringify(await hashTree(out)) === JSON.stringify(previous),
        leftovers: await leftovers(out),
        previousStillAHit: hitOrMiss(await cli(trainArgs(out, '1'))),
      };
      remount(disk, `size=${16 * MiB}`);
      const onBiggerDisk = [hitOrMiss(await cli(trainArgs(out, '2'), overflow)), hitOrMiss(await cli(trainArgs(out, '2')))];
      expect({ ...observed, onBiggerDisk }).toEqual({
        code: 1,
        failures: [expect.stringMatching(diskFull(out))],
        lastLineIsTheFailure: true,
        previousLeftAsItWas: true,
        leftovers: [],
        previousStillAHit: { code: 0, cacheHit: true },
        onBiggerDisk: [{ code: 0, cacheHit: false }, { code: 0, cacheHit: true }],
      });
    });
  });

  test('train --run whose trainer fills the disk: either our own writes meet ENOSPC (exit 1 saying so, the previous output left as it was) or the finished training is recorded whole — never a partial result', async () => {
    await withTmpfs('train-fill', 1 * MiB, async (disk) => {
      const out = join(disk, 'trained');
      expect(hitOrMiss(await cli(trainArgs(out, '1')))).toEqual({ code: 0, cacheHit: false });
      const previous = await hashTree(out);
      const run = await cli(trainArgs(out, '2'), { DISK_TRAINER_WEIGHTS: 'fill' });
      // Replacing the output dir frees the previous training's space, so whether our metadata write still meets a
      // full disk depends on sizes; both outcomes are correct, a half-recorded one never is.
      if (run.code === 0) {
        expect({ leftovers: await leftovers(out), newTrainingIsAHit: hitOrMiss(await cli(trainArgs(out, '2'))) }).toEqual({
          leftovers: [],
          newTrainingIsAHit: { code: 0, cacheHit: true },
        });
        return;
      }
      expect({
        ...failure(run),
        previousLeftAsItWas: JSON.stringify(await hashTree(out)) === JSON.stringify(previous),
        leftovers: await leftovers(out),
        previousStillAHit: hitOrMiss(await cli(trainArgs(out, '1'))),
      }).toEqual({
        code: 1,
        failures: [expect.stringMatching(diskFull(out))],
        lastLineIsTheFailure: true,
        previousLeftAsItWas: true,
        leftovers: [],
        previousStillAHit: { code: 0, cacheHit: true },
      });
    });
  });

  test.each([
    { step: 'model download', args: modelArgs, metadata: 'model_metadata.json' },
    { step: 'dataset download', args: datasetArgs, metadata: 'metadata.json' },
    { step: 'train --run', args: (out: string) => trainArgs(out), metadata: 'training_metadata.json' },
  ])('$step into a read-only mount → exit 2, one line naming the dir and saying it is read-only, nothing recorded', async ({ args, metadata }) => {
    await withTmpfs(`read-only-${metadata}`, 4 * MiB, async (disk) => {
      remount(disk, 'ro');
      const out = join(disk, 'out');
      const run = await cli(args(out));
      expect({ ...failure(run), stdout: run.stdout, written: await readdir(disk), metadataRecorded: await exists(join(out, metadata)) }).toEqual({
        code: 2,
        failures: [expect.stringMatching(readOnly(out))],
        lastLineIsTheFailure: true,
        stdout: '',
        written: [],
        metadataRecorded: false,
      });
    });
  });

  test('a valid model download on a mount that became read-only is still a hit; a changed request there fails with exit 2 and leaves it as it was', async () => {
    await withTmpfs('read-only-cached', 8 * MiB, async (disk) => {
      const out = join(disk, 'model');
      expect(hitOrMiss(await cli(modelArgs(out)))).toEqual({ code: 0, cacheHit: false });
      const before = await hashTree(disk);
      remount(disk, 'ro');
      const hit = hitOrMiss(await cli(modelArgs(out)));
      const changed = await cli(modelArgs(out, '--include', '*.json'));
      const observed = { hit, changed: failure(changed), leftAsItWas: JSON.stringify(await hashTree(disk)) === JSON.stringify(before) };
      remount(disk, 'rw');
      expect({ ...observed, hitAfterwards: hitOrMiss(await cli(modelArgs(out))) }).toEqual({
        hit: { code: 0, cacheHit: true },
        changed: { code: 2, failures: [expect.stringMatching(readOnly(out))], lastLineIsTheFailure: true },
        leftAsItWas: true,
        hitAfterwards: { code: 0, cacheHit: true },
      });
    });
  });

  test('the built-in trainer with --model-name alone, its output dir on a read-only mount → exit 2 naming the --output-dir given, then the base model dir derived from it', async () => {
    await withTmpfs('read-only-base-model', 4 * MiB, async (disk) => {
      remount(disk, 'ro');
      const out = join(disk, 'ft');
      const run = await cli(['train', '--model-name', 'disk/encoder', '--train-data', join(root, 'train.jsonl'), '--val-data', join(root, 'val.jsonl'), '--output-dir', out, '--json']);
      expect({ ...failure(run), written: await readdir(disk) }).toEqual({
        code: 2,
        failures: [expect.stringContaining(`✗ --output-dir ${out}: its base model dir ${join(disk, '.base-models', 'disk--encoder')} is not writable (EROFS: read-only file system)`)],
        lastLineIsTheFailure: true,
        written: [],
      });
    });
  });
});
