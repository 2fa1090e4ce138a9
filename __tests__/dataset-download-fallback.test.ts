import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHubEmulator, type HubEmulator } from '../emulators/hub-emulator.js';
import { reviewConversion, reviewCsv, reviewJsonl, reviewParquet, reviewRows } from '../emulators/tiny-dataset.js';
import { inferDataSplits } from '../src/steps/dataset-download/infer-data-splits.js';
import { runCliInProcess } from './helpers/run-cli.js';
import { makeTempDir } from './helpers/temp-dir.js';

let hub: HubEmulator;
let tmp: { path: string; cleanup: () => Promise<void> };

const download = (args: string[]) => runCliInProcess(['dataset', 'download', ...args, '--json'], { HF_ENDPOINT: hub.url });

function expectedJsonl(split: string, count: number, start = 0): string {
  const rows = reviewRows({ split, count, start });
  return rows.text.map((text, i) => `{"text":${JSON.stringify(text)},"label":${rows.label[i]}}\n`).join('');
}

beforeAll(async () => {
  hub = await startHubEmulator();
  tmp = await makeTempDir('me-dataset-raw-');
});

afterAll(async () => {
  await hub?.close();
  await tmp?.cleanup();
});

test('a repo without a parquet conversion is read from its JSON Lines files, splits from their names, lines kept as they are', async () => {
  const name = 'org/jsonl-only';
  const train = reviewJsonl({ split: 'train', count: 2000 });
  hub.commit({
    type: 'dataset',
    name,
    files: { 'README.md': '# jsonl\n', 'data/train.jsonl': train, 'data/test.jsonl': reviewJsonl({ split: 'test', count: 30 }), '.hidden/train.jsonl': '{"x": 1}\n' },
  });
  const dir = join(tmp.path, 'jsonl');
  const run = await download(['--name', name, '--output-dir', dir]);
  expect(run.json).toMatchObject({ cacheHit: false, origin: 'repo-files', config: 'default', splits: { train: 2000, test: 30 } });
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(train);
  expect(await readFile(join(dir, 'test', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('test', 30));
  expect((await download(['--name', name, '--output-dir', dir])).json!.cacheHit).toBe(true);

  // A sample reads the start of the file only.
  const before = hub.requests.length;
  const sample = await download(['--name', name, '--output-dir', join(tmp.path, 'jsonl-sample'), '--max-samples', '5', '--split', 'train']);
  expect(sample.json!.splits).toEqual({ train: 5 });
  const fetched = hub.requests.slice(before).filter((r) => r.file === 'data/train.jsonl').reduce((sum, r) => sum + r.bytesSent, 0);
  expect(fetched).toBeGreaterThan(0);
  expect(fetched).toBeLessThan(Buffer.byteLength(train) / 2);
  expect(await readFile(join(tmp.path, 'jsonl-sample', 'train', 'data.jsonl'), 'utf8')).toBe(train.split('\n').slice(0, 5).join('\n') + '\n');
});

test('CSV files become typed rows as pandas would read them; split keywords stand apart from other words', async () => {
  const name = 'org/csv-only';
  hub.commit({
    type: 'dataset',
    name,
    files: {
      'README.md': '# csv\n',
      'my_train_file.csv': reviewCsv({ split: 'train', count: 25 }),
      'valid-2.csv': reviewCsv({ split: 'validation', count: 7 }),
      'testfile.csv': 'text,label\n"not a split name",1\n',
      'extras.csv': 'id,big,ratio,flag,empty\n1,9007199254740993,0.25,True,\n',
    },
  });
  const dir = join(tmp.path, 'csv');
  const run = await download(['--name', name, '--output-dir', dir]);
  // testfile.csv and extras.csv name no split: datasets leaves them out once any file names one.
  expect(run.json!.splits).toEqual({ train: 25, validation: 7 });
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('train', 25));

  const typed = 'org/csv-types';
  hub.commit({ type: 'dataset', name: typed, files: { 'data.csv': 'id,big,ratio,flag,empty,text,na,missing\n1,9007199254740993,0.25,True,,"a, ""quoted"" text",NA,N/A\n2,3,0.5,False,nan,NULL,None,"Nan"\n' } });
  const typedDir = join(tmp.path, 'csv-types');
  expect((await download(['--name', typed, '--output-dir', typedDir])).json!.splits).toEqual({ train: 2 });
  // pandas' missing-value markers (NA, N/A, nan, NULL, None, …) are null; other text stays text.
  expect(await readFile(join(typedDir, 'train', 'data.jsonl'), 'utf8')).toBe(
    '{"id":1,"big":9007199254740993,"ratio":0.25,"flag":true,"empty":null,"text":"a, \\"quoted\\" text","na":null,"missing":null}\n' +
      '{"id":2,"big":3,"ratio":0.5,"flag":false,"empty":null,"text":null,"na":null,"missing":"Nan"}\n',
  );
});

test('parquet shards named data/{split}-NNNNN-of-NNNNN give any split name; a JSON array file is rows too', async () => {
  const name = 'org/pushed';
  hub.commit({
    type: 'dataset',
    name,
    files: {
      'data/train-00000-of-00002.parquet': reviewParquet({ split: 'train', count: 30, rowGroupSize: 8 }),
      'data/train-00001-of-00002.parquet': reviewParquet({ split: 'train', count: 20, start: 30, rowGroupSize: 8 }),
      'data/unsupervised-00000-of-00001.parquet': reviewParquet({ split: 'unsupervised', count: 12 }),
    },
  });
  const dir = join(tmp.path, 'pushed');
  const run = await download(['--name', name, '--output-dir', dir, '--max-samples', '40']);
  expect(run.json!.splits).toEqual({ train: 40, unsupervised: 12 });
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('train', 40));
  expect(await readFile(join(dir, 'unsupervised', 'data.jsonl'), 'utf8')).toBe(expectedJsonl('unsupervised', 12));

  const json = 'org/json-array';
  hub.commit({ type: 'dataset', name: json, files: { 'reviews.json': JSON.stringify([{ text: 'one', label: 1 }, { text: 'two', label: 0 }]) } });
  const jsonDir = join(tmp.path, 'json');
  expect((await download(['--name', json, '--output-dir', jsonDir])).json!.splits).toEqual({ train: 2 });
  expect(await readFile(join(jsonDir, 'train', 'data.jsonl'), 'utf8')).toBe('{"text":"one","label":1}\n{"text":"two","label":0}\n');
});

