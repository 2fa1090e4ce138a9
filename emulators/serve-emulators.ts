/**
 * `npm run emulators`: the loopback Hub emulator serving the demo's model, encoder and datasets, and the loopback
 * GitHub Actions cache service, up until Ctrl-C, so a person can try every CLI command by hand, offline. Prints
 * the `export` lines that point the CLI at them (and at a runner tool cache in a temp dir), and the repos served.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startActionsCacheEmulator } from './actions-cache-emulator.js';
import { publishDemoRepos } from './demo-repos.js';
import { startHubEmulator } from './hub-emulator.js';

// This file runs as dist/emulators/index.js: the CLI bundle is dist/cli/index.js.
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js');
const work = await mkdtemp(join(tmpdir(), 'model-experiments-emulators-'));
const hub = await startHubEmulator();
const cache = await startActionsCacheEmulator({ storageDir: join(work, 'actions-cache') });
const repos = publishDemoRepos(hub);

const env: Record<string, string> = {
  HF_ENDPOINT: hub.url,
  ...cache.env,
  // What a runner gives a JavaScript action: a temp dir, and a tool cache that outlives the job.
  RUNNER_TEMP: join(work, 'runner-temp'),
  RUNNER_TOOL_CACHE: join(work, 'tool-cache'),
};
const shellQuote = (value: string) => (/^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
const width = Math.max(...repos.map((repo) => repo.name.length));
console.log(
  [
    `Hub emulator on ${hub.url} (files from ${hub.cdnUrl}), Actions cache service on ${cache.url}`,
    '',
    'Paste these lines into the shell you run the CLI from:',
    '',
    ...Object.entries(env).map(([name, value]) => `export ${name}=${shellQuote(value)}`),
    'unset HF_HUB_OFFLINE HF_TOKEN',
    '',
    'Repos served:',
    ...repos.map((repo) => `  ${repo.type.padEnd(7)} ${repo.name.padEnd(width)}  ${repo.about}`),
    '',
    'For example, in an empty dir (run them again: all disk hits; in another empty dir: restored from the runner tool',
    'cache, or with --no-tool-cache from the Actions cache):',
    `  alias model-experiments=${shellQuote(`node ${cli}`)}`,
    '  model-experiments model download --name demo/tiny-bert --output-dir models/base',
    '  model-experiments dataset download --name demo/sentiment --output-dir data',
    '  model-experiments train --model-name demo/tiny-encoder --train-data data/train/data.jsonl --val-data data/test/data.jsonl --output-dir models/fine-tuned --learning-rate 1e-2',
    '  model-experiments evaluate --model-dir models/fine-tuned --data data/test/data.jsonl',
    '',
    'Press Ctrl-C to stop them (their caches, in a temp dir, are removed).',
  ].join('\n'),
);

let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  await Promise.all([hub.close(), cache.close()]);
  await rm(work, { recursive: true, force: true });
  console.log(`Stopped (${signal}).`);
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
