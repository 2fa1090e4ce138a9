// Dataset identity is the content, not the mtime: a fresh checkout still hits, changed bytes retrain, and an
// unchanged stat (size + mtime + inode) is trusted without reading a byte. Real files, the real CLI in-process.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { chmod, open, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../src/core/errors.js';
import { identifyDatasetFile } from '../src/steps/train/dataset-file.js';
import { jsonlRows, makeTrainWorkspace, type TrainWorkspace } from './fixtures/train-workspace.js';

if (process.getuid?.() === 0) {
  process.stderr.write('train-identity: skipping "an unreadable but unchanged file is still a hit": root reads any file; __tests__/non-root.test.ts runs it as nobody\n');
}

let ws: TrainWorkspace;
let trainPath: string;
beforeEach(async () => {
  ws = await makeTrainWorkspace();
  trainPath = join(ws.root, 'data', 'train.jsonl');
});
afterEach(async () => ws.cleanup());

/** What `git checkout` does to an unchanged file: the same bytes in a new file (new inode), with a new mtime. */
async function checkoutAgain(path: string): Promise<void> {
  const bytes = await readFile(path);
  await writeFile(`${path}.tmp`, bytes);
  const later = new Date(Date.now() + 3_600_000);
  await utimes(`${path}.tmp`, later, later);
  await rename(`${path}.tmp`, path);
}

describe('content identity', () => {
  test('same bytes with fresh mtimes and inodes (a new checkout) is a hit, and the new stat is recorded', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    const recorded = (await ws.metadata()).datasets.train;
    await checkoutAgain(trainPath);
    await checkoutAgain(join(ws.root, 'data', 'val.jsonl'));
    const fresh = await stat(trainPath);
    expect([fresh.mtimeMs, fresh.ino]).not.toEqual([recorded.mtimeMs, recorded.ino]);

    const run = await ws.run(ws.args());
    expect(run.json).toMatchObject({ cacheHit: true, source: 'disk', reasons: [] });
    expect(await ws.invocations()).toBe(1);
    // The hit re-recorded the stat, so the next run takes the fast path again.
    const refreshed = (await ws.metadata()).datasets.train;
    expect(refreshed).toMatchObject({ sha256: recorded.sha256, mtimeMs: fresh.mtimeMs, ino: fresh.ino, size: recorded.size, rows: recorded.rows });
  });

  test('changed bytes of the same size retrain, naming the file', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    const original = await readFile(trainPath, 'utf8');
    const changed = original.replace('"label":0', '"label":1');
    expect(changed).not.toBe(original);
    expect(changed.length).toBe(original.length);
    await writeFile(trainPath, changed);
    const run = await ws.run(ws.args());
    expect(run.json).toMatchObject({ cacheHit: false, source: 'trained', reasons: ['train-data ./data/train.jsonl: content changed'] });
    expect(await ws.invocations()).toBe(2);
  });

  test('bytes of the same size that are no longer JSONL are refused (the same-size re-read scans them), nothing trained', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    const original = await readFile(trainPath, 'utf8');
    // Join the first two lines: the same size, one row fewer, and a line that is not one JSON object.
    const broken = original.replace('}\n', '} ');
    expect(broken.length).toBe(original.length);
    await writeFile(trainPath, broken);
    const run = await ws.run(ws.args());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--train-data \.\/data\/train\.jsonl line 1 /);
    expect(await ws.invocations()).toBe(1);
  });

  test('a changed validation file retrains, naming it', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    await writeFile(join(ws.root, 'data', 'val.jsonl'), jsonlRows(7, 3));
    const run = await ws.run(ws.args());
    expect(run.json!.reasons).toEqual(['val-data ./data/val.jsonl: content changed']);
    expect((await ws.metadata()).datasets.val.rows).toBe(7);
    expect((await ws.run(ws.args())).stderr).toContain('Validation samples: 7\n');
  });
});

