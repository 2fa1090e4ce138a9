import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { tinyModelFiles } from '../emulators/tiny-model.js';
import { VERSION } from '../src/core/version.js';
import { hashTree } from './helpers/hash-tree.js';
import { runAction } from './helpers/run-action.js';
import { CLI_BUNDLE, runCliInProcess, runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const MODEL = 'org/tiny-bert';
let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let env: Record<string, string>;
let out: string;

beforeAll(async () => {
  hub = await startHubEmulator();
  hub.commit({ name: MODEL, files: tinyModelFiles() });
  hub.commit({ name: 'org/other-bert', files: tinyModelFiles({ seed: 2 }) });
});
afterAll(() => hub.close());
beforeEach(async () => {
  tmp = await makeTempDir();
  out = join(tmp.path, 'models', 'base');
  env = { HF_ENDPOINT: hub.url, ME_HTTP_BACKOFF_MS: '10', ME_HTTP_TIMEOUT_MS: '2000' };
  hub.clearFaults();
  hub.requests.length = 0;
});
afterEach(() => tmp.cleanup());

const download = (extra: string[] = [], name = MODEL, extraEnv: Record<string, string> = {}) =>
  runCliInProcess(['model', 'download', '--name', name, '--output-dir', out, '--json', ...extra], { ...env, ...extraEnv });

const fileFetches = () => hub.requests.filter((r) => r.file && r.method === 'GET' && (r.status === 200 || r.status === 206)).length;

describe('seed cases (test_caching.sh)', () => {
  test('first run downloads from the Hub and writes verified files and metadata', async () => {
    const run = await download();
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ command: 'model download', cacheHit: false, source: 'hub', outputDir: out, files: 6 });
    expect(run.json!.revision).toMatch(/^[0-9a-f]{40}$/);
    expect(run.json!.key).toMatch(/^[0-9a-f]{64}$/);
    const files = tinyModelFiles();
    for (const path of ['config.json', 'model.safetensors', 'tokenizer.json', 'vocab.txt', 'tokenizer_config.json', 'README.md']) {
      expect(await readFile(join(out, path))).toEqual(files[path]);
    }
    // Redundant formats are skipped by default when safetensors weights exist.
    await expect(stat(join(out, 'tf_model.h5'))).rejects.toThrow();
    await expect(stat(join(out, 'onnx', 'model.onnx'))).rejects.toThrow();
    const metadata = JSON.parse(await readFile(join(out, 'model_metadata.json'), 'utf8'));
    expect(metadata).toMatchObject({ name: MODEL, revision: 'main', resolvedRevision: run.json!.revision, include: [], exclude: [] });
    expect(metadata.files.find((f: { path: string }) => f.path === 'model.safetensors').sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('second run is a cache hit with the seed messages and fetches no file', async () => {
    await download();
    hub.requests.length = 0;
    const run = await download();
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: true, source: 'disk', reasons: [] });
    expect(run.stderr).toContain('ℹ Model already downloaded and cached');
    expect(run.stderr).toContain(`Using cached model from ${out}`);
    expect(fileFetches()).toBe(0);
    // One API call resolves the branch; nothing else touches the network.
    expect(hub.requests.map((r) => r.path)).toEqual([`/api/models/${MODEL}/revision/main`]);
  });

  test('--force downloads again even though the cache is valid', async () => {
    await download();
    hub.requests.length = 0;
    const run = await download(['--force']);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ cacheHit: false, source: 'hub' });
    expect(run.stderr).toContain('Force flag set, re-downloading even if cache exists...');
    expect(fileFetches()).toBe(6);
  });

  test('without --json the human messages go to stderr and stdout stays empty', async () => {
    await download();
    const run = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', out], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ℹ Model already downloaded and cached');
  });
});

