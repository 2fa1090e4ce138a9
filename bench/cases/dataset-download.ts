/**
 * Dataset download benchmarks. Run: `node scripts/build.mjs && node dist/bench/index.js --only "dataset download"`
 * (`--smoke` for the seconds-long version).
 *  1. bytes fetched for `--max-samples 1000` of a split stored in 50 row groups, against the split's parquet size;
 *  2. rows/s converting the whole split to JSON Lines (the step itself, in this process: Range reads, encoding,
 *     sha256, fsync, metadata), against hyparquet alone decoding the same file from the same URL into memory, also
 *     in this process (a CLI run adds its start-up, ~0.2 s, to ours: see the cache-hit case for that).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromUrl, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { startHubEmulator } from '../../emulators/hub-emulator.js';
import { silentReporter } from '../../src/core/reporter.js';
import { createHubConnection } from '../../src/hub/hub-connection.js';
import { parseDatasetDownloadRequest, runDatasetDownload } from '../../src/steps/dataset-download/dataset-download.js';
import { reviewParquet } from '../../emulators/tiny-dataset.js';
import { ms, run, sideBySide, type BenchCase, type BenchRow } from '../harness.js';

const NAME = 'bench/reviews';
const FILE = 'default/train/0000.parquet';

export const datasetDownloadCase: BenchCase = {
  name: 'dataset download',
  async run(context) {
    const { smoke, repetitions, log, cli } = context;
    const rows = smoke ? 20_000 : 50_000;
    const groups = 50;
    const sample = smoke ? 200 : 1000;
    log(`generating a ${rows}-row split in ${groups} row groups...`);
    const parquet = reviewParquet({ split: 'train', count: rows, rowGroupSize: rows / groups, wordsPerRow: 40 });
    const hub = await startHubEmulator();
    const dir = await mkdtemp(join(tmpdir(), 'me-bench-dataset-'));
    const env = { ...process.env, HF_ENDPOINT: hub.url };
    const download = (out: string, extra: string[]) => run(process.execPath, [cli, 'dataset', 'download', '--name', NAME, '--output-dir', out, '--force', ...extra], { env });
    const results: BenchRow[] = [];
    try {
      hub.commit({ type: 'dataset', name: NAME, files: { 'README.md': '# reviews\n' } });
      hub.setRef({ type: 'dataset', name: NAME, ref: 'refs/convert/parquet', files: { [FILE]: parquet } });

      const before = hub.requests.length;
      await download(join(dir, 'sample'), ['--max-samples', String(sample)]);
      const fetched = hub.requests.slice(before).filter((r) => r.host === 'cdn' && r.file === FILE).reduce((sum, r) => sum + r.bytesSent, 0);
      const fraction = fetched / parquet.length;
      log(`--max-samples ${sample}: fetched ${fetched} of ${parquet.length} bytes (${(fraction * 100).toFixed(2)}%)`);
      results.push({
        name: `dataset download --max-samples ${sample}, split of ${rows} rows in ${groups} row groups: bytes fetched`,
        reference: 'the split\'s parquet size',
        ours: `${(fetched / 1024).toFixed(0)} KiB`,
        referenceValue: `${(parquet.length / 1024).toFixed(0)} KiB`,
        ratio: fraction,
        target: '≤ 0.05',
        met: fraction <= 0.05,
      });

      const url = `${hub.url}/datasets/${NAME}/resolve/refs%2Fconvert%2Fparquet/${FILE}`;
      const timing = await sideBySide({
        repetitions: Math.min(repetitions, 5),
        ours: () =>
          runDatasetDownload({
            request: parseDatasetDownloadRequest({ name: NAME, outputDir: join(dir, 'full') }),
            connection: createHubConnection({ hubUrl: hub.url }),
            options: { reporter: silentReporter, force: true },
          }),
        reference: async () => {
          const file = await asyncBufferFromUrl({ url });
          const decoded = await parquetReadObjects({ file, compressors });
          if (decoded.length !== rows) throw new Error(`hyparquet decoded ${decoded.length} rows, expected ${rows}`);
        },
      });
      const ratio = timing.ours / timing.reference;
      const rate = (msTaken: number) => `${(rows / msTaken).toFixed(0)}k rows/s`;
      log(`full split: ${ms(timing.ours)} (${rate(timing.ours)}) vs hyparquet alone ${ms(timing.reference)} (${rate(timing.reference)})`);
      results.push({
        name: `dataset download of a whole ${rows}-row split to JSON Lines (Range reads, encoding, sha256, fsync)`,
        reference: 'hyparquet alone decoding the same URL into memory (in-process)',
        ours: `${ms(timing.ours)} (${rate(timing.ours)})`,
        referenceValue: `${ms(timing.reference)} (${rate(timing.reference)})`,
        ratio,
        target: '≤ 2×',
        met: ratio <= 2,
        note: 'ours also writes the JSON Lines (about 4× the parquet bytes), hashes and fsyncs them',
      });
    } finally {
      await hub.close();
      await rm(dir, { recursive: true, force: true });
    }
    return results;
  },
};
