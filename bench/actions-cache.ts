/**
 * Run: npm run build && BENCH_CACHE_SIZE=1GiB npm run bench -- --only "Actions cache"
 *
 * Saving an output dir to the GitHub Actions cache and restoring it on another runner, through the real tier
 * (@actions/cache, GNU tar, zstd) against the loopback cache service emulator, side by side with what the same
 * bytes cost with no service at all: `tar --zstd` create, then extract, of the same dir. Target: ≤ 1.3×.
 * BENCH_CACHE_SIZE sets the dir's size (default 1GiB; 16MiB in --smoke). The data is incompressible, as model
 * weights nearly are, so the archive is as large as the dir and every byte crosses the emulated network twice.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startActionsCacheEmulatorProcess } from '../emulators/actions-cache-emulator-process.js';
import { silentReporter } from '../src/core/reporter.js';
import { describeSize, parseCacheSize } from '../src/tiers/cache-size.js';
import { createActionsCacheTier } from '../src/tiers/actions-cache-tier.js';
import { exitedChildrenCpuMs, ms, run, sideBySide, type BenchCase } from './harness.js';

/** A model-shaped dir: a config, a tokenizer, and the weights split into shards of at most 256 MiB. */
async function writeOutputDir(dir: string, bytes: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: 768 }));
  await writeFile(join(dir, 'tokenizer.json'), JSON.stringify({ model: { vocab: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`w${i}`, i])) } }));
  const shard = 256 * 2 ** 20;
  for (let index = 0, left = bytes; left > 0; index++, left -= shard) {
    const handle = await open(join(dir, `model-${String(index + 1).padStart(5, '0')}.safetensors`), 'w');
    try {
      for (let written = 0, size = Math.min(shard, left); written < size; written += 16 * 2 ** 20) {
        await handle.write(randomBytes(Math.min(16 * 2 ** 20, size - written)));
      }
    } finally {
      await handle.close();
    }
  }
}

export const actionsCacheCase: BenchCase = {
  name: 'Actions cache save + restore',
  async run({ smoke, repetitions, log, program }) {
    const bytes = parseCacheSize({ flag: 'BENCH_CACHE_SIZE', value: process.env.BENCH_CACHE_SIZE || (smoke ? '16MiB' : '1GiB') });
    const work = await mkdtemp(join(tmpdir(), 'me-bench-cache-'));
    // In its own process, as the real service is elsewhere (it still shares this machine's cores).
    const cache = await startActionsCacheEmulatorProcess({ program });
    try {
      const source = join(work, 'output');
      log(`writing a ${describeSize(bytes)} output dir…`);
      await writeOutputDir(source, bytes);
      const env = { ...cache.env, RUNNER_TEMP: join(work, 'runner-temp') };
      await mkdir(env.RUNNER_TEMP, { recursive: true });
      const tier = createActionsCacheTier({ env, keyPrefix: 'bench-', sizeLimitBytes: Number.MAX_SAFE_INTEGER, sizeLimitText: 'none', reporter: silentReporter, output: 'quiet' });
      const restored = join(work, 'restored');
      const archive = join(work, 'reference.tar.zst');
      let round = 0;
      const phases: { save: number; restore: number; oursCpu: number; serviceCpu: number; toolsCpu: number }[] = [];
      const referencePhases: { create: number; extract: number; cpu: number }[] = [];

      const timing = await sideBySide({
        repetitions,
        before: async () => {
          await cache.clear();
          await rm(restored, { recursive: true, force: true });
          await rm(archive, { force: true });
          // Start each run with no dirty pages left from the one before: writeback of the last run's 1-2 GiB
          // otherwise lands in whichever side runs next.
          await run('sync', []);
        },
        ours: async () => {
          const key = `${++round}`.padStart(64, '0');
          const started = performance.now();
          const cpu = { ours: process.cpuUsage(), service: await cache.cpuMs(), tools: exitedChildrenCpuMs() ?? 0 };
          const saved = await tier.save({ step: 'bench', key, dir: source });
          if (saved.kind !== 'saved') throw new Error(`save: ${JSON.stringify(saved)}`);
          const savedAt = performance.now();
          if ((await tier.restore({ step: 'bench', key, dir: restored })) !== true) throw new Error('restore failed');
          const used = process.cpuUsage(cpu.ours);
          phases.push({ save: savedAt - started, restore: performance.now() - savedAt, oursCpu: (used.user + used.system) / 1000, serviceCpu: (await cache.cpuMs()) - cpu.service, toolsCpu: (exitedChildrenCpuMs() ?? 0) - cpu.tools });
        },
        reference: async () => {
          const started = performance.now();
          const tools = exitedChildrenCpuMs() ?? 0;
          await run('tar', ['--zstd', '-cf', archive, '-C', source, '.']);
          const createdAt = performance.now();
          await mkdir(restored, { recursive: true });
          await run('tar', ['--zstd', '-xf', archive, '-C', restored]);
          referencePhases.push({ create: createdAt - started, extract: performance.now() - createdAt, cpu: (exitedChildrenCpuMs() ?? 0) - tools });
        },
      });
      const ratio = timing.ours / timing.reference;
      log(`Actions cache save + restore of ${describeSize(bytes)}: ${ms(timing.ours)} vs tar --zstd create + extract ${ms(timing.reference)} (${ratio.toFixed(2)}×)`);
      log(`  ours: ${timing.oursAll.map(ms).join(', ')}; reference: ${timing.referenceAll.map(ms).join(', ')}`);
      log(`  ours by phase (save / restore): ${phases.map((phase) => `${ms(phase.save)} / ${ms(phase.restore)}`).join(', ')}`);
      log(`  reference by phase (create / extract): ${referencePhases.map((phase) => `${ms(phase.create)} / ${ms(phase.extract)}`).join(', ')}`);
      // Where the CPU goes on this machine: our process (the tier), and the emulated service (on GitHub: Azure's).
      const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const oursCpu = median(phases.map((phase) => phase.oursCpu));
      const serviceCpu = median(phases.map((phase) => phase.serviceCpu));
      const toolsCpu = median(phases.map((phase) => phase.toolsCpu));
      const referenceCpu = median(referencePhases.map((phase) => phase.cpu));
      log(`  CPU time per save + restore (medians): our process ${ms(oursCpu)}, the emulated service ${ms(serviceCpu)}, our tar and zstd ${ms(toolsCpu)}; the reference's tar and zstd ${ms(referenceCpu)}`);
      return [
        {
          name: `Actions cache save + restore, ${describeSize(bytes).split(' (')[0]} dir (emulated service)`,
          reference: '`tar --zstd` create + extract',
          ours: ms(timing.ours),
          referenceValue: ms(timing.reference),
          ratio,
          target: '≤ 1.3×',
          met: ratio <= 1.3,
          // What is left when it misses: the same two cores also run the emulated service and move every byte
          // through loopback HTTP twice, which the reference does not do.
          note: `3.2× with @actions/cache's archive files, 2.3× streamed through node's http, 1.2–1.4× with reused buffers, 1.06× with 1 MiB tar records (full run of 2026-11-29). Per save + restore on ${cpus().length} cores the emulated service used ${ms(serviceCpu)} and our process ${ms(oursCpu)} of CPU, work \`tar --zstd\` does not do (on GitHub the service's share runs on Azure)`,
        },
      ];
    } finally {
      await cache.close();
      await rm(work, { recursive: true, force: true });
    }
  },
};
