// The trainer's code is part of the train key: files the --run command names, --key-files globs and --key-env
// variables. Real CLI (in-process), real files, the tiny trainer copied into the workspace as the user's train.mjs.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { appendFile, cp, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTrainWorkspace, TINY_TRAINER, type TrainWorkspace } from './fixtures/train-workspace.js';

let ws: TrainWorkspace;
/** The user's command: their own train.mjs in the workspace, with a config file given as --config=... */
const RUN = `"${process.execPath}" train.mjs --config=conf/train.yaml`;

beforeAll(async () => {
  ws = await makeTrainWorkspace();
  await cp(TINY_TRAINER, join(ws.root, 'train.mjs'));
  await mkdir(join(ws.root, 'conf'));
  await writeFile(join(ws.root, 'conf', 'train.yaml'), 'dropout: 0.1\n');
  await mkdir(join(ws.root, 'src', 'pkg'), { recursive: true });
  await writeFile(join(ws.root, 'src', 'pkg', 'model.py'), 'HIDDEN = 32\n');
  await writeFile(join(ws.root, 'src', 'pkg', 'data.py'), 'MAX = 8\n');
  await writeFile(join(ws.root, 'requirements.txt'), 'torch\n');
});
afterAll(async () => ws.cleanup());

const args = (extra: Record<string, string | true | null> = {}) => ws.args({ run: RUN, ...extra });
const keyFileArgs = (extra: string[] = []) => [...args(), '--key-files', 'src/**/*.py', '--key-files', 'requirements.txt', ...extra];

describe('files the --run command names', () => {
  test('the first training records them in the metadata, by path and content hash', async () => {
    const run = await ws.run(args());
    expect(run.code).toBe(0);
    const metadata = await ws.metadata();
    expect(metadata.codeFiles.map((file: any) => [file.path, file.role])).toEqual([
      ['./conf/train.yaml', 'trainer'],
      ['./train.mjs', 'trainer'],
    ]);
    expect(metadata.codeFiles[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the same bytes are a hit, also after touch', async () => {
    const before = await ws.invocations();
    const future = new Date(Date.now() + 60_000);
    await utimes(join(ws.root, 'train.mjs'), future, future);
    const run = await ws.run(args());
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: true, source: 'disk' });
    expect(await ws.invocations()).toBe(before);
    // The hit re-recorded the new stat, so the next decision reads no byte of it.
    const recorded = (await ws.metadata()).codeFiles.find((file: any) => file.path === './train.mjs');
    expect(recorded.mtimeMs).toBe((await stat(join(ws.root, 'train.mjs'))).mtimeMs);
  });

  test('an edited train.mjs is a miss that names it, and retrains', async () => {
    const before = await ws.invocations();
    await appendFile(join(ws.root, 'train.mjs'), '\n// tuned the optimizer\n');
    const run = await ws.run(args());
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: false, source: 'trained', reasons: ['trainer file ./train.mjs: content changed'] });
    expect(run.stderr).toContain('Training configuration changed, re-training...\n  - trainer file ./train.mjs: content changed');
    expect(await ws.invocations()).toBe(before + 1);
  });

  test('an edited file given as --name=value is a miss that names it', async () => {
    await writeFile(join(ws.root, 'conf', 'train.yaml'), 'dropout: 0.2\n');
    const run = await ws.run(args());
    expect(run.json).toMatchObject({ cacheHit: false, reasons: ['trainer file ./conf/train.yaml: content changed'] });
  });
});

