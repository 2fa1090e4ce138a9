import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHubEmulator } from '../../emulators/hub-emulator.js';
import { tinyModelFiles } from '../../emulators/tiny-model.js';
import { median, ms, run, sideBySide, type BenchCase, type BenchRow } from '../harness.js';

/**
 * Milliseconds the main thread of `node --cpu-prof <args>` spent idle (waiting in the event loop with nothing to
 * run): a cache hit should wait on nothing but its one API call.
 */
async function idleMs(params: { args: string[]; env: NodeJS.ProcessEnv; dir: string }): Promise<{ idle: number; total: number }> {
  await rm(params.dir, { recursive: true, force: true });
  await run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', params.dir, ...params.args], { env: params.env });
  const [file] = (await readdir(params.dir)).filter((name) => name.endsWith('.cpuprofile'));
  const profile = JSON.parse(await readFile(join(params.dir, file), 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  const idleIds = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  // A sample stands for the time until the next one.
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) if (idleIds.has(profile.samples[i])) idle += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  return { idle, total: (profile.endTime - profile.startTime) / 1000 };
}

/** A cache hit must cost little more than starting Node: the CLI on a warm dir vs `node -e ''`. */
export const cacheHitCase: BenchCase = {
  name: 'cache hit',
  async run({ cli, repetitions, log }) {
    const hub = await startHubEmulator();
    const work = await mkdtemp(join(tmpdir(), 'me-bench-hit-'));
    try {
      hub.commit({ name: 'bench/tiny-bert', files: tinyModelFiles() });
      const env = { ...process.env, HF_ENDPOINT: hub.url };
      const out = join(work, 'model');
      const first = JSON.parse((await run(process.execPath, [cli, 'model', 'download', '--name', 'bench/tiny-bert', '--output-dir', out, '--json'], { env })).stdout);
      const rows: BenchRow[] = [];
      const branchArgs = [cli, 'model', 'download', '--name', 'bench/tiny-bert', '--output-dir', out, '--revision', 'main'];
      for (const [label, revision] of [['branch (1 API call)', 'main'], ['pinned sha (no network)', first.revision as string]]) {
        const args = [cli, 'model', 'download', '--name', 'bench/tiny-bert', '--output-dir', out, '--revision', revision];
        const timing = await sideBySide({ repetitions, ours: () => run(process.execPath, args, { env }), reference: () => run(process.execPath, ['-e', '']) });
        log(`cache hit, model download, ${label}: ${ms(timing.ours)} vs node -e '' ${ms(timing.reference)}`);
        rows.push({
          name: `cache hit, model download, ${label}`,
          reference: "`node -e ''`",
          ours: ms(timing.ours),
          referenceValue: ms(timing.reference),
          ratio: timing.ours / timing.reference,
          target: '≤ 2×',
          met: timing.ours / timing.reference <= 2,
        });
      }

      // Where the hit waits: idle time in a CPU profile of it, next to what the one API call takes curl.
      const profiles: { idle: number; total: number }[] = [];
      const curls: number[] = [];
      const apiUrl = `${hub.url}/api/models/bench/tiny-bert/revision/main?expand=sha`;
      for (let i = 0; i < repetitions; i++) {
        profiles.push(await idleMs({ args: branchArgs, env, dir: join(work, 'profile') }));
        const started = process.hrtime.bigint();
        await run('curl', ['-sf', '-o', '/dev/null', apiUrl]);
        curls.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const idle = median(profiles.map((profile) => profile.idle));
      const total = median(profiles.map((profile) => profile.total));
      const curl = median(curls);
      log(`cache hit, branch, CPU profile: ${ms(idle)} idle of ${ms(total)}; curl of the API call ${ms(curl)}`);
      rows.push({
        name: 'cache hit, model download, branch: idle time in a CPU profile of the run',
        reference: 'curl of the one API call (process start included)',
        ours: `${ms(idle)} of ${ms(total)}`,
        referenceValue: ms(curl),
        ratio: idle / curl,
        target: '≤ the API call (no other wait)',
        met: idle <= curl,
      });
      return rows;
    } finally {
      await hub.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};
