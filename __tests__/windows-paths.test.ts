/**
 * One checkout, one train key, on a Windows runner as on a Linux one: the relative-path logic that puts dataset,
 * base model and code file paths into the key, run with node's path.win32 and path.posix (the modules a Windows and
 * a Linux node use), on the same checkout as each OS spells it.
 */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { fingerprint } from '../src/core/fingerprint.js';
import { DEFAULT_TRAINING_PARAMETERS } from '../src/trainers/trainer.js';
import { isInside } from '../src/steps/train/code-files.js';
import { trainKeyComponents } from '../src/steps/train/train-key.js';
import { requestPath } from '../src/steps/train/train-request.js';

const WINDOWS_CHECKOUT = 'D:\\a\\repo\\repo';
const LINUX_CHECKOUT = '/home/runner/work/repo/repo';

describe('paths as the key records them', () => {
  test.each([
    // [given on Windows, given on Linux, key path]
    ['data\\train.jsonl', 'data/train.jsonl', './data/train.jsonl'],
    ['.\\data\\train.jsonl', './data/train.jsonl', './data/train.jsonl'],
    ['./data/train.jsonl', './data/train.jsonl', './data/train.jsonl'],
    ['data\\sub\\..\\train.jsonl', 'data/sub/../train.jsonl', './data/train.jsonl'],
    ['models\\base', 'models/base', './models/base'],
    ['.', '.', '.'],
  ])('%s on Windows and %s on Linux are both %s', (windows, linux, key) => {
    expect(requestPath(windows, WINDOWS_CHECKOUT, path.win32).keyPath).toBe(key);
    expect(requestPath(linux, LINUX_CHECKOUT, path.posix).keyPath).toBe(key);
  });

  test('absolute paths inside the checkout, as Windows tools write them (either slash, any drive-letter case) are relative in the key', () => {
    for (const given of ['D:\\a\\repo\\repo\\data\\train.jsonl', 'D:/a/repo/repo/data/train.jsonl', 'd:\\a\\repo\\repo\\data\\train.jsonl']) {
      expect([given, requestPath(given, WINDOWS_CHECKOUT, path.win32).keyPath]).toEqual([given, './data/train.jsonl']);
    }
    // A glob walker's absolute match (tinyglobby answers with forward slashes on Windows).
    expect(requestPath('D:/a/repo/repo/src/train.py', WINDOWS_CHECKOUT, path.win32)).toEqual({ absolute: 'D:\\a\\repo\\repo\\src\\train.py', keyPath: './src/train.py' });
  });

  test('a path outside the checkout (another drive, a parent dir) stays absolute, in the platform spelling', () => {
    expect(requestPath('E:\\datasets\\train.jsonl', WINDOWS_CHECKOUT, path.win32).keyPath).toBe('E:\\datasets\\train.jsonl');
    expect(requestPath('..\\shared\\train.jsonl', WINDOWS_CHECKOUT, path.win32).keyPath).toBe('D:\\a\\repo\\shared\\train.jsonl');
    expect(requestPath('../shared/train.jsonl', LINUX_CHECKOUT, path.posix).keyPath).toBe('/home/runner/work/repo/shared/train.jsonl');
  });

  test('the whole train key of one checkout is the same on both', () => {
    const keyOf = (paths: typeof path.win32, cwd: string, spell: (p: string) => string) =>
      fingerprint(
        trainKeyComponents({
          modelName: 'org/base',
          modelPath: requestPath(spell('models/base'), cwd, paths).keyPath,
          datasets: {
            train: { path: requestPath(spell('data/train.jsonl'), cwd, paths).keyPath, sha256: 'a'.repeat(64) },
            val: { path: requestPath(spell('data/val.jsonl'), cwd, paths).keyPath, sha256: 'b'.repeat(64) },
          },
          parameters: DEFAULT_TRAINING_PARAMETERS,
          trainer: { kind: 'command', command: 'python scripts/train.py' },
          codeFiles: [{ path: requestPath(spell('scripts/train.py'), cwd, paths).keyPath, role: 'trainer', sha256: 'c'.repeat(64) }],
        }),
      );
    expect(keyOf(path.win32, WINDOWS_CHECKOUT, (p) => p.replaceAll('/', '\\'))).toBe(keyOf(path.posix, LINUX_CHECKOUT, (p) => p));
  });
});

describe('which files are inside the working directory (code files a --run command names)', () => {
  test('Windows paths: inside, the dir itself, a sibling with the same prefix, another drive, a parent', () => {
    expect(isInside(WINDOWS_CHECKOUT, 'D:\\a\\repo\\repo\\train.py', path.win32)).toBe(true);
    expect(isInside(WINDOWS_CHECKOUT, 'd:\\A\\REPO\\repo\\src\\x.py', path.win32)).toBe(true);
    expect(isInside(WINDOWS_CHECKOUT, WINDOWS_CHECKOUT, path.win32)).toBe(false);
    expect(isInside(WINDOWS_CHECKOUT, 'D:\\a\\repo\\repo-other\\train.py', path.win32)).toBe(false);
    expect(isInside(WINDOWS_CHECKOUT, 'C:\\a\\repo\\repo\\train.py', path.win32)).toBe(false);
    expect(isInside(WINDOWS_CHECKOUT, 'D:\\a\\repo\\train.py', path.win32)).toBe(false);
  });

  test('the same answers for the Linux spelling', () => {
    expect(isInside(LINUX_CHECKOUT, `${LINUX_CHECKOUT}/train.py`, path.posix)).toBe(true);
    expect(isInside(LINUX_CHECKOUT, LINUX_CHECKOUT, path.posix)).toBe(false);
    expect(isInside(LINUX_CHECKOUT, `${LINUX_CHECKOUT}-other/train.py`, path.posix)).toBe(false);
  });
});
