/**
 * `npm run demo`: the main job, offline, on an embedded default. Starts the loopback Hub emulator with a
 * tiny model made in code, then runs the CLI bundle twice as a user would: the first run works, the
 * second is all cache hits, with the reasons shown.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHubEmulator } from './hub-emulator.js';
import { tinyModelFiles } from './tiny-model.js';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'cli', 'index.js');

/** Run the CLI as a child process; the emulator in this process keeps serving while it runs. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const hub = await startHubEmulator();
const work = await mkdtemp(join(tmpdir(), 'model-experiments-demo-'));
let failed = false;
try {
  hub.commit({ name: 'demo/tiny-bert', files: tinyModelFiles() });
  const env = { ...process.env, HF_ENDPOINT: hub.url, HF_TOKEN: '', HF_HUB_OFFLINE: '' };
  const steps = [['model', 'download', '--name', 'demo/tiny-bert', '--output-dir', join(work, 'models', 'base')]];
  for (const round of [1, 2]) {
    console.log(`\n=== Run ${round} of 2 ${round === 1 ? '(empty caches: everything is produced)' : '(same inputs: every step should be a cache hit)'} ===`);
    for (const args of steps) {
      console.log(`\n$ model-experiments ${args.join(' ')}`);
      const run = await runCli([...args, '--json'], env);
      process.stdout.write(run.stderr);
      const result = JSON.parse(run.stdout || '{}');
      console.log(`→ exit ${run.status}, cacheHit=${result.cacheHit}, source=${result.source}, key=${String(result.key).slice(0, 12)}…${result.reasons?.length ? `, reasons: ${result.reasons.join('; ')}` : ''}`);
      if (run.status !== 0 || (round === 2 && result.cacheHit !== true)) failed = true;
    }
  }
  console.log(failed ? '\nDemo FAILED: see above.' : '\nDemo OK: the second run was all cache hits.');
} finally {
  await hub.close();
  await rm(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
