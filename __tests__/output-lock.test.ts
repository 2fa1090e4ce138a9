import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { withOutputLock, withOutputLockIfFree } from '../src/core/output-lock.js';
import { silentReporter, type Reporter } from '../src/core/reporter.js';
import { makeTempDir } from './helpers/temp-dir.js';

/**
 * The two ways to take an output dir's lock share one lock dir: withOutputLock (proper-lockfile, waits) and
 * withOutputLockIfFree (one mkdir, for a hit's bookkeeping, never waits). Each must see the other's lock.
 */
let temp: { path: string; cleanup: () => Promise<void> };
let outputDir: string;
beforeEach(async () => {
  temp = await makeTempDir('me-output-lock-');
  outputDir = join(temp.path, 'models', 'ft');
  await mkdir(outputDir, { recursive: true });
});
afterEach(() => temp.cleanup());

const exists = (path: string) => stat(path).then(() => true, () => false);

describe('withOutputLockIfFree', () => {
  test('a free dir: the work runs under the lock dir, which is gone afterwards', async () => {
    const result = await withOutputLockIfFree({ outputDir, work: async () => exists(`${outputDir}.lock`) });
    expect(result).toBe(true);
    expect(await exists(`${outputDir}.lock`)).toBe(false);
  });

  test('while a step holds the lock (proper-lockfile), no work is done and nothing waits', async () => {
    let ran = false;
    const inside = await withOutputLock({
      outputDir,
      reporter: silentReporter,
      work: () => withOutputLockIfFree({ outputDir, work: async () => (ran = true) }),
    });
    expect({ inside, ran }).toEqual({ inside: undefined, ran: false });
    // The step's lock is released as usual, so the next bookkeeping runs.
    expect(await withOutputLockIfFree({ outputDir, work: async () => 'ran' })).toBe('ran');
  });

  test('a step that starts while the bookkeeping holds the lock waits for it, then takes the lock', async () => {
    const notices: string[] = [];
    const reporter: Reporter = { ...silentReporter, notice: (message) => notices.push(message) };
    const order: string[] = [];
    let step: Promise<void> | undefined;
    await withOutputLockIfFree({
      outputDir,
      work: async () => {
        order.push('bookkeeping starts');
        step = withOutputLock({ outputDir, reporter, work: async () => void order.push('step runs') });
        await new Promise((resolve) => setTimeout(resolve, 300));
        order.push('bookkeeping ends');
      },
    });
    await step;
    expect(order).toEqual(['bookkeeping starts', 'bookkeeping ends', 'step runs']);
    expect(notices.join('\n')).toMatch(/Another run is writing .*; waiting for it to finish/);
    expect(await exists(`${outputDir}.lock`)).toBe(false);
  });

  test('a lock dir left by a killed run: the bookkeeping is skipped; a step breaks it once past the grace time', async () => {
    const lockDir = `${outputDir}.lock`;
    await mkdir(lockDir);
    expect(await withOutputLockIfFree({ outputDir, work: async () => 'ran' })).toBeUndefined();
    // What a run killed inside withOutputLockIfFree leaves: an ownerless lock dir, here 20 s old.
    const past = new Date(Date.now() - 20_000);
    await utimes(lockDir, past, past);
    expect(await withOutputLock({ outputDir, reporter: silentReporter, work: async () => 'step' })).toBe('step');
    expect(await exists(lockDir)).toBe(false);
  });
});