describe('the stat fast path', () => {
  // Round seconds so that utimes can put back exactly the mtime the metadata recorded.
  const STAMP = new Date('2024-01-02T03:04:05.000Z');

  test('an unchanged size + mtime + inode is trusted without reading the file', async () => {
    await utimes(trainPath, STAMP, STAMP);
    expect((await ws.run(ws.args())).code).toBe(0);
    const recorded = (await ws.metadata()).datasets.train;
    expect(recorded.mtimeMs).toBe(STAMP.getTime());

    // Change the bytes in place (same inode, same size) and put the mtime back: only a read could notice.
    const handle = await open(trainPath, 'r+');
    const original = await handle.readFile('utf8');
    await handle.write(Buffer.from(original.replace('"label":0', '"label":1')), 0, undefined, 0);
    await handle.close();
    await utimes(trainPath, STAMP, STAMP);
    const after = await stat(trainPath);
    expect([after.size, after.mtimeMs, after.ino]).toEqual([recorded.size, recorded.mtimeMs, recorded.ino]);

    // A hit: the decision used the recorded sha256; had it read the bytes, their new hash would have retrained.
    const trusted = await ws.run(ws.args());
    expect(trusted.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(await ws.invocations()).toBe(1);

    // Any stat change (here only the mtime) makes it read the bytes, which then do not match.
    const touched = new Date(STAMP.getTime() + 1000);
    await utimes(trainPath, touched, touched);
    const reread = await ws.run(ws.args());
    expect(reread.json).toMatchObject({ cacheHit: false, reasons: ['train-data ./data/train.jsonl: content changed'] });
  });

  // Root reads any file; as root, __tests__/non-root.test.ts runs this file again as nobody, where this case runs.
  (process.getuid?.() === 0 ? test.skip : test)('an unreadable but unchanged file is still a hit (needs a non-root user)', async () => {
    expect((await ws.run(ws.args())).code).toBe(0);
    await chmod(trainPath, 0o000);
    try {
      const run = await ws.run(ws.args());
      expect(run.json).toMatchObject({ cacheHit: true });
    } finally {
      await chmod(trainPath, 0o644);
    }
  });
});

describe('JSONL checks while hashing', () => {
  const identify = (path: string) => identifyDatasetFile({ flag: '--train-data', absolutePath: path, keyPath: './t.jsonl' });
  const file = (name: string) => join(ws.root, name);

  test.each<[string, string | Buffer, RegExp]>([
    ['a CSV file', 'text,label\ngood,1\n', /^--train-data \.\/t\.jsonl line 1 is not a JSON object: give a JSONL file/],
    ['a JSON array', '[{"text": "good", "label": 1}]\n', /line 1 is not a JSON object/],
    ['pretty-printed JSON', '{\n  "text": "good"\n}\n', /line 1 is not a JSON object/],
    ['invalid JSON inside braces', '{"text": "good", "label": 1}\n{"text": oops}\n', /line 2 is not valid JSON \(/],
    ['an empty file', '', /has no rows/],
    ['blank lines only', '\n  \n\r\n', /has no rows/],
  ])('%s is an input error', async (_, content, message) => {
    await writeFile(file('t.jsonl'), content);
    const error = await identify(file('t.jsonl')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  test('rows count non-blank lines; CRLF, a BOM and a missing final newline are fine', async () => {
    await writeFile(file('t.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}\r\n\r\n{"a":2}\r\n  {"a":3}  \n{"a":4}')]));
    const identity = await identify(file('t.jsonl'));
    expect(identity).toMatchObject({ rows: 4, rehashed: true, path: './t.jsonl' });
  });

  test('lines spanning read chunks are counted and checked, beyond the first MiB too', async () => {
    const line = JSON.stringify({ text: 'x'.repeat(1000), label: 1 });
    const lines = Array.from({ length: 3000 }, () => line);
    await writeFile(file('t.jsonl'), `${lines.join('\n')}\n`);
    expect((await identify(file('t.jsonl'))).rows).toBe(3000);
    lines[2500] = 'not json';
    await writeFile(file('t.jsonl'), `${lines.join('\n')}\n`);
    await expect(identify(file('t.jsonl'))).rejects.toThrow('line 2501 is not a JSON object');
  });

  test('through the CLI: exit 2, one line, nothing trained', async () => {
    await writeFile(trainPath, 'text,label\ngood,1\n');
    const run = await ws.run(ws.args());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^✗ --train-data \.\/data\/train\.jsonl line 1 is not a JSON object: /)]);
    expect(await ws.invocations()).toBe(0);
  });
});