test('a revision other than main reads that commit\'s own files even when main has a parquet conversion', async () => {
  const name = 'org/versioned';
  const v1 = hub.commit({ type: 'dataset', name, files: { 'train.jsonl': reviewJsonl({ split: 'train', count: 3 }) } });
  hub.commit({ type: 'dataset', name, files: { 'train.jsonl': reviewJsonl({ split: 'train', count: 9 }) } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files: reviewConversion({ config: 'default', splits: { train: 9 } }) });
  const old = await download(['--name', name, '--output-dir', join(tmp.path, 'v1'), '--revision', v1]);
  expect(old.json).toMatchObject({ origin: 'repo-files', revision: v1, splits: { train: 3 } });
  expect(old.stderr).toContain(`The Hub's parquet conversion of ${name} is made from main; ${v1} is another commit, so rows come from the repo's own data files`);
  const current = await download(['--name', name, '--output-dir', join(tmp.path, 'v2')]);
  expect(current.json).toMatchObject({ origin: 'parquet-conversion', splits: { train: 9 } });
});

test('what the fallback cannot read is said plainly: a config it does not have, no data files, a broken line', async () => {
  const name = 'org/plain';
  hub.commit({ type: 'dataset', name, files: { 'train.jsonl': '{"a":1}\n' } });
  const config = await download(['--name', name, '--output-dir', join(tmp.path, 'plain'), '--config', 'other']);
  expect(config.code).toBe(2);
  expect(config.stderr.trim().split('\n').pop()).toBe(`✗ --config "other" is not a config of ${name}@main: read from its data files it has only "default"; omit --config`);

  hub.commit({ type: 'dataset', name: 'org/empty', files: { 'README.md': '# nothing\n', 'script.py': 'print(1)\n' } });
  const empty = await download(['--name', 'org/empty', '--output-dir', join(tmp.path, 'empty')]);
  expect(empty.code).toBe(2);
  expect(empty.stderr.trim().split('\n').pop()).toBe('✗ Dataset org/empty@main has no parquet conversion to read and no data files (.parquet, .jsonl, .json, .csv)');

  hub.commit({ type: 'dataset', name: 'org/broken', files: { 'train.jsonl': '{"a":1}\n{"a":2\n' } });
  const broken = await download(['--name', 'org/broken', '--output-dir', join(tmp.path, 'broken')]);
  expect(broken.code).toBe(1);
  expect(broken.stderr.trim().split('\n').pop()).toBe('✗ train.jsonl line 2 is not valid JSON: fix the file upstream or pin a --revision where it is valid');
});

