import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { awkwardValuesParquet, reviewConversion, reviewParquet, reviewRows } from '../emulators/tiny-dataset.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };
let env: Record<string, string>;
const IMDB = 'stanfordnlp/imdb';
const ROWS_PER_SPLIT = 2500;

const download = (args: string[], extraEnv: Record<string, string> = {}) => runCliInProcess(['dataset', 'download', ...args, '--json'], { ...env, ...extraEnv });

/** The exact JSON Lines text the first `count` rows of a review split must become. */
function expectedJsonl(split: string, count: number, start = 0, wordsPerRow?: number): string {
  const rows = reviewRows({ split, count, start, wordsPerRow });
  return rows.text.map((text, i) => `{"text":${JSON.stringify(text)},"label":${rows.label[i]}}\n`).join('');
}

/** Body bytes served for files of a repo path prefix since `since` (an index into the requests log). */
const bytesFor = (prefix: string, since = 0) => hub.requests.slice(since).filter((r) => r.file?.startsWith(prefix)).reduce((sum, r) => sum + r.bytesSent, 0);

beforeAll(async () => {
  hub = await startHubEmulator();
  tmp = await makeTempDir('me-dataset-');
  env = { HF_ENDPOINT: hub.url };
  hub.commit({ type: 'dataset', name: IMDB, files: { 'README.md': '# imdb\n' } });
  hub.setRef({
    type: 'dataset',
    name: IMDB,
    ref: 'refs/convert/parquet',
    files: reviewConversion({ splits: { train: ROWS_PER_SPLIT, test: ROWS_PER_SPLIT, unsupervised: ROWS_PER_SPLIT }, rowGroupSize: 250 }),
  });
});

afterAll(async () => {
  await hub?.close();
  await tmp?.cleanup();
});

