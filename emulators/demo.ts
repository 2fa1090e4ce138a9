/**
 * `npm run demo`: the main job, offline, on an embedded default. Starts the loopback Hub emulator with a
 * tiny model made in code and the loopback GitHub Actions cache service, then runs the CLI bundle as a user would:
 * the first run works (and saves each result to the Actions cache), the second is all cache hits from the output
 * dirs, with the reasons shown, and a third on a fresh "runner" (empty dirs) restores every step from the Actions
 * cache instead of downloading or training; a fourth, on a new runner with no Actions cache, restores every step
 * from a loopback S3 server (the shared store).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startActionsCacheEmulator } from './actions-cache-emulator.js';
import { startHubEmulator } from './hub-emulator.js';
import { startS3StoreEmulator } from './s3-store-emulator.js';
import { publishDemoRepos } from './demo-repos.js';
import { transformersDemo } from './demo-transformers.js';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'cli', 'index.js');

/** Run the CLI as a child process; the emulator in this process keeps serving while it runs. */
function runCli(params: { args: string[]; env: NodeJS.ProcessEnv; cwd: string }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...params.args], { env: params.env, cwd: params.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const hub = await startHubEmulator();
const cache = await startActionsCacheEmulator();
const store = await startS3StoreEmulator({ bucket: 'demo-store' });
const work = await mkdtemp(join(tmpdir(), 'model-experiments-demo-'));
let failed = false;
try {
  publishDemoRepos(hub);
  // What a JavaScript action gets from the runner for the Actions cache (the CLI uses it when these are set).
  const env = { ...process.env, HF_ENDPOINT: hub.url, HF_TOKEN: '', HF_HUB_OFFLINE: '', ...cache.env, RUNNER_TEMP: join(work, 'runner-temp') };
  // Each runner runs the job from its own workspace with workspace-relative paths, as a workflow does: the keys
  // (the train key names its datasets by path as given) are then the same on every runner.
  // A loopback S3 server as the fleet's shared store (--store via ME_STORE): run 1 saves to it as well.
  const storeEnv = { ...store.env, ME_STORE: `s3://${store.bucket}/demo`, AWS_ENDPOINT_URL_S3: store.endpoint };
  const withoutActionsCache = Object.fromEntries(Object.entries(env).filter(([name]) => !(name in cache.env)));
  const sentiment = 'data-sentiment';
  const steps = [
    ['model', 'download', '--name', 'demo/tiny-bert', '--output-dir', join('models', 'base')],
    ['dataset', 'download', '--name', 'demo/imdb', '--output-dir', 'data', '--max-samples', '1000'],
    ['dataset', 'download', '--name', 'demo/sentiment', '--output-dir', sentiment],
    // No --run: the built-in CPU trainer, on the base model fetched through model download (a head wants a larger rate).
    ['train', '--model-name', 'demo/tiny-encoder', '--train-data', join(sentiment, 'train', 'data.jsonl'), '--val-data', join(sentiment, 'test', 'data.jsonl'), '--output-dir', join('models', 'fine-tuned'), '--learning-rate', '1e-2', '--logging-steps', '25', '--eval-steps', '50'],
    ['evaluate', '--model-dir', join('models', 'fine-tuned'), '--data', join(sentiment, 'test', 'data.jsonl')],
  ];
  const rounds = [
    { runner: 'runner-a', expect: undefined, title: 'Run 1 of 4 (empty caches: everything is produced, and saved to the Actions cache and the store)', env: { ...env, ...storeEnv } },
    { runner: 'runner-a', expect: 'disk', title: 'Run 2 of 4 (same inputs: every step should be a cache hit)' },
    { runner: 'runner-b', expect: 'actions-cache', title: 'Run 3 of 4 (a fresh runner, empty dirs: every step should restore from the Actions cache)' },
    { runner: 'runner-c', expect: 's3', title: 'Run 4 of 4 (a new runner with no Actions cache: every step should restore from the S3 store)', env: { ...withoutActionsCache, ...storeEnv } },
  ];
  for (const round of rounds) {
    const workspace = join(work, round.runner);
    await mkdir(workspace, { recursive: true });
    console.log(`\n=== ${round.title} ===\n(workspace ${workspace})`);
    for (const args of steps) {
      console.log(`\n$ model-experiments ${args.join(' ')}`);
      const run = await runCli({ args: [...args, '--json'], env: round.env ?? env, cwd: workspace });
      process.stdout.write(run.stderr);
      const result = JSON.parse(run.stdout || '{}');
      if (result.command === 'evaluate') console.log(`→ exit ${run.status}, accuracy=${result.accuracy}, loss=${Number(result.loss).toFixed(4)} (evaluate reads a trained dir; it has no cache)`);
      else console.log(`→ exit ${run.status}, cacheHit=${result.cacheHit}, source=${result.source}, key=${String(result.key).slice(0, 12)}…${result.reasons?.length ? `, reasons: ${result.reasons.join('; ')}` : ''}`);
      if (run.status !== 0) failed = true;
      if (round.expect && result.command !== 'evaluate' && (result.cacheHit !== true || result.source !== round.expect)) failed = true;
    }
  }
  if (await transformersDemo({ hub, env, work, repoRoot: join(here, '..', '..'), runCli })) failed = true;
  console.log(failed ? '\nDemo FAILED: see above.' : '\nDemo OK: the second run was all cache hits, the third all restored from the Actions cache, the fourth all from the store.');
} finally {
  await hub.close();
  await cache.close();
  await store.close();
  await rm(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
