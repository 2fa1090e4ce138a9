/**
 * The dataset download step as a runner and a user meet it: the built Action and CLI bundles as child processes.
 * Run `npm run build` (or node scripts/build.mjs) first: these tests exercise dist/.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { reviewConversion, reviewRows } from '../emulators/tiny-dataset.js';
import { runAction } from './helpers/run-action.js';
import { CLI_BUNDLE, runCliProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
const IMDB = 'stanfordnlp/imdb';
const PRIVATE = 'org/private-reviews';
const TOKEN = 'hf_datasetSecretToken1234';

beforeAll(async () => {
  hub = await startHubEmulator();
  tmp = await makeTempDir('me-dataset-proc-');
  hub.commit({ type: 'dataset', name: IMDB, files: { 'README.md': '# imdb\n' } });
  hub.setRef({ type: 'dataset', name: IMDB, ref: 'refs/convert/parquet', files: reviewConversion({ splits: { train: 1500, test: 1500, unsupervised: 1500 }, rowGroupSize: 150 }) });
  hub.commit({ type: 'dataset', name: PRIVATE, private: true, files: { 'README.md': '# private\n' } });
  hub.setRef({ type: 'dataset', name: PRIVATE, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 20 } }) });
  hub.acceptToken(TOKEN);
});

afterAll(async () => {
  await hub?.close();
  await tmp?.cleanup();
});

test('the Action: outputs splits and samples, a job summary with rows per split, a hit on the second run, exit 2 on bad input', async () => {
  const dir = join(tmp.path, 'action');
  const inputs = { command: 'dataset-download', name: IMDB, 'output-dir': dir, 'max-samples': '1000', splits: 'train,\ntest' };
  const env = { HF_ENDPOINT: hub.url };
  const first = await runAction({ inputs, env });
  expect(first.code).toBe(0);
  expect(first.outputs).toMatchObject({ 'cache-hit': 'false', source: 'hub', 'output-dir': dir, samples: '2000', 'needs-run': 'false' });
  expect(JSON.parse(first.outputs.splits)).toEqual({ train: 1000, test: 1000 });
  expect(first.outputs.revision).toMatch(/^[0-9a-f]{40}$/);
  expect(first.summary).toContain('### model-experiments: dataset download');
  expect(first.summary).toContain('| Rows | train 1000, test 1000 |');
  expect((await readFile(join(dir, 'test', 'data.jsonl'), 'utf8')).split('\n')[999]).toBe(
    `{"text":${JSON.stringify(reviewRows({ split: 'test', count: 1, start: 999 }).text[0])},"label":1}`,
  );

  const second = await runAction({ inputs, env });
  expect(second.outputs).toMatchObject({ 'cache-hit': 'true', source: 'disk', 'cache-key': first.outputs['cache-key'], samples: '2000' });
  expect(second.stdout).toContain('ℹ Dataset already downloaded and cached');
  expect(second.stdout).toContain('Total samples: 2000');
  expect(second.summary).toContain('| Decision | cache hit |');

  const bad = await runAction({ inputs: { ...inputs, 'max-samples': 'lots' }, env });
  expect(bad.code).toBe(2);
  expect(bad.stdout).toContain('::error::Input max-samples "lots" is not a whole number: give one from 1 to 9007199254740991');
});

test('a private dataset reads with the token, and the token reaches no log, output, summary or file', async () => {
  const dir = join(tmp.path, 'private');
  const denied = await runAction({ inputs: { command: 'dataset-download', name: PRIVATE, 'output-dir': dir }, env: { HF_ENDPOINT: hub.url } });
  expect(denied.code).toBe(2);
  expect(denied.stdout).toContain(`::error::dataset ${PRIVATE}@main was not found on the Hub (Repository not found): check the name and revision`);
  const run = await runAction({ inputs: { command: 'dataset-download', name: PRIVATE, 'output-dir': dir, 'hf-token': TOKEN }, env: { HF_ENDPOINT: hub.url } });
  expect(run.code).toBe(0);
  expect(JSON.parse(run.outputs.splits)).toEqual({ train: 20 });
  const written = await Promise.all([readFile(join(dir, 'metadata.json'), 'utf8'), readFile(join(dir, 'train', 'data.jsonl'), 'utf8')]);
  // The runner consumes ::add-mask:: and masks the value in everything the job prints after it.
  expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
  const logged = run.stdout.split('\n').slice(1).join('\n');
  for (const text of [logged, run.stderr, run.summary, JSON.stringify(run.outputs), ...written]) expect(text).not.toContain(TOKEN);
  expect(hub.requests.filter((r) => r.file?.startsWith('default/train/') && r.host === 'hub').every((r) => r.authorized)).toBe(true);
});

test('a run killed mid-download leaves nothing that validates; the next run says why and writes it whole', async () => {
  const dir = join(tmp.path, 'killed');
  const env = { HF_ENDPOINT: hub.url };
  expect((await runCliProcess(['dataset', 'download', '--name', IMDB, '--output-dir', dir, '--max-samples', '100'], env)).code).toBe(0);

  hub.setBandwidth(150 * 1024);
  const before = hub.requests.length;
  const child = spawn(process.execPath, [CLI_BUNDLE, 'dataset', 'download', '--name', IMDB, '--output-dir', dir, '--max-samples', '1200'], {
    env: { PATH: process.env.PATH, ...env },
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
  // Kill it once it is reading rows: the first parquet bytes have been served.
  while (!hub.requests.slice(before).some((r) => r.host === 'cdn' && r.file?.endsWith('.parquet'))) await new Promise((resolve) => setTimeout(resolve, 10));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  hub.setBandwidth(0);

  await expect(stat(join(dir, 'metadata.json'))).rejects.toThrow();
  const again = await runCliProcess(['dataset', 'download', '--name', IMDB, '--output-dir', dir, '--max-samples', '1200', '--json'], env);
  expect(again.code).toBe(0);
  expect(again.json).toMatchObject({ cacheHit: false, reasons: [`no metadata.json in ${dir} (not downloaded yet)`], splits: { train: 1200, test: 1200, unsupervised: 1200 } });
  for (const split of ['train', 'test', 'unsupervised']) {
    expect((await readFile(join(dir, split, 'data.jsonl'), 'utf8')).split('\n').length).toBe(1201);
    expect((await readdir(join(dir, split))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }
});