test('configs declared in the dataset card (README.md YAML) choose the files and splits, as load_dataset reads them', async () => {
  const name = 'org/carded';
  const card = [
    '---',
    'license: mit',
    'configs:',
    '- config_name: en',
    '  default: true',
    '  data_files:',
    '  - split: train',
    '    path: "english/part-*.jsonl"',
    '  - split: test',
    '    path: [english/holdout.jsonl]',
    '- config_name: fr',
    '  data_files: french/*.jsonl',
    '- config_name: de',
    '  data_dir: german',
    '---',
    '# A dataset with three configs',
    '',
  ].join('\n');
  const en1 = reviewJsonl({ split: 'train', count: 7 });
  const en2 = reviewJsonl({ split: 'validation', count: 5 });
  const enTest = reviewJsonl({ split: 'test', count: 3 });
  const fr = reviewJsonl({ split: 'train', count: 4 });
  hub.commit({
    type: 'dataset',
    name,
    files: {
      'README.md': card,
      // Names that would infer other splits: the card decides.
      'english/part-1.jsonl': en1,
      'english/part-2.jsonl': en2,
      'english/holdout.jsonl': enTest,
      'french/train.jsonl': fr,
      'german/train.jsonl': reviewJsonl({ split: 'train', count: 2 }),
      'german/test.jsonl': reviewJsonl({ split: 'test', count: 1 }),
    },
  });
  // No --config: the one marked default.
  const dir = join(tmp.path, 'carded-en');
  const en = await download(['--name', name, '--output-dir', dir]);
  expect(en.json).toMatchObject({ cacheHit: false, origin: 'repo-files', config: 'en', splits: { train: 12, test: 3 } });
  expect(await readFile(join(dir, 'train', 'data.jsonl'), 'utf8')).toBe(en1 + en2);
  expect(await readFile(join(dir, 'test', 'data.jsonl'), 'utf8')).toBe(enTest);
  expect((await download(['--name', name, '--output-dir', dir])).json!.cacheHit).toBe(true);

  // A plain pattern is the train split; data_dir has its splits inferred inside it.
  const french = await download(['--name', name, '--output-dir', join(tmp.path, 'carded-fr'), '--config', 'fr']);
  expect(french.json).toMatchObject({ config: 'fr', splits: { train: 4 } });
  expect(await readFile(join(tmp.path, 'carded-fr', 'train', 'data.jsonl'), 'utf8')).toBe(fr);
  const german = await download(['--name', name, '--output-dir', join(tmp.path, 'carded-de'), '--config', 'de']);
  expect(german.json).toMatchObject({ config: 'de', splits: { train: 2, test: 1 } });

  const other = await download(['--name', name, '--output-dir', join(tmp.path, 'carded-x'), '--config', 'es']);
  expect(other.code).toBe(2);
  expect(other.stderr.trim().split('\n').pop()).toBe(`✗ --config "es" is not a config of ${name}@main: its README.md declares en, fr, de`);
});

