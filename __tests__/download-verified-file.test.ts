import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { createFileContentHash, inlineContentHash, WORKER_HASH_MIN_BYTES } from '../src/core/content-hash.js';
import { HashingFileWriter } from '../src/core/hashing-file-writer.js';
import { downloadVerifiedFile } from '../src/hub/download-verified-file.js';
import { createHubConnection, type HubConnection } from '../src/hub/hub-connection.js';
import { listRepoFiles, type RepoFile } from '../src/hub/list-repo-files.js';
import { runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

// Above the worker threshold (the hash runs on the worker thread, reading back what was written), and not a
// whole number of write batches, so the last batch is a short one.
const SIZE = WORKER_HASH_MIN_BYTES + 3 * 1024 * 1024 + 123;
const CONTENT = randomBytes(SIZE);
const REPO = { type: 'model' as const, name: 'org/large' };

let hub: HubEmulator;
let revision: string;
let file: RepoFile;
let tmp: { path: string; cleanup: () => Promise<void> };
let destination: string;

const connect = (retry: Partial<HubConnection['retry']> = {}) =>
  createHubConnection({ hubUrl: hub.url, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 5000, ...retry } });

const download = (connection = connect()) => downloadVerifiedFile({ connection, repo: REPO, revision, file, destination });

const ranged = () => hub.requests.filter((r) => r.file === 'model.safetensors' && r.status === 206);

beforeAll(async () => {
  hub = await startHubEmulator();
  revision = hub.commit({ name: REPO.name, files: { 'config.json': '{}', 'model.safetensors': CONTENT } });
  file = (await listRepoFiles({ connection: connect(), repo: REPO, revision })).find((entry) => entry.path === 'model.safetensors')!;
});
afterAll(() => hub.close());
beforeEach(async () => {
  tmp = await makeTempDir();
  destination = join(tmp.path, 'model.safetensors');
  hub.clearFaults();
  hub.requests.length = 0;
});
afterEach(() => tmp.cleanup());

