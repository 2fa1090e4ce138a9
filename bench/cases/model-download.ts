import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../../emulators/hub-emulator.js';
import { pseudoRandom } from '../../emulators/tiny-model.js';
import { ms, run, sideBySide, type BenchCase, type BenchContext, type BenchRow } from '../harness.js';

const MiB = 1024 * 1024;

function randomBytes(size: number, seed: number): Buffer {
  return Buffer.from(pseudoRandom(Math.ceil(size / 4), seed).buffer, 0, size);
}

async function withHub<T>(work: (hub: HubEmulator, dir: string) => Promise<T>): Promise<T> {
  const hub = await startHubEmulator();
  const dir = await mkdtemp(join(tmpdir(), 'me-bench-download-'));
  try {
    return await work(hub, dir);
  } finally {
    await hub.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const download = (context: BenchContext, hub: HubEmulator, name: string, out: string, extra: string[] = []) =>
  run(process.execPath, [context.cli, 'model', 'download', '--name', name, '--output-dir', out, '--force', ...extra], { env: { ...process.env, HF_ENDPOINT: hub.url } });

/** Model download against curl, the natural reference for moving bytes over HTTP. */
export const modelDownloadCase: BenchCase = {
  name: 'model download',
  async run(context) {
    const { smoke, repetitions, log } = context;
    const rows: BenchRow[] = [];

    const bigSize = smoke ? 8 * MiB : 256 * MiB;
    rows.push(
      await withHub(async (hub, dir) => {
        hub.commit({ name: 'bench/big', files: { 'config.json': '{}', 'model.safetensors': randomBytes(bigSize, 1) } });
        const url = `${hub.url}/bench/big/resolve/main/model.safetensors`;
        const timing = await sideBySide({
          repetitions: Math.min(repetitions, 5),
          ours: () => download(context, hub, 'bench/big', join(dir, 'ours'), ['--include', 'model.safetensors']),
          reference: () => run('curl', ['-sfL', '-o', join(dir, 'curl.bin'), url]),
        });
        log(`one ${bigSize / MiB} MiB LFS file: ${ms(timing.ours)} vs curl ${ms(timing.reference)}`);
        return {
          name: `model download, one ${bigSize / MiB} MiB LFS file (verified sha256, fsync)`,
          reference: 'curl of the same URL',
          ours: ms(timing.ours),
          referenceValue: ms(timing.reference),
          ratio: timing.ours / timing.reference,
          target: '≤ 1.25×',
          met: timing.ours / timing.reference <= 1.25,
          note: 'what remains besides the bytes: node and CLI start, two Hub API calls before the first byte, the sha256 of every byte and an fsync, none of which curl does',
        };
      }),
    );

    const count = smoke ? 20 : 202;
    rows.push(
      await withHub(async (hub, dir) => {
        const files: Record<string, Buffer> = { 'config.json': Buffer.from('{}') };
        for (let i = 0; i < count; i++) files[`shards/part-${String(i).padStart(3, '0')}.json`] = randomBytes(4096, i + 10);
        hub.commit({ name: 'bench/many', files });
        const paths = Object.keys(files);
        const timing = await sideBySide({
          repetitions: Math.min(repetitions, 5),
          ours: () => download(context, hub, 'bench/many', join(dir, 'ours')),
          reference: async () => {
            for (const path of paths) await run('curl', ['-sfL', '-o', join(dir, 'curl.bin'), `${hub.url}/bench/many/resolve/main/${path}`]);
          },
        });
        const speedup = timing.reference / timing.ours;
        log(`${count + 1} small files: ${ms(timing.ours)} vs curl in sequence ${ms(timing.reference)} (${speedup.toFixed(1)}× faster)`);
        return {
          name: `model download, ${count + 1} small files (4 KiB each; verified, fsynced)`,
          reference: 'curl of each file in sequence',
          ours: ms(timing.ours),
          referenceValue: ms(timing.reference),
          ratio: timing.ours / timing.reference,
          target: smoke ? '≥ 3× faster (ratio ≤ 0.33)' : '≤ 0.6 s',
          met: smoke ? speedup >= 3 : timing.ours <= 600,
        };
      }),
    );

    const cap = smoke ? 4 * MiB : 2 * MiB;
    const shards = 8;
    const shardSize = smoke ? 1 * MiB : 8 * MiB;
    rows.push(
      await withHub(async (hub, dir) => {
        const files: Record<string, Buffer> = { 'config.json': Buffer.from('{}') };
        for (let i = 0; i < shards; i++) files[`model-${i}.safetensors`] = randomBytes(shardSize, i + 100);
        hub.commit({ name: 'bench/capped', files });
        hub.setBandwidth(cap);
        const timing = await sideBySide({
          repetitions: Math.min(repetitions, 3),
          ours: () => download(context, hub, 'bench/capped', join(dir, 'ours')),
          reference: async () => undefined,
        });
        const achieved = (shards * shardSize) / (timing.ours / 1000);
        const ideal = cap * Math.min(8, shards);
        log(`capped at ${cap / MiB} MiB/s per connection: ${(achieved / MiB).toFixed(1)} MiB/s of an ideal ${(ideal / MiB).toFixed(0)} MiB/s`);
        return {
          name: `model download, ${shards} × ${shardSize / MiB} MiB, emulator capped at ${cap / MiB} MiB/s per connection`,
          reference: 'the cap × concurrency (8)',
          ours: `${(achieved / MiB).toFixed(1)} MiB/s`,
          referenceValue: `${(ideal / MiB).toFixed(0)} MiB/s`,
          ratio: achieved / ideal,
          target: '≥ 0.8 of it',
          met: achieved / ideal >= 0.8,
        };
      }),
    );
    return rows;
  },
};