test('a card that declares several configs and no default asks for --config; a card that does not parse is said, then names decide', async () => {
  hub.commit({
    type: 'dataset',
    name: 'org/two-configs',
    files: {
      'README.md': '---\nconfigs:\n- config_name: a\n  data_files: a.jsonl\n- config_name: b\n  data_files: b.jsonl\n---\n',
      'a.jsonl': '{"x":1}\n',
      'b.jsonl': '{"x":2}\n',
    },
  });
  const ambiguous = await download(['--name', 'org/two-configs', '--output-dir', join(tmp.path, 'two')]);
  expect(ambiguous.code).toBe(2);
  expect(ambiguous.stderr.trim().split('\n').pop()).toBe('✗ org/two-configs@main declares 2 configs in its README.md (a, b): choose one with --config');
  const b = await download(['--name', 'org/two-configs', '--output-dir', join(tmp.path, 'two-b'), '--config', 'b']);
  expect(b.json).toMatchObject({ config: 'b', splits: { train: 1 } });
  expect(await readFile(join(tmp.path, 'two-b', 'train', 'data.jsonl'), 'utf8')).toBe('{"x":2}\n');

  hub.commit({
    type: 'dataset',
    name: 'org/bad-card',
    files: { 'README.md': '---\nconfigs: [unclosed\n---\n', 'train.jsonl': '{"x":1}\n', 'test.jsonl': '{"x":2}\n' },
  });
  const bad = await download(['--name', 'org/bad-card', '--output-dir', join(tmp.path, 'bad-card')]);
  expect(bad.json).toMatchObject({ config: 'default', splits: { train: 1, test: 1 } });
  expect(bad.stderr).toMatch(/⚠ org\/bad-card's README\.md: its YAML header does not parse \(.+\); its splits are inferred from file names instead/);

  hub.commit({
    type: 'dataset',
    name: 'org/empty-split',
    files: { 'README.md': '---\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n    path: train.jsonl\n  - split: test\n    path: missing/*.jsonl\n---\n', 'train.jsonl': '{"x":1}\n' },
  });
  const empty = await download(['--name', 'org/empty-split', '--output-dir', join(tmp.path, 'empty-split')]);
  expect(empty.code).toBe(1);
  expect(empty.stderr.trim().split('\n').pop()).toBe('✗ config default of org/empty-split@main: split "test" matches no jsonl file; check its data_files in README.md');
});

test('split inference follows the datasets library on its documented layouts', () => {
  const splitsOf = (paths: string[]) => Object.fromEntries([...(inferDataSplits(paths)?.splits ?? new Map()).entries()]);
  expect(splitsOf(['train.csv', 'test.csv', 'validation.csv'])).toEqual({ train: ['train.csv'], validation: ['validation.csv'], test: ['test.csv'] });
  expect(splitsOf(['data/train.csv', 'data/test.csv', 'data/valid.csv'])).toEqual({ train: ['data/train.csv'], validation: ['data/valid.csv'], test: ['data/test.csv'] });
  expect(splitsOf(['my_train_file.csv', 'train1.csv', 'test-file.csv', 'testfile.csv'])).toEqual({ train: ['my_train_file.csv', 'train1.csv'], test: ['test-file.csv'] });
  expect(splitsOf(['data/training/a.jsonl', 'data/eval/b.jsonl', 'dev-set/c.jsonl', 'dev-set/train.jsonl'])).toEqual({
    train: ['data/training/a.jsonl'],
    validation: ['dev-set/c.jsonl', 'dev-set/train.jsonl'],
    test: ['data/eval/b.jsonl'],
  });
  expect(splitsOf(['data/random-00000-of-00001.parquet', 'data/train-00000-of-00002.parquet', 'data/train-00001-of-00002.parquet', 'other/test.parquet'])).toEqual({
    train: ['data/train-00000-of-00002.parquet', 'data/train-00001-of-00002.parquet'],
    random: ['data/random-00000-of-00001.parquet'],
  });
  expect(splitsOf(['reviews.jsonl', 'more/reviews2.jsonl'])).toEqual({ train: ['more/reviews2.jsonl', 'reviews.jsonl'] });
  expect(inferDataSplits(['train.parquet', 'test.parquet', 'notes.csv'])).toMatchObject({ format: 'parquet', skipped: ['notes.csv'] });
  expect(inferDataSplits(['README.md', 'metadata.csv'])).toBeUndefined();
});

test('the emulator serves the datasets parquet listing, whose URLs redirect to the converted files', async () => {
  const name = 'org/listed';
  const files = reviewConversion({ config: 'default', splits: { train: 10, test: 5 } });
  hub.commit({ type: 'dataset', name, files: { 'README.md': '#\n' } });
  hub.setRef({ type: 'dataset', name, ref: 'refs/convert/parquet', files });
  const base = `${hub.url}/api/datasets/${name}/parquet`;
  const listing = (await (await fetch(base)).json()) as Record<string, Record<string, string[]>>;
  expect(listing).toEqual({ default: { test: [`${base}/default/test/0.parquet`], train: [`${base}/default/train/0.parquet`] } });
  expect(await (await fetch(`${base}/default/train`)).json()).toEqual([`${base}/default/train/0.parquet`]);
  const body = Buffer.from(await (await fetch(`${base}/default/train/0.parquet`)).arrayBuffer());
  expect(body.equals(files['default/train/0000.parquet'])).toBe(true);
  expect((await fetch(`${base}/nope`)).status).toBe(404);
});
