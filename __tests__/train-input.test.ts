// Bad input is exit 2 with one line saying what is wrong and what to do, before any trainer starts or any
// file is touched. The real CLI in-process, real files.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTrainWorkspace, type TrainWorkspace } from './fixtures/train-workspace.js';

let ws: TrainWorkspace;
beforeAll(async () => {
  ws = await makeTrainWorkspace();
});
afterAll(async () => ws.cleanup());

/** Exit 2, a single "✗ …" line matching `message`, no trainer run, no output dir. */
async function expectInputError(changes: Record<string, string | true | null> | string[], message: RegExp | string): Promise<void> {
  const run = await ws.run(Array.isArray(changes) ? changes : ws.args(changes));
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith('✗ ')).toBe(true);
  if (typeof message === 'string') expect(lines[0]).toContain(message);
  else expect(lines[0]).toMatch(message);
  expect(await ws.invocations()).toBe(0);
  await expect(readdir(ws.outputDir)).rejects.toThrow(/ENOENT/);
}

describe('training parameters', () => {
  const integerFlags = ['epochs', 'batch-size', 'save-steps', 'logging-steps', 'eval-steps', 'max-length', 'gradient-accumulation-steps'];
  const bad: [string, string, RegExp][] = [
    ...integerFlags.flatMap((flag): [string, string, RegExp][] => [
      [flag, '0', new RegExp(`^✗ --${flag} 0 is out of range: give a whole number from 1 to \\d+$`)],
      [flag, '-3', new RegExp(`^✗ --${flag} -3 is out of range`)],
      [flag, 'abc', new RegExp(`^✗ --${flag} "abc" is not a whole number: give one from 1 to \\d+$`)],
      [flag, 'NaN', new RegExp(`^✗ --${flag} "NaN" is not a whole number`)],
      [flag, '2.5', new RegExp(`^✗ --${flag} "2.5" is not a whole number`)],
      [flag, '99999999999', new RegExp(`^✗ --${flag} 99999999999 is out of range`)],
    ]),
    ['epochs', '1e9', /^✗ --epochs "1e9" is not a whole number: give one from 1 to 10000$/],
    ['epochs', '1000000000', /^✗ --epochs 1000000000 is out of range: give a whole number from 1 to 10000$/],
    ['warmup-steps', '-1', /^✗ --warmup-steps -1 is out of range: give a whole number from 0 to \d+$/],
    ['seed', '-1', /^✗ --seed -1 is out of range: give a whole number from 0 to 4294967295$/],
    ['seed', '4294967296', /^✗ --seed 4294967296 is out of range/],
    ['learning-rate', '0', /^✗ --learning-rate 0 is out of range: give a number greater than 0 and at most 1$/],
    ['learning-rate', '-5e-5', /^✗ --learning-rate -5e-5 is out of range/],
    ['learning-rate', '5', /^✗ --learning-rate 5 is out of range/],
    ['learning-rate', 'fast', /^✗ --learning-rate "fast" is not a number: give one greater than 0 and at most 1, e\.g\. 5e-5$/],
    ['learning-rate', 'NaN', /^✗ --learning-rate "NaN" is not a number/],
    ['learning-rate', 'Infinity', /^✗ --learning-rate "Infinity" is not a number/],
  ];
  test.each(bad)('--%s=%s', async (flag, value, message) => {
    // The = form is how a value starting with "-" must be written; the others work either way.
    await expectInputError([...ws.args({ [flag]: null }), `--${flag}=${value}`], message);
  });

  test('a negative value written as a separate argument is checked as a value: the range is said at once', async () => {
    await expectInputError({ epochs: '-3' }, /^✗ --epochs -3 is out of range: give a whole number from 1 to 10000$/);
  });

  test('--fp16 is a switch and takes no value', async () => {
    await expectInputError({ fp16: 'yes' }, /^✗ --fp16 takes no value: give --fp16 alone to turn it on, or leave it out for off/);
  });
});

describe('files and directories', () => {
  test.each<[string, Record<string, string | true | null>, RegExp | string]>([
    ['no --model-name', { 'model-name': null }, '✗ --model-name is required: give a Hub repo id'],
    ['a bad --model-name', { 'model-name': 'a//b' }, /^✗ --model-name "a\/\/b" is not a valid Hub repo id/],
    ['no --train-data', { 'train-data': null }, '✗ --train-data is required: give the JSONL file to train on'],
    ['no --val-data', { 'val-data': null }, '✗ --val-data is required: give the JSONL file to evaluate on'],
    ['no --output-dir', { 'output-dir': null }, '✗ --output-dir is required: give the directory the trained model goes into'],
    ['a missing --train-data file', { 'train-data': './data/nope.jsonl' }, '✗ --train-data ./data/nope.jsonl does not exist: give a JSONL file with one JSON object per line'],
    ['a directory as --val-data', { 'val-data': './data' }, '✗ --val-data ./data is a directory: give the JSONL file itself, e.g. ./data/data.jsonl'],
    ['an empty --run', { run: ' ' }, '✗ --run must not be empty'],
    ['a missing --model-path', { 'model-path': './models/base' }, '✗ --model-path ./models/base does not exist: give the directory model download wrote the base model into'],
    ['the working directory as --output-dir', { 'output-dir': '.' }, '✗ --output-dir . is the working directory or one of its parents, which training would replace'],
    ['a parent of the working directory', { 'output-dir': '..' }, '✗ --output-dir .. is the working directory or one of its parents'],
    ['an --output-dir holding the data', { 'output-dir': './data' }, '✗ --output-dir ./data contains --train-data, which training would replace: put the trained model in a directory of its own'],
    ['an unknown option', { epoch: '3' }, /^✗ Unknown option --epoch: see model-experiments train --help$/],
  ])('%s', async (_, changes, message) => {
    await expectInputError(changes, message);
  });

  test('an existing dir of other files is refused and left untouched', async () => {
    await mkdir(ws.outputDir, { recursive: true });
    await writeFile(join(ws.outputDir, 'notes.txt'), 'mine');
    const run = await ws.run(ws.args());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('✗ --output-dir ./models/fine-tuned already holds files but no training_metadata.json (it was not written by train), and training would replace it: give an empty or new directory; nothing was changed');
    expect(await readFile(join(ws.outputDir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await ws.invocations()).toBe(0);
  });

  test('--help lists every option', async () => {
    const run = await ws.run(['train', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--model-name', '--model-path', '--train-data', '--val-data', '--output-dir', '--epochs', '--batch-size', '--learning-rate', '--warmup-steps',
      '--save-steps', '--logging-steps', '--eval-steps', '--max-length', '--gradient-accumulation-steps', '--fp16', '--seed', '--run', '--force', '--plan', '--json']) {
      expect(run.stdout).toContain(flag);
    }
  });
});