describe('the seed test_caching.sh dataset cases', () => {
  test('the first run writes the first N rows of every split in order; the second is a hit with the seed messages and fetches no rows', async () => {
    const dir = join(tmp.path, 'seed-hit');
    const first = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '1000']);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ command: 'dataset download', cacheHit: false, source: 'hub', outputDir: dir, splits: { train: 1000, test: 1000, unsupervised: 1000 } });
    expect(first.json!.reasons).toEqual([`no metadata.json in ${dir} (not downloaded yet)`]);
    expect(first.json!.revision).toMatch(/^[0-9a-f]{40}$/);
    for (const split of ['train', 'test', 'unsupervised']) {
      expect(await readFile(join(dir, split, 'data.jsonl'), 'utf8')).toBe(expectedJsonl(split, 1000));
    }
    // Footer and row groups are read once each: never more than the files hold.
    expect(first.json!.fetchedBytes).toBeLessThanOrEqual(first.json!.sourceBytes);
    const metadata = JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8'));
    expect(metadata).toMatchObject({ name: IMDB, config: 'plain_text', max_samples: 1000, revision: 'main', resolvedRevision: first.json!.revision, total_samples: 3000, key: first.json!.key });
    expect(metadata.splits.map((split: { name: string; rows: number }) => [split.name, split.rows])).toEqual([['train', 1000], ['test', 1000], ['unsupervised', 1000]]);

    const before = hub.requests.length;
    const second = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '1000']);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ cacheHit: true, source: 'disk', key: first.json!.key, reasons: [], splits: { train: 1000, test: 1000, unsupervised: 1000 } });
    expect(second.stderr).toContain('ℹ Dataset already downloaded and cached\n');
    expect(second.stderr).toContain(`Using cached dataset from ${dir}\n`);
    expect(second.stderr).toContain('Splits: train, test, unsupervised\n');
    expect(second.stderr).toContain('Total samples: 3000\n');
    // One revision lookup; no listing, no parquet byte.
    expect(hub.requests.slice(before).map((r) => r.path)).toEqual([`/api/datasets/${IMDB}/revision/main`]);
  });

  test('a different --max-samples re-downloads with the seed warning; --force re-downloads a valid cache', async () => {
    const dir = join(tmp.path, 'seed-max');
    expect((await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '1000'])).code).toBe(0);
    const more = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '2000']);
    expect(more.code).toBe(0);
    expect(more.stderr).toContain('⚠ Cache has different max_samples (1000 vs 2000), re-downloading...\n');
    expect(more.json).toMatchObject({ cacheHit: false, splits: { train: 2000, test: 2000, unsupervised: 2000 } });
    expect(await readFile(join(dir, 'test', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('test', 2000));

    const all = await download(['--name', IMDB, '--output-dir', dir]);
    expect(all.stderr).toContain('⚠ Cache has different max_samples (2000 vs all), re-downloading...\n');
    expect(all.json!.splits).toEqual({ train: ROWS_PER_SPLIT, test: ROWS_PER_SPLIT, unsupervised: ROWS_PER_SPLIT });

    const before = hub.requests.length;
    const forced = await download(['--name', IMDB, '--output-dir', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('Force flag set, re-downloading even if cache exists...');
    expect(forced.json).toMatchObject({ cacheHit: false, reasons: ['forced (--force)'], key: all.json!.key });
    expect(bytesFor('plain_text/', before)).toBeGreaterThan(0);
    expect(await readFile(join(dir, 'unsupervised', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('unsupervised', ROWS_PER_SPLIT));
  });
});

test('a missing or truncated split file is a miss that names the file, and the next run restores the exact content', async () => {
  const dir = join(tmp.path, 'damaged');
  const args = ['--name', IMDB, '--output-dir', dir, '--max-samples', '300'];
  expect((await download(args)).code).toBe(0);
  const original = await readFile(join(dir, 'train', 'data.jsonl'), 'utf8');

  await rm(join(dir, 'test', 'data.jsonl'));
  const missing = await download(args);
  expect(missing.json).toMatchObject({ cacheHit: false, reasons: ['test/data.jsonl is missing, re-downloading...'] });
  expect(await readFile(join(dir, 'test', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('test', 300));

  const size = (await stat(join(dir, 'train', 'data.jsonl'))).size;
  await truncate(join(dir, 'train', 'data.jsonl'), size - 10);
  const truncated = await download(args);
  expect(truncated.json!.reasons).toEqual([`train/data.jsonl has ${size - 10} bytes, ${size} expected (truncated or changed), re-downloading...`]);
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(original);

  // Same size, different bytes: the changed stat makes it re-hash, and the hash tells.
  await writeFile(join(dir, 'train', 'data.jsonl'), original.replace('train review 0', 'train review X'));
  const edited = await download(args);
  expect(edited.json!.reasons).toEqual(['train/data.jsonl changed since it was downloaded (sha256 differs), re-downloading...']);
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(original);

  await writeFile(join(dir, 'metadata.json'), '{"schema": "model-experiments/dataset-download@1", "name": ');
  const corrupted = await download(args);
  expect(corrupted.json!.reasons).toEqual(['metadata.json is corrupted (is not valid JSON), re-downloading...']);
  expect((await download(args)).json!.cacheHit).toBe(true);
});

test('configs: several configs without --config is an input error listing them; switching config re-downloads with the reason', async () => {
  const name = 'org/two-configs';
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# two configs\n' } });
  hub.setRef({
    type: 'dataset',
    name,
    ref: 'refs/convert/parquet',
    files: { ...reviewConversion({ config: 'small', splits: { train: 50 } }), ...reviewConversion({ config: 'large', splits: { train: 80, validation: 20 } }) },
  });
  const dir = join(tmp.path, 'configs');
  const ambiguous = await download(['--name', name, '--output-dir', dir]);
  expect(ambiguous.code).toBe(2);
  // The configs are known only once the conversion is listed, so the miss is reported first.
  expect(ambiguous.stderr.trim().split('\n').pop()).toBe(`✗ ${name} has 2 configs (large, small): choose one with --config`);
  const unknown = await download(['--name', name, '--output-dir', dir, '--config', 'medium']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr.trim().split('\n').pop()).toBe(`✗ --config "medium" is not a config of ${name}: choose one of large, small`);

  const large = await download(['--name', name, '--output-dir', dir, '--config', 'large']);
  expect(large.json).toMatchObject({ cacheHit: false, config: 'large', splits: { train: 80, validation: 20 } });
  const small = await download(['--name', name, '--output-dir', dir, '--config', 'small']);
  expect(small.json).toMatchObject({ cacheHit: false, config: 'small', splits: { train: 50 }, reasons: ['Cache has a different config (large vs small), re-downloading...'] });
  // The split the new config does not have is gone; the one it has holds the new rows.
  await expect(stat(join(dir, 'validation'))).rejects.toThrow();
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('train', 50));

  const onlyValidation = await download(['--name', name, '--output-dir', join(tmp.path, 'configs-split'), '--config', 'large', '--split', 'validation']);
  expect(onlyValidation.json!.splits).toEqual({ validation: 20 });
  const noSuchSplit = await download(['--name', name, '--output-dir', join(tmp.path, 'configs-split'), '--config', 'large', '--split', 'dev']);
  expect(noSuchSplit.code).toBe(2);
  expect(noSuchSplit.stderr.trim().split('\n').pop()).toBe(`✗ --split "dev" is not a split of ${name} (config large): choose from train, validation`);
});

test('offline: a cached dataset is a hit without a single request; one not cached fails with what to do', async () => {
  const dir = join(tmp.path, 'offline');
  expect((await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '100'])).code).toBe(0);
  const before = hub.requests.length;
  const hit = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '100', '--offline']);
  expect(hit.json).toMatchObject({ cacheHit: true, source: 'disk', splits: { train: 100, test: 100, unsupervised: 100 } });
  const viaEnv = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '100'], { HF_HUB_OFFLINE: '1' });
  expect(viaEnv.json!.cacheHit).toBe(true);
  const miss = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '200', '--offline']);
  expect(miss.code).toBe(1);
  expect(miss.stderr).toContain(`✗ Offline, and dataset ${IMDB}@main is not in ${dir} with these options: run once without --offline / HF_HUB_OFFLINE to download it`);
  expect(hub.requests.length).toBe(before);
  // The failed offline run left the cache it found alone.
  expect((await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '100', '--offline'])).json!.cacheHit).toBe(true);
});

