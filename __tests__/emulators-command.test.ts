// `npm run emulators` as a person uses it: start it, copy the export lines it prints into the CLI's environment,
// download a served model (from the Hub emulator, then from the Actions cache emulator on a "fresh runner"), and
// stop it with Ctrl-C (SIGINT): it exits 0 and removes its temp dir.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

const EMULATORS = join(REPO_ROOT, 'dist', 'emulators', 'index.js');

let child: ChildProcess;
let printed = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
let temp: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  temp = await makeTempDir('me-emulators-');
  child = spawn(process.execPath, [EMULATORS], { stdio: ['ignore', 'pipe', 'pipe'] });
  exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      printed += chunk;
      if (printed.includes('Ctrl-C')) resolve();
    });
    child.stderr!.on('data', (chunk) => (printed += chunk));
    child.on('exit', (code) => reject(new Error(`npm run emulators exited with code ${code} before it was ready:\n${printed}`)));
  });
});

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await temp.cleanup();
});

/** The `export NAME=value` lines, read as a shell would (values are printed unquoted or in single quotes). */
function exportedEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of text.matchAll(/^export ([A-Z0-9_]+)=(.*)$/gm)) env[match[1]] = match[2].replace(/^'(.*)'$/, '$1').replace(/'\\''/g, "'");
  return env;
}

test('it prints the HF_ENDPOINT and ACTIONS_* lines and the repos it serves; a model download with them works, and is restored from the Actions cache on a fresh runner', async () => {
  const env = exportedEnv(printed);
  expect(Object.keys(env).sort()).toEqual(['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'HF_ENDPOINT', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE']);
  expect(env.HF_ENDPOINT).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  for (const repo of ['demo/tiny-bert', 'demo/tiny-encoder', 'demo/imdb', 'demo/sentiment']) expect(printed).toContain(repo);

  const first = await runCliProcess(['model', 'download', '--name', 'demo/tiny-bert', '--output-dir', 'models/base', '--json'], env, { cwd: temp.path });
  expect({ code: first.code, stderr: first.code === 0 ? '' : first.stderr }).toEqual({ code: 0, stderr: '' });
  expect(first.json).toMatchObject({ cacheHit: false, source: 'hub' });
  expect(existsSync(join(temp.path, 'models/base/config.json'))).toBe(true);

  // Another runner: an empty workspace, and no tool cache (the first run put the model there too).
  const runnerB = join(temp.path, 'runner-b');
  await mkdir(runnerB);
  const second = await runCliProcess(['model', 'download', '--name', 'demo/tiny-bert', '--output-dir', 'models/base', '--no-tool-cache', '--json'], env, { cwd: runnerB });
  expect(second.code).toBe(0);
  expect(second.json).toMatchObject({ cacheHit: true, source: 'actions-cache', key: first.json!.key });

  const dataset = await runCliProcess(['dataset', 'download', '--name', 'demo/sentiment', '--output-dir', 'data', '--json'], env, { cwd: temp.path });
  expect(dataset.code).toBe(0);
  expect(dataset.json).toMatchObject({ source: 'hub', splits: { train: 800, test: 200 } });
});

test('Ctrl-C (SIGINT) stops it with exit code 0 and removes its caches', async () => {
  const runnerTemp = exportedEnv(printed).RUNNER_TEMP;
  child.kill('SIGINT');
  expect(await exited).toEqual({ code: 0, signal: null });
  expect(existsSync(join(runnerTemp, '..'))).toBe(false);
});