describe('--key-files', () => {
  test('adding globs is a miss naming each added file; the same again is a hit', async () => {
    const first = await ws.run(keyFileArgs());
    expect(first.code).toBe(0);
    expect(first.json!.reasons).toEqual(['key file ./requirements.txt: added', 'key file ./src/pkg/data.py: added', 'key file ./src/pkg/model.py: added']);
    const again = await ws.run(keyFileArgs());
    expect(again.json).toMatchObject({ cacheHit: true, source: 'disk' });
  });

  test('an edited match is a miss naming it', async () => {
    await writeFile(join(ws.root, 'src', 'pkg', 'model.py'), 'HIDDEN = 64\n');
    const run = await ws.run(keyFileArgs());
    expect(run.json).toMatchObject({ cacheHit: false, reasons: ['key file ./src/pkg/model.py: content changed'] });
  });

  test('a new file under the glob is a miss; a removed one too', async () => {
    await writeFile(join(ws.root, 'src', 'pkg', 'loss.py'), 'ALPHA = 1\n');
    const added = await ws.run(keyFileArgs());
    expect(added.json).toMatchObject({ cacheHit: false, reasons: ['key file ./src/pkg/loss.py: added'] });
    await rm(join(ws.root, 'src', 'pkg', 'data.py'));
    const removed = await ws.run(keyFileArgs());
    expect(removed.json).toMatchObject({ cacheHit: false, reasons: ['key file ./src/pkg/data.py: removed'] });
  });

  test('a fresh clone of the workspace elsewhere (new paths, mtimes and inodes, same bytes) is a hit', async () => {
    const clone = join(ws.root, '..', `${join(ws.root).split('/').pop()}-clone`);
    await cp(ws.root, clone, { recursive: true, preserveTimestamps: false });
    try {
      const { runCli } = await import('../src/cli/main.js');
      let stdout = '';
      const code = await runCli({
        argv: keyFileArgs(),
        env: { PATH: process.env.PATH, HOME: process.env.HOME, TINY_TRAINER_COUNT_FILE: ws.countFile },
        cwd: clone,
        stdout: { write: (text) => void (stdout += text) },
        stderr: { write: () => undefined },
      });
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ cacheHit: true, source: 'disk', reasons: [] });
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });

  test('a glob that matches nothing is exit 2 with one line, and nothing is trained', async () => {
    const before = await ws.invocations();
    const run = await ws.run([...args(), '--key-files', 'trainer/**/*.py']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--key-files "trainer/**/*.py" matches no file');
    expect(await ws.invocations()).toBe(before);
  });

  test('the output dir never enters the key, even when a glob covers it', async () => {
    const first = await ws.run([...keyFileArgs(), '--key-files', 'models/**']);
    // models/** matches only the output dir's own files, which are excluded: the glob matches nothing of use.
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('--key-files "models/**" matches no file');
  });
});

describe('--key-env', () => {
  const SECRET_VALUE = 'switch-value-7f3a9c';
  test('a changed value is a miss that names the variable and never prints the value', async () => {
    const base = [...keyFileArgs(), '--key-env', 'MODEL_SWITCH'];
    const first = await ws.run(base, { MODEL_SWITCH: SECRET_VALUE });
    expect(first.json!.reasons).toEqual(['key-env MODEL_SWITCH: added to the key']);
    const same = await ws.run(base, { MODEL_SWITCH: SECRET_VALUE });
    expect(same.json).toMatchObject({ cacheHit: true });
    const changed = await ws.run(base, { MODEL_SWITCH: `${SECRET_VALUE}-2` });
    expect(changed.json).toMatchObject({ cacheHit: false, reasons: ['key-env MODEL_SWITCH: value changed'] });
    const unset = await ws.run(base);
    expect(unset.json).toMatchObject({ cacheHit: false, reasons: ['key-env MODEL_SWITCH: now unset'] });
    for (const run of [first, same, changed, unset]) expect(run.stdout + run.stderr).not.toContain(SECRET_VALUE);
    await ws.run(base, { MODEL_SWITCH: SECRET_VALUE });
    expect(await readFile(ws.metadataPath, 'utf8')).not.toContain(SECRET_VALUE);
  });

  test('a name that is not a variable name is exit 2 with one line', async () => {
    const run = await ws.run([...args(), '--key-env', 'CUDA-DEVICES']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--key-env "CUDA-DEVICES" is not an environment variable name');
  });
});