test('revisions: a cached commit sha is a hit without network; a moved main is a miss that says so', async () => {
  const name = 'org/moving';
  const firstSha = hub.commit({ type: 'dataset', name, files: { 'README.md': 'v1' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 40 } }) });
  const dir = join(tmp.path, 'moving');
  const pinned = await download(['--name', name, '--output-dir', dir, '--revision', firstSha]);
  expect(pinned.json).toMatchObject({ cacheHit: false, revision: firstSha, origin: 'parquet-conversion', splits: { train: 40 } });
  const before = hub.requests.length;
  expect((await download(['--name', name, '--output-dir', dir, '--revision', firstSha])).json!.cacheHit).toBe(true);
  expect(hub.requests.length).toBe(before);

  const mainDir = join(tmp.path, 'moving-main');
  expect((await download(['--name', name, '--output-dir', mainDir])).json!.revision).toBe(firstSha);
  const secondSha = hub.commit({ type: 'dataset', name, files: { 'README.md': 'v2' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 60 } }) });
  const moved = await download(['--name', name, '--output-dir', mainDir]);
  expect(moved.json).toMatchObject({ cacheHit: false, revision: secondSha, splits: { train: 60 } });
  expect(moved.json!.reasons).toEqual([`Revision main moved upstream (${firstSha.slice(0, 7)} → ${secondSha.slice(0, 7)}), re-downloading...`]);
});

test('a small --max-samples of a 50-row-group file fetches the footer and the first row group only', async () => {
  const name = 'org/big-split';
  const file = reviewParquet({ split: 'train', count: 10_000, rowGroupSize: 200, wordsPerRow: 40 });
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# big\n' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: { 'default/train/0000.parquet': file } });
  const before = hub.requests.length;
  const run = await download(['--name', name, '--output-dir', join(tmp.path, 'big'), '--max-samples', '150']);
  expect(run.json).toMatchObject({ cacheHit: false, splits: { train: 150 } });
  const ranged = hub.requests.slice(before).filter((r) => r.host === 'cdn' && r.file === 'default/train/0000.parquet');
  // The footer, then the first row group's column chunks: two Range reads.
  expect(ranged.map((r) => r.status)).toEqual([206, 206]);
  const fetched = ranged.reduce((sum, r) => sum + r.bytesSent, 0);
  expect(fetched / file.length).toBeLessThan(0.1);
  expect(run.json!.fetchedBytes).toBe(fetched);
  expect(await readFile(join(tmp.path, 'big', 'train', 'data.jsonl'), 'utf8')).toBe(
    reviewRows({ split: 'train', count: 150, wordsPerRow: 40 }).text.map((text, i) => `{"text":${JSON.stringify(text)},"label":${i % 2}}\n`).join(''),
  );
});