describe('every miss is explained and fixed', () => {
  test('a different model into the same dir', async () => {
    await download();
    const run = await download([], 'org/other-bert');
    expect(run.json).toMatchObject({ cacheHit: false, source: 'hub' });
    expect(run.json!.reasons).toEqual([`cached model is ${MODEL}, asked for org/other-bert`]);
    expect(await readFile(join(out, 'model.safetensors'))).toEqual(tinyModelFiles({ seed: 2 })['model.safetensors']);
  });

  test.each(['config.json', 'model.safetensors', 'tokenizer.json', 'vocab.txt'])('%s missing', async (file) => {
    await download();
    await rm(join(out, file));
    hub.requests.length = 0;
    const run = await download();
    expect(run.json!.cacheHit).toBe(false);
    expect(run.json!.reasons).toEqual([`${file} is missing`]);
    expect(run.stderr).toContain(`⚠ ${file} is missing`);
    expect(fileFetches()).toBe(1); // only the missing file; the others are unchanged
    expect((await download()).json!.cacheHit).toBe(true);
  });

  test('a file with the wrong size is a miss', async () => {
    await download();
    await writeFile(join(out, 'config.json'), '{}');
    const run = await download();
    expect(run.json!.reasons[0]).toMatch(/^config\.json has 2 bytes, \d+ expected$/);
    expect(JSON.parse(await readFile(join(out, 'config.json'), 'utf8')).model_type).toBe('bert');
  });

  test.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), 'is not valid JSON'],
    ['not an object', () => '[1, 2]', 'does not hold a JSON object'],
    ['wrong types', (text: string) => JSON.stringify({ ...JSON.parse(text), files: 'all of them' }), 'files is not a list'],
    ['another step', (text: string) => JSON.stringify({ ...JSON.parse(text), schema: 'model-experiments/dataset-download@1' }), 'not model download metadata'],
    ['empty', () => '', 'is not valid JSON'],
  ])('corrupted metadata (%s) is a miss that says so', async (_label, corrupt, reason) => {
    await download();
    const path = join(out, 'model_metadata.json');
    await writeFile(path, corrupt(await readFile(path, 'utf8')));
    const run = await download();
    expect(run.code).toBe(0);
    expect(run.json!.cacheHit).toBe(false);
    expect(run.json!.reasons[0]).toContain('model_metadata.json is corrupted');
    expect(run.json!.reasons[0]).toContain(reason);
    expect(run.stderr).toContain('⚠ model_metadata.json is corrupted');
    expect((await download()).json!.cacheHit).toBe(true);
  });

  test('different include patterns are a different key', async () => {
    const first = await download();
    const run = await download(['--include', '*.json', '--include', 'onnx/*']);
    expect(run.json!.reasons).toEqual(['include: (none) → *.json, onnx/*']);
    expect(run.json!.key).not.toBe(first.json!.key);
    expect(await readFile(join(out, 'onnx', 'model.onnx'))).toEqual(tinyModelFiles()['onnx/model.onnx']);
    // Files the new selection leaves out are removed, so the dir holds exactly what the metadata says.
    await expect(stat(join(out, 'model.safetensors'))).rejects.toThrow();
  });
});