describe('a large file, hashed on the worker thread', () => {
  test('is listed as LFS and lands byte for byte, with no temp file left', async () => {
    expect(file.lfsSha256).toBe(createHash('sha256').update(CONTENT).digest('hex'));
    await download();
    expect((await readFile(destination)).equals(CONTENT)).toBe(true);
    expect(await readdir(tmp.path)).toEqual(['model.safetensors']);
  });

  test('wrong bytes every time are refused naming the sha256 mismatch, and nothing is left behind', async () => {
    hub.injectFault({ kind: 'wrong-bytes', match: /model\.safetensors$/, times: 100 });
    await expect(download(connect({ attempts: 2 }))).rejects.toThrow(/model\.safetensors: sha256 mismatch/);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  test('wrong bytes once are fetched again and verified; progress takes back the bytes of the attempt that started over', async () => {
    hub.injectFault({ kind: 'wrong-bytes', match: /model\.safetensors$/ });
    let counted = 0;
    let most = 0;
    const deltas: number[] = [];
    await downloadVerifiedFile({
      connection: connect(),
      repo: REPO,
      revision,
      file,
      destination,
      onBytes: (bytes) => {
        deltas.push(bytes);
        counted += bytes;
        most = Math.max(most, counted);
      },
    });
    expect(hub.fileDownloads('model.safetensors')).toBe(2);
    expect((await readFile(destination)).equals(CONTENT)).toBe(true);
    // Each byte of the file counted once in the end, never more than the file at any moment, one take-back.
    expect(counted).toBe(SIZE);
    expect(most).toBeLessThanOrEqual(SIZE);
    expect(deltas.filter((bytes) => bytes < 0)).toEqual([-SIZE]);
  });

  test('a connection reset mid-body is resumed with a Range request, and the whole file verifies', async () => {
    hub.injectFault({ kind: 'reset', match: /model\.safetensors$/ });
    await download();
    expect(ranged()).toHaveLength(1);
    expect((await readFile(destination)).equals(CONTENT)).toBe(true);
  });

  test('wrong bytes in the resumed part are refused: the hash covers both parts', async () => {
    hub.injectFault({ kind: 'reset', match: /model\.safetensors$/ });
    hub.injectFault({ kind: 'wrong-bytes', match: /model\.safetensors$/ });
    await expect(download(connect({ attempts: 1 }))).rejects.toThrow(/sha256 mismatch/);
    expect(ranged()).toHaveLength(1);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  test('a stalled body is given up after the timeout and resumed', async () => {
    hub.injectFault({ kind: 'stall', match: /model\.safetensors$/ });
    await download(connect({ timeoutMs: 300 }));
    expect(ranged()).toHaveLength(1);
    expect((await readFile(destination)).equals(CONTENT)).toBe(true);
  });

  test('the token goes to the Hub, not to the CDN the Hub redirects to', async () => {
    const token = 'hf_download_verified_file_test';
    hub.acceptToken(token);
    const name = 'org/private-large';
    const sha = hub.commit({ name, files: { 'model.safetensors': CONTENT }, private: true });
    const connection = createHubConnection({ hubUrl: hub.url, token, retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 5000 } });
    const listed = (await listRepoFiles({ connection, repo: { type: 'model', name }, revision: sha })).find((entry) => entry.path === 'model.safetensors')!;
    hub.requests.length = 0;
    await downloadVerifiedFile({ connection, repo: { type: 'model', name }, revision: sha, file: listed, destination });
    const gets = hub.requests.filter((r) => r.file === 'model.safetensors').map((r) => ({ host: r.host, status: r.status, authorized: r.authorized }));
    expect(gets).toEqual([
      { host: 'hub', status: 302, authorized: true },
      { host: 'cdn', status: 200, authorized: false },
    ]);
    expect((await readFile(destination)).equals(CONTENT)).toBe(true);
  });

  test('the CLI process ends on its own after a download the worker hashed, with the result recorded', async () => {
    const out = join(tmp.path, 'cli');
    const run = await runCliProcess(['model', 'download', '--name', REPO.name, '--output-dir', out, '--json'], { HF_ENDPOINT: hub.url });
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: false, source: 'hub', files: 2 });
    expect((await readFile(join(out, 'model.safetensors'))).equals(CONTENT)).toBe(true);
  });
});

describe('HashingFileWriter', () => {
  // Chunks of uneven sizes, some tiny (batches fill up on their count before their bytes), some large.
  const chunked = (bytes: Buffer): Buffer[] => {
    const chunks: Buffer[] = [];
    for (let offset = 0, i = 0; offset < bytes.length; i++) {
      const size = i % 7 === 0 ? 1 + (i % 13) : 1000 + ((i * 7919) % 300_000);
      chunks.push(bytes.subarray(offset, offset + size));
      offset += size;
    }
    return chunks;
  };

  const writeAll = async (params: { path: string; algorithm: 'sha256' | 'sha1'; prefix?: string; inline: boolean }) => {
    const handle = await open(params.path, 'w+');
    const hash = params.inline
      ? inlineContentHash({ algorithm: params.algorithm, prefix: params.prefix })
      : createFileContentHash({ algorithm: params.algorithm, prefix: params.prefix, size: SIZE, fd: handle.fd });
    const writer = new HashingFileWriter({ handle, hash });
    try {
      for (const chunk of chunked(CONTENT)) {
        const full = writer.push(chunk);
        if (full) await full;
      }
      await writer.drain();
      expect(writer.bytes).toBe(SIZE);
      return await writer.digest();
    } finally {
      await writer.dispose();
      await handle.close();
    }
  };

  test.each([
    ['sha256 on the worker', 'sha256', false],
    ['git blob sha1 on the worker', 'sha1', false],
    ['sha256 on this thread', 'sha256', true],
    ['git blob sha1 on this thread', 'sha1', true],
  ] as const)('%s: the digest is of the bytes, in order, and the file holds them', async (_name, algorithm, inline) => {
    const path = join(tmp.path, 'out.bin');
    const prefix = algorithm === 'sha1' ? `blob ${SIZE}\0` : undefined;
    const digest = await writeAll({ path, algorithm, prefix, inline });
    expect(digest).toBe(
      createHash(algorithm)
        .update(prefix ?? '')
        .update(CONTENT)
        .digest('hex'),
    );
    expect((await readFile(path)).equals(CONTENT)).toBe(true);
  });
});