test('a whole split of 50 row groups is fetched in one Range read (and the footer), not one per column chunk', async () => {
  const name = 'org/big-whole';
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# big\n' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: { 'default/train/0000.parquet': reviewParquet({ split: 'train', count: 10_000, rowGroupSize: 200, wordsPerRow: 40 }) } });
  const before = hub.requests.length;
  const run = await download(['--name', name, '--output-dir', join(tmp.path, 'big-whole')]);
  expect(run.json).toMatchObject({ cacheHit: false, splits: { train: 10_000 } });
  const ranged = hub.requests.slice(before).filter((r) => r.host === 'cdn' && r.file === 'default/train/0000.parquet');
  expect(ranged.map((r) => r.status)).toEqual([206, 206]);
  const lines = (await readFile(join(tmp.path, 'big-whole', 'train', 'data.jsonl'), 'utf8')).split('\n');
  expect(lines.length).toBe(10_001);
  expect(lines[9_999]).toBe(`{"text":${JSON.stringify(reviewRows({ split: 'train', count: 10_000, wordsPerRow: 40 }).text[9_999])},"label":1}`);
});

test('without --max-samples every row of a split spread over several shards is written, in order', async () => {
  const name = 'org/sharded';
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# sharded\n' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 1050 }, rowsPerShard: 500, rowGroupSize: 64, wordsPerRow: 40 }) });
  const dir = join(tmp.path, 'sharded');
  const run = await download(['--name', name, '--output-dir', dir]);
  expect(run.json!.splits).toEqual({ train: 1050 });
  // Every byte read once: the row groups next to the footer reuse the footer read.
  expect(run.json!.fetchedBytes).toBeLessThanOrEqual(run.json!.sourceBytes);
  expect(run.json!.fetchedBytes).toBeGreaterThan(run.json!.sourceBytes * 0.9);
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('train', 1050, 0, 40));
  const metadata = JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8'));
  expect(metadata.splits[0].sourceFiles).toEqual(['default/train/0000.parquet', 'default/train/0001.parquet', 'default/train/0002.parquet']);
  // A sample inside the first shard never touches the others.
  const before = hub.requests.length;
  await download(['--name', name, '--output-dir', join(tmp.path, 'sharded-sample'), '--max-samples', '10']);
  expect(bytesFor('default/train/0001.parquet', before) + bytesFor('default/train/0002.parquet', before)).toBe(0);
});

test('values JSON cannot hold are written losslessly, as the README documents', async () => {
  const name = 'org/awkward';
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# awkward\n' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: { 'default/train/0000.parquet': awkwardValuesParquet() } });
  const dir = join(tmp.path, 'awkward');
  expect((await download(['--name', name, '--output-dir', dir])).code).toBe(0);
  expect((await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).split('\n')).toEqual([
    '{"id":9007199254740993,"blob":{"$base64":"AP8KIg=="},"day":"2024-01-01","at":"2023-11-14T22:13:20.123456Z","score":"NaN","name":"ünïcode \\"quoted\\"\\n","price":1234567890123456.78,"big":1234567890123456789012345678.9012345678,"small":1.500}',
    '{"id":-9223372036854775808,"blob":{"$base64":""},"day":"1969-12-31","at":"1970-01-01T00:00:00.000000Z","score":"Infinity","name":"","price":-0.05,"big":-0.0000000001,"small":-0.001}',
    '{"id":42,"blob":null,"day":"1970-01-01","at":"1969-12-31T23:59:59.999999Z","score":-0,"name":null,"price":0.00,"big":null,"small":0.007}',
    '',
  ]);
});

