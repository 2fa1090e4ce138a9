import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { hashTree } from '../helpers/hash-tree.js';
import { runCliProcess } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runAndKill, seededRandom } from './kill-harness.js';
import { leftoversAround, waitForProcessesToEnd } from './leftovers.js';
import { CRASH_PROMISE } from './promise-titles.js';
import { lastingTrainingMetadata, readTrainingMetadata, trainArgs, withoutTrainingMetadata, writeTrainingData } from './train-workspace.js';

const KILLS = 13;
/** The killed run's trainer pauses this long between writes: about a second of training. */
const STEP_MS = '100';
let tmp: { path: string; cleanup: () => Promise<void> };
let data: { train: string; val: string };
/** Config A (1 epoch) was trained into the output dir before; config B (2 epochs) is the run that gets killed. */
const clean: Record<'a' | 'b', { dir: string; files: Record<string, string>; metadata: Record<string, unknown>; key: string }> = {} as never;

beforeAll(async () => {
  tmp = await makeTempDir('me-train-crash-');
  data = await writeTrainingData(tmp.path);
  for (const [name, epochs] of [['a', 1], ['b', 2]] as const) {
    const dir = join(tmp.path, 'models', `clean-${name}`);
    const run = await runCliProcess([...trainArgs({ data, outputDir: dir, epochs }), '--json'], {});
    expect(run.code).toBe(0);
    const metadata = await readTrainingMetadata(dir);
    clean[name] = { dir, files: withoutTrainingMetadata(await hashTree(dir)), metadata: lastingTrainingMetadata(metadata), key: metadata.configHash };
  }
  expect(clean.a.key).not.toBe(clean.b.key);
});
afterAll(() => tmp.cleanup());

/** What a run that starts now would find in `out`: the dir, or (killed between the two renames of the swap) its backup. */
async function visibleResult(out: string): Promise<string> {
  const siblings = await readdir(dirname(out));
  if (siblings.includes(basename(out))) return out;
  const backup = siblings.find((name) => name.startsWith(`.${basename(out)}.previous-`));
  expect(backup).toBeDefined();
  return join(dirname(out), backup!);
}

describe(CRASH_PROMISE, () => {
  const random = seededRandom(20261204);
  // A run takes about 1.3 s (longer on a busy machine): CLI start, hashing, the trainer's ~1 s, the swap.
  const moments = Array.from({ length: KILLS }, (_, index) => ({ index, delayMs: Math.round(150 + random() * 1500) }));
  /** Each case's TMPDIR, where the CLI keeps the trainer's ME_CONFIG and metrics file while it runs. */
  const tempDirs: string[] = [];

  test.each(moments)('train --run killed at $delayMs ms, over a previous training (case $index)', async ({ index, delayMs }) => {
    const out = join(tmp.path, 'models', `case-${index}`);
    await cp(clean.a.dir, out, { recursive: true });
    const pidFile = join(tmp.path, `trainer-pids-${index}.txt`);
    const tempDir = join(tmp.path, `tmpdir-${index}`);
    await mkdir(tempDir);
    tempDirs.push(tempDir);
    const killed = await runAndKill({
      args: trainArgs({ data, outputDir: out, epochs: 2 }),
      env: { PROGRESSIVE_TRAINER_STEP_MS: STEP_MS, PROGRESSIVE_TRAINER_PID_FILE: pidFile, TMPDIR: tempDir },
      delayMs,
    });
    if (!killed.killed) expect(killed.code).toBe(0);

    // The trainer, its shell and its worker do not outlive the killed CLI (its supervisor stops them).
    const pids = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number);
    expect(await waitForProcessesToEnd(pids, 15_000)).toEqual([]);

    // The output dir is the previous training, intact, or the killed run's training, complete: never a part of one.
    const visible = await visibleResult(out);
    const metadata = await readTrainingMetadata(visible);
    const files = withoutTrainingMetadata(await hashTree(visible));
    expect([clean.a.key, clean.b.key]).toContain(metadata.configHash);
    const expected = metadata.configHash === clean.b.key ? clean.b : clean.a;
    expect(metadata.completed).toBe(true);
    expect(lastingTrainingMetadata(metadata)).toEqual(expected.metadata);
    expect(files).toEqual(expected.files);

    const rerun = await runCliProcess([...trainArgs({ data, outputDir: out, epochs: 2 }), '--json'], { TMPDIR: tempDir });
    expect(rerun.code).toBe(0);
    if (!killed.killed || metadata.configHash === clean.b.key) expect(rerun.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(withoutTrainingMetadata(await hashTree(out))).toEqual(clean.b.files);
    expect(lastingTrainingMetadata(await readTrainingMetadata(out))).toEqual(clean.b.metadata);
    expect(await leftoversAround(out)).toEqual([]);
  });

  test('no killed training leaves its trainer scratch dir (ME_CONFIG, metrics) in TMPDIR once the re-runs are done', async () => {
    expect(tempDirs).toHaveLength(KILLS);
    const left: string[] = [];
    for (const dir of tempDirs) left.push(...(await readdir(dir)).map((name) => join(basename(dir), name)));
    expect(left).toEqual([]);
  });
});
