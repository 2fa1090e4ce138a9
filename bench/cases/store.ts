import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { startHubEmulator } from '../../emulators/hub-emulator.js';
import { startS3StoreEmulator, type S3StoreEmulator } from '../../emulators/s3-store-emulator.js';
import { pseudoRandom, tinyModelFiles } from '../../emulators/tiny-model.js';
import type { Reporter } from '../../src/core/reporter.js';
import { parseStoreLocation } from '../../src/tiers/store/store-location.js';
import { createStoreTier } from '../../src/tiers/store/store-tier.js';
import { ms, run, sideBySide, type BenchCase, type BenchContext, type BenchRow } from '../harness.js';

const MiB = 1024 * 1024;
const quiet: Reporter = { info: () => undefined, notice: () => undefined, warning: () => undefined, miss: () => undefined, success: () => undefined, progress: () => undefined };

async function writeRandomFile(path: string, size: number, seed: number): Promise<void> {
  const out = createWriteStream(path);
  const chunk = 16 * MiB;
  for (let done = 0, part = 0; done < size; done += chunk, part++) {
    const bytes = Buffer.from(pseudoRandom(Math.min(chunk, size - done) / 4, seed * 1000 + part).buffer);
    if (!out.write(bytes)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function withStore<T>(work: (store: S3StoreEmulator, dir: string) => Promise<T>): Promise<T> {
  const store = await startS3StoreEmulator({ bucket: 'bench-store' });
  const dir = await mkdtemp(join(tmpdir(), 'me-bench-store-'));
  try {
    return await work(store, dir);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Save + restore of an output dir through the store tier (hash every file, HeadObject each blob, multipart upload,
 * manifest; then download, verify every byte's sha256, write) against the raw SDK moving the same bytes as one
 * object (lib-storage Upload with the same part size and queue, GetObject streamed to a file).
 */
async function storeRoundTrip(context: BenchContext): Promise<BenchRow> {
  const { smoke, repetitions, log } = context;
  // The SDK warns on Node 20 about its releases after January 2027; the store tier silences it the same way.
  process.env.AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING ??= '1';
  const shards = 4;
  const total = smoke ? 32 * MiB : (Number(process.env.BENCH_STORE_MIB) || 1024) * MiB;
  return withStore(async (store, dir) => {
    const output = join(dir, 'output');
    await mkdir(output, { recursive: true });
    await writeFile(join(output, 'config.json'), '{"model_type":"bert"}');
    for (let i = 0; i < shards; i++) await writeRandomFile(join(output, `model-0000${i}-of-0000${shards}.safetensors`), total / shards, i + 1);
    const single = join(dir, 'single.bin');
    await writeRandomFile(single, total, 99);
    const env = { ...store.env };
    const client = new S3Client({ endpoint: store.endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    let round = 0;
    const phases = { save: [] as number[], restore: [] as number[], upload: [] as number[], download: [] as number[] };
    const timing = await sideBySide({
      repetitions: Math.min(repetitions, 3),
      before: async () => {
        round++;
        await rm(join(dir, 'restored'), { recursive: true, force: true });
        await rm(join(dir, 'single-restored.bin'), { force: true });
      },
      ours: async () => {
        // A fresh prefix each time: every blob is uploaded, as on the first save of a result.
        const location = parseStoreLocation({ store: `s3://${store.bucket}/round-${round}`, endpoint: store.endpoint, env, names: { store: '--store', endpoint: '--store-endpoint' } })!;
        const tier = createStoreTier({ location, env, reporter: quiet, readOnly: false, failOnCacheError: true });
        const started = Date.now();
        const saved = await tier.save({ step: 'model', key: 'b'.repeat(64), dir: output });
        phases.save.push(Date.now() - started);
        if (saved.kind !== 'saved') throw new Error(`the store did not save: ${JSON.stringify(saved)}`);
        const restoreStarted = Date.now();
        const restored = await tier.restore({ step: 'model', key: 'b'.repeat(64), dir: join(dir, 'restored') });
        phases.restore.push(Date.now() - restoreStarted);
        if (restored !== true) throw new Error(`the store did not restore: ${JSON.stringify(restored)}`);
      },
      reference: async () => {
        const key = `raw/round-${round}/single.bin`;
        const started = Date.now();
        await new Upload({ client, params: { Bucket: store.bucket, Key: key, Body: createReadStream(single, { highWaterMark: MiB }) }, partSize: 16 * MiB, queueSize: 4 }).done();
        phases.upload.push(Date.now() - started);
        const downloadStarted = Date.now();
        const response = await client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
        await pipeline(response.Body as Readable, createWriteStream(join(dir, 'single-restored.bin')));
        phases.download.push(Date.now() - downloadStarted);
      },
    });
    client.destroy();
    if ((await stat(join(dir, 'single-restored.bin'))).size !== total) throw new Error('the reference did not restore every byte');
    const ratio = timing.ours / timing.reference;
    log(`${total / MiB} MiB dir, save + restore: store ${ms(timing.ours)} vs raw SDK ${ms(timing.reference)} (${ratio.toFixed(2)}×)`);
    log(`  store save ${phases.save.map(ms).join(', ')}; restore ${phases.restore.map(ms).join(', ')}; raw upload ${phases.upload.map(ms).join(', ')}; download ${phases.download.map(ms).join(', ')}`);
    return {
      name: `store save + restore, ${total / MiB} MiB output dir (${shards} shards), s3rver on loopback`,
      reference: 'lib-storage Upload + GetObject of the same bytes as one object',
      ours: ms(timing.ours),
      referenceValue: ms(timing.reference),
      ratio,
      target: '≤ 1.2×',
      met: ratio <= 1.2,
      note: 'ours also hashes every file before the upload (the blob names) and verifies the sha256 of every byte it restores',
    };
  });
}

/**
 * A model whose new revision changed one 1 KiB file: runner A downloads and saves the old revision; a fresh runner
 * downloads the new one, taking the unchanged files from the store and the changed one from the Hub, then saves it.
 */
async function changedRevision(context: BenchContext): Promise<BenchRow[]> {
  const { smoke, log } = context;
  const weights = smoke ? 8 * MiB : 256 * MiB;
  const hub = await startHubEmulator();
  try {
    return await withStore(async (store, dir) => {
      const name = 'bench/revisions';
      const notes = (mark: string) => JSON.stringify({ notes: mark.repeat(1000) }).padEnd(1024, ' ');
      const weightsPath = join(dir, 'weights.bin');
      await writeRandomFile(weightsPath, weights, 7);
      const { readFile } = await import('node:fs/promises');
      hub.commit({ name, files: { ...tinyModelFiles(), 'model.safetensors': await readFile(weightsPath), 'generation_config.json': notes('a') } });
      const env = { ...process.env, HF_ENDPOINT: hub.url, ...store.env, ME_STORE: `s3://${store.bucket}/revisions`, AWS_ENDPOINT_URL_S3: store.endpoint };
      const download = async (runner: string) => JSON.parse((await run(process.execPath, [context.cli, 'model', 'download', '--name', name, '--output-dir', join(dir, runner, 'model'), '--json'], { env })).stdout);
      const first = await download('a');
      hub.commit({ name, files: { 'generation_config.json': notes('b') } });
      hub.requests.length = 0;
      store.requests.length = 0;
      const second = await download('b');
      const hubBytes = hub.bytesServed((r) => !!r.file && r.range !== 'bytes=0-0');
      const uploaded = store.requests.filter((r) => r.method === 'PUT' && r.status >= 200 && r.status < 300).reduce((sum, r) => sum + r.bytesIn, 0);
      const modelBytes = second.bytes as number;
      log(`new revision: ${uploaded} bytes uploaded to the store (${((uploaded / modelBytes) * 100).toFixed(3)}% of ${modelBytes}), ${hubBytes} bytes from the Hub (changed file: 1024); first revision ${first.bytes} bytes`);
      return [
        {
          name: `store, new revision with one 1 KiB file changed (${(modelBytes / MiB).toFixed(0)} MiB model): bytes uploaded for its entry`,
          reference: 'the model size',
          ours: `${uploaded} B`,
          referenceValue: `${modelBytes} B`,
          ratio: uploaded / modelBytes,
          target: '≤ 1% (ratio ≤ 0.01)',
          met: uploaded / modelBytes <= 0.01,
          note: 'the changed file, the new model_metadata.json, the manifest, the lineage pointer and the last-use marker',
        },
        {
          name: 'store, the same revision on a fresh runner: bytes fetched from the Hub',
          reference: 'the changed file (1 KiB)',
          ours: `${hubBytes} B`,
          referenceValue: '1024 B',
          ratio: hubBytes / 1024,
          target: '= 1 (the changed file only)',
          met: hubBytes === 1024 && second.fetchedFiles === 1,
        },
      ];
    });
  } finally {
    await hub.close();
  }
}

export const storeCase: BenchCase = {
  name: 's3-store',
  async run(context) {
    return [await storeRoundTrip(context), ...(await changedRevision(context))];
  },
};