describe('revision pinning', () => {
  test('a moved branch refetches only the files whose hash changed', async () => {
    const name = 'org/moving-bert';
    const first = hub.commit({ name, files: tinyModelFiles() });
    await download([], name);
    const config = JSON.parse(tinyModelFiles()['config.json'].toString());
    const second = hub.commit({ name, files: { 'config.json': JSON.stringify({ ...config, hidden_dropout_prob: 0.2 }) } });
    hub.requests.length = 0;
    const run = await download([], name);
    expect(run.json!.reasons).toEqual([`revision main moved upstream: ${first.slice(0, 7)} → ${second.slice(0, 7)}`]);
    expect(run.json!.revision).toBe(second);
    expect(run.json!.fetchedFiles).toBe(1);
    expect(hub.fileDownloads('config.json')).toBe(1);
    expect(fileFetches()).toBe(1);
    expect(JSON.parse(await readFile(join(out, 'config.json'), 'utf8')).hidden_dropout_prob).toBe(0.2);
  });

  test('a cached 40-hex sha needs no network at all', async () => {
    const sha = (await download()).json!.revision as string;
    await download(['--revision', sha]);
    hub.requests.length = 0;
    const run = await download(['--revision', sha]);
    expect(run.json).toMatchObject({ cacheHit: true, revision: sha });
    expect(hub.requests).toHaveLength(0);
  });

  test('a revision that does not exist is an input error naming it', async () => {
    const run = await download(['--revision', 'no-such-branch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/✗ model org\/tiny-bert@no-such-branch was not found on the Hub/);
  });

  test('a repo that does not exist is an input error', async () => {
    const run = await download([], 'org/does-not-exist');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('org/does-not-exist');
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^✗ .*not found on the Hub/);
  });
});

describe('offline', () => {
  test('offline with a cached model is a hit without touching the network', async () => {
    await download();
    hub.requests.length = 0;
    for (const extra of [{ args: ['--offline'], env: {} as Record<string, string> }, { args: [], env: { HF_HUB_OFFLINE: '1' } }]) {
      const run = await download(extra.args, MODEL, extra.env);
      expect(run.json).toMatchObject({ cacheHit: true, source: 'disk' });
    }
    expect(hub.requests).toHaveLength(0);
  });

  test('offline without a cached model is a clear error naming what is missing', async () => {
    const run = await download(['--offline']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✗ Offline, and ${MODEL}@main is not in ${out}`);
    expect(hub.requests).toHaveLength(0);
  });
});

describe('the network misbehaves', () => {
  test('429 with Retry-After and 5xx are retried, then the download succeeds', async () => {
    hub.injectFault({ kind: 'status', status: 429, retryAfterSeconds: 0, match: /revision\/main$/ });
    hub.injectFault({ kind: 'status', status: 503, match: /config\.json$/, times: 2 });
    hub.injectFault({ kind: 'status', status: 502, match: /tree\// });
    const run = await download();
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/HTTP 429 .*retrying/);
    expect(run.stderr).toMatch(/HTTP 503 .*retrying/);
    expect((await download()).json!.cacheHit).toBe(true);
  });

  test('a connection reset mid-body resumes with a Range request', async () => {
    hub.injectFault({ kind: 'reset', match: /tokenizer\.json$/ });
    const run = await download();
    expect(run.code).toBe(0);
    const ranged = hub.requests.filter((r) => r.file === 'tokenizer.json' && r.range?.startsWith('bytes=') && r.range !== 'bytes=0-0');
    expect(ranged.length).toBeGreaterThanOrEqual(1);
    expect(await readFile(join(out, 'tokenizer.json'))).toEqual(tinyModelFiles()['tokenizer.json']);
  });

  test('a truncated body and a stalled body are retried and verified', async () => {
    hub.injectFault({ kind: 'truncate', match: /vocab\.txt$/ });
    hub.injectFault({ kind: 'stall', match: /model\.safetensors$/ });
    const run = await download([], MODEL, { ME_HTTP_TIMEOUT_MS: '500' });
    expect(run.code).toBe(0);
    // Every file of the repo but the formats skipped next to safetensors.
    const expected = Object.fromEntries(
      Object.entries(tinyModelFiles())
        .filter(([path]) => path !== 'tf_model.h5' && !path.startsWith('onnx/'))
        .map(([path, content]) => [path, createHash('sha256').update(content).digest('hex')]),
    );
    expect(await hashTree(out, ['model_metadata.json'])).toEqual(expected);
    expect(await readFile(join(out, 'vocab.txt'))).toEqual(tinyModelFiles()['vocab.txt']);
    expect(await readFile(join(out, 'model.safetensors'))).toEqual(tinyModelFiles()['model.safetensors']);
  });

  test('wrong bytes once are refetched; wrong bytes always fail naming the file and record nothing valid', async () => {
    hub.injectFault({ kind: 'wrong-bytes', match: /model\.safetensors$/ });
    expect((await download()).code).toBe(0);
    expect(await readFile(join(out, 'model.safetensors'))).toEqual(tinyModelFiles()['model.safetensors']);

    const other = join(tmp.path, 'models', 'bad');
    hub.injectFault({ kind: 'wrong-bytes', match: /\/config\.json$/, times: 100 });
    const run = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', other], { ...env, ME_HTTP_ATTEMPTS: '3' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/✗ config\.json: git oid mismatch/);
    await expect(stat(join(other, 'model_metadata.json'))).rejects.toThrow();
    await expect(stat(join(other, 'config.json'))).rejects.toThrow();
    hub.clearFaults();
    const rerun = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', other, '--json'], env);
    expect(rerun.json!.cacheHit).toBe(false);
    expect(rerun.json!.fetchedFiles).toBe(1); // the five verified files were kept
  });

  test('paginated tree listings are followed to the end', async () => {
    hub.setPageSize(2);
    try {
      const run = await download();
      expect(run.json!.files).toBe(6);
      expect(hub.requests.filter((r) => r.path.includes('/tree/')).length).toBeGreaterThanOrEqual(4);
    } finally {
      hub.setPageSize(50);
    }
  });
});

describe('input and secrets', () => {
  test('ME_HTTP_* values that are not whole numbers in range are bad input, not silently the default', async () => {
    for (const [name, value] of [['ME_HTTP_ATTEMPTS', '0'], ['ME_HTTP_ATTEMPTS', 'abc'], ['ME_HTTP_TIMEOUT_MS', '1.5'], ['ME_HTTP_BACKOFF_MS', '-1']]) {
      const run = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', out], { ...env, [name]: value });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^✗ ${name}="${value.replace('.', '\\.')}" is not a .+: give a whole number from \\d+ to \\d+ \\(default \\d+\\), or unset it\\n$`));
    }
  });

  test('a Hub URL with a password in it is bad input: exit 2, no request, the password never shown', async () => {
    const before = hub.requests.length;
    const run = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', out], { HF_ENDPOINT: hub.url.replace('http://', 'http://me:s3cret-pw@') });
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr: '✗ The Hub URL holds a user or password (user:password@host), which requests cannot carry: give the bare URL in HF_ENDPOINT (or --hub-url) and the token in HF_TOKEN (the URL is not shown)\n',
    });
    expect(hub.requests.length).toBe(before);
  });

  test.each([
    [['--name', '', '--output-dir', 'x'], /--name is required/],
    [['--name', 'bad name', '--output-dir', 'x'], /not a valid Hub repo id/],
    [['--name', 'a/../b', '--output-dir', 'x'], /contains "\.\."/],
    [['--name', '/leading', '--output-dir', 'x'], /not a valid Hub repo id/],
    [['--name', 'x'.repeat(97), '--output-dir', 'x'], /at most 96/],
    [['--name', 'org/model'], /--output-dir is required/],
    [['--name', 'org/model', '--output-dir', 'x', '--bogus'], /Unknown option --bogus/],
    [['--name', 'org/model', '--output-dir', 'x', '--revision', 'a b'], /not a valid git revision/],
  ])('%j is rejected with exit 2 and one line', async (args, message) => {
    const run = await runCliInProcess(['model', 'download', ...args], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(hub.requests).toHaveLength(0);
  });

  test('the token reaches the Hub but never stdout, stderr or any written file', async () => {
    const token = 'hf_secretTokenValue1234567890';
    hub.acceptToken(token);
    hub.commit({ name: 'org/private-bert', files: tinyModelFiles(), private: true });
    const denied = await runCliInProcess(['model', 'download', '--name', 'org/private-bert', '--output-dir', out], env);
    expect(denied.code).not.toBe(0);
    const run = await runCliInProcess(['model', 'download', '--name', 'org/private-bert', '--output-dir', out, '--json'], { ...env, HF_TOKEN: token });
    expect(run.code).toBe(0);
    expect(hub.requests.some((r) => r.authorized)).toBe(true);
    const written = await hashTree(out);
    expect(Object.keys(written).length).toBeGreaterThan(0);
    for (const path of Object.keys(written)) expect((await readFile(join(out, path))).includes(token)).toBe(false);
    expect(run.stdout + run.stderr).not.toContain(token);
    const bad = await runCliInProcess(['model', 'download', '--name', MODEL, '--output-dir', out], { ...env, HF_TOKEN: 'not-a-token-value' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('not-a-token-value');
  });
});

describe('processes', () => {
  test('--version prints the version of package.json, which the Hub file requests carry in their User-Agent', async () => {
    const { version } = JSON.parse(await readFile(join(CLI_BUNDLE, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    const run = await runCliProcess(['--version']);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: `${version}\n` });
    expect(VERSION).toBe(version);
  });

  test('a run killed mid-download never validates; a plain re-run ends identical to a clean run', async () => {
    const clean = join(tmp.path, 'clean');
    expect((await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', clean], env)).code).toBe(0);
    hub.injectFault({ kind: 'stall', match: /model\.safetensors$/ });
    const child = spawn(process.execPath, [CLI_BUNDLE, 'model', 'download', '--name', MODEL, '--output-dir', out], {
      env: { PATH: process.env.PATH, ...env, ME_HTTP_TIMEOUT_MS: '60000' },
      stdio: 'ignore',
    });
    // Kill once the stalled file has started arriving: the other files are in place, the weights are half-written.
    for (let i = 0; i < 200 && !hub.requests.some((r) => r.file === 'model.safetensors'); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));
    await expect(stat(join(out, 'model_metadata.json'))).rejects.toThrow();
    hub.clearFaults();
    const rerun = await runCliProcess(['model', 'download', '--name', MODEL, '--output-dir', out, '--json'], env);
    expect(rerun.code).toBe(0);
    expect(rerun.json!.cacheHit).toBe(false);
    const strip = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'model_metadata.json' && !path.includes('.tmp')));
    expect(strip(await hashTree(out))).toEqual(strip(await hashTree(clean)));
    expect(Object.keys(await hashTree(out)).filter((path) => path.endsWith('.tmp'))).toEqual([]);
  });

  test('the Action writes its outputs and a job summary, as a runner runs it', async () => {
    const inputs = { command: 'model-download', name: MODEL, 'output-dir': out, 'hub-url': hub.url };
    const first = await runAction({ inputs });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ 'cache-hit': 'false', source: 'hub', 'output-dir': out, 'needs-run': 'false' });
    expect(first.outputs['cache-key']).toMatch(/^[0-9a-f]{64}$/);
    expect(first.outputs.revision).toMatch(/^[0-9a-f]{40}$/);
    expect(first.summary).toContain('| Decision | ran |');
    const second = await runAction({ inputs });
    expect(second.outputs).toMatchObject({ 'cache-hit': 'true', source: 'disk', 'cache-key': first.outputs['cache-key'] });
    expect(second.summary).toContain('| Decision | cache hit |');
    const bad = await runAction({ inputs: { ...inputs, force: 'yes' } });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('::error::Input force "yes" is not a boolean');
  });
});