test('bad input exits 2 with one line saying what to do, and writes nothing', async () => {
  const dir = join(tmp.path, 'bad-input');
  const cases: [string[], string][] = [
    [['--name', IMDB, '--output-dir', dir, '--max-samples', '0'], '✗ --max-samples 0 is out of range: give a whole number from 1 to 9007199254740991'],
    [['--name', IMDB, '--output-dir', dir, '--max-samples', 'ten'], '✗ --max-samples "ten" is not a whole number: give one from 1 to 9007199254740991'],
    [['--name', IMDB, '--output-dir', dir, '--split', '../etc'], '✗ --split "../etc" is not a split name: use letters, digits and "_" (e.g. train, test, validation)'],
    [['--name', IMDB, '--output-dir', dir, '--config', 'a/b'], '✗ --config "a/b" is not a config name: use letters, digits, "_", "-", "." (e.g. plain_text); omit it for the default'],
    [['--name', '../imdb', '--output-dir', dir], '✗ --name "../imdb" is not a valid Hub repo id: it contains ".."'],
    [['--name', IMDB], '✗ --output-dir is required: give the directory to write metadata.json and <split>/data.jsonl into'],
    [['--name', 'org/missing', '--output-dir', dir], '✗ dataset org/missing@main was not found on the Hub (Repository not found): check the name and revision'],
  ];
  for (const [args, message] of cases) {
    const run = await download(args);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: `${message}\n` });
  }
  await expect(stat(dir)).rejects.toThrow();
});

test('--plan reports what would run and downloads nothing; after a download it reports the hit', async () => {
  const dir = join(tmp.path, 'plan');
  const plan = await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '10', '--plan']);
  expect(plan.json).toMatchObject({ cacheHit: false, needsRun: true, reasons: [`no metadata.json in ${dir} (not downloaded yet)`] });
  await expect(stat(join(dir, 'metadata.json'))).rejects.toThrow();
  await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '10']);
  expect((await download(['--name', IMDB, '--output-dir', dir, '--max-samples', '10', '--plan'])).json).toMatchObject({ cacheHit: true, needsRun: false });
});

test('a dropped connection or a 503 while reading parquet ranges is retried, and the rows come out right', async () => {
  const name = 'org/flaky';
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# flaky\n' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 3000 }, rowGroupSize: 300 }) });
  hub.injectFault({ kind: 'status', status: 503, match: /default\/train\/0000\.parquet/, times: 1 });
  hub.injectFault({ kind: 'reset', match: /default\/train\/0000\.parquet/, times: 1 });
  const dir = join(tmp.path, 'flaky');
  const run = await download(['--name', name, '--output-dir', dir]);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/⚠ .*retrying in \d+ ms \(attempt 2\/5\)/);
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('train', 3000));
});

test('a dataset saved to the runner tool cache is restored into a fresh output dir, validated, and reported with its splits', async () => {
  const toolCache = join(tmp.path, 'runner-tool-cache');
  const tierEnv = { RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: join(tmp.path, 'runner-temp') };
  const args = ['--name', IMDB, '--max-samples', '120', '--tool-cache', '--cache', 'off'];
  const first = await download([...args, '--output-dir', join(tmp.path, 'tier-a')], tierEnv);
  expect(first.code).toBe(0);
  expect(first.stderr).toContain('Saved to tool-cache');
  const before = hub.requests.length;
  const restored = await download([...args, '--output-dir', join(tmp.path, 'tier-b')], tierEnv);
  expect(restored.json).toMatchObject({ cacheHit: true, source: 'tool-cache', key: first.json!.key, splits: { train: 120, test: 120, unsupervised: 120 } });
  expect(restored.stderr).toContain('ℹ Dataset restored from tool-cache\n');
  expect(restored.stderr).toContain('Splits: train, test, unsupervised\nTotal samples: 360\n');
  expect(bytesFor('plain_text/', before)).toBe(0);
  expect(await readFile(join(tmp.path, 'tier-b', 'test', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('test', 120));
});

test('a split the Hub converted only partly (partial-<split>/) is read under its own name, and the run says so', async () => {
  const name = 'org/huge';
  const converted = reviewConversion({ config: 'default', splits: { train: 30, test: 10 } });
  hub.commit({ type: 'dataset', name, files: { 'README.md': '# huge\n' } });
  hub.setRef({
    type: 'dataset',
    name,
    ref: 'refs/convert/parquet',
    files: { 'default/partial-train/0000.parquet': converted['default/train/0000.parquet'], 'default/test/0000.parquet': converted['default/test/0000.parquet'] },
  });
  const dir = join(tmp.path, 'partial');
  const run = await download(['--name', name, '--output-dir', dir]);
  expect(run.json!.splits).toEqual({ train: 30, test: 10 });
  expect(run.stderr).toContain('⚠ train is only partly converted by the Hub (splits over 5 GB): its rows are the first part of the split\n');
  expect(JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8')).splits[0]).toMatchObject({ name: 'train', partial: true, sourceFiles: ['default/partial-train/0000.parquet'] });
});
