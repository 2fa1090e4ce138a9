/**
 * Which files of a dataset repo hold which split, for repos the Hub has no parquet conversion of — the rules of
 * the `datasets` library (data_files.py), so a repo reads the same here as with `load_dataset`:
 *  1. `data/{split}-00000-of-00003….ext` (what push_to_hub writes): any split name;
 *  2. else a directory named for a split (`train/`, `data/valid/`, `dev-set/`…);
 *  3. else a file named for a split (`train.csv`, `my_test_file.jsonl`, `validation1.json`…);
 *  4. else every data file is the train split.
 * Split keywords must stand apart from other words: delimited by '-', '_', '.', ' ' or digits ("testfile.csv" is not test).
 * Only one format is read: the most common one among the data files, as `datasets` does.
 */
export type DataFormat = 'parquet' | 'jsonl' | 'json' | 'csv';

const FORMATS: Record<string, DataFormat> = { '.parquet': 'parquet', '.jsonl': 'jsonl', '.json': 'json', '.csv': 'csv' };

const SPLIT_KEYWORDS: [string, string[]][] = [
  ['train', ['train', 'training']],
  ['validation', ['validation', 'valid', 'dev', 'val']],
  ['test', ['test', 'testing', 'eval', 'evaluation']],
];
const DEFAULT_SPLIT_ORDER = SPLIT_KEYWORDS.map(([split]) => split);
const SEP = '[-._ 0-9]';
const SHARDED = /^data\/([^/]+)-\d{5}-of-\d{5}[^/]*\.[^/]+$/;
/** Per-directory metadata tables of image/audio folders, not rows (datasets' METADATA_PATTERNS). */
const METADATA_FILES = new Set(['metadata.csv', 'metadata.jsonl']);

const keywordIn = (keyword: string, kind: 'dir' | 'file') =>
  kind === 'dir' ? new RegExp(`^(?:.*${SEP})?${keyword}(?:${SEP}.*)?$`) : new RegExp(`^(?:.*${SEP})?${keyword}${SEP}.*$`);
const DIR_MATCHERS = SPLIT_KEYWORDS.map(([split, words]) => [split, words.map((word) => keywordIn(word, 'dir'))] as const);
const FILE_MATCHERS = SPLIT_KEYWORDS.map(([split, words]) => [split, words.map((word) => keywordIn(word, 'file'))] as const);

export function dataFormatOf(path: string): DataFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : FORMATS[path.slice(dot).toLowerCase()];
}

/** train, validation, test first (in that order), then the others alphabetically: the order `datasets` lists splits in. */
export function orderSplits(splits: Iterable<string>): string[] {
  const all = [...new Set(splits)];
  const known = DEFAULT_SPLIT_ORDER.filter((split) => all.includes(split));
  const others = all.filter((split) => !DEFAULT_SPLIT_ORDER.includes(split)).sort();
  return [...known, ...others];
}

/** The format most of these data files have (a tie goes to the one that keeps types best); undefined if none has one. */
export function dominantFormat(paths: readonly string[]): DataFormat | undefined {
  const counts = new Map<DataFormat, number>();
  for (const path of paths) {
    const format = dataFormatOf(path);
    if (format) counts.set(format, (counts.get(format) ?? 0) + 1);
  }
  const preference: DataFormat[] = ['parquet', 'jsonl', 'json', 'csv'];
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || preference.indexOf(a[0]) - preference.indexOf(b[0]))[0]?.[0];
}

export interface InferredSplits {
  format: DataFormat;
  /** Split → its files in read order; splits in `orderSplits` order. */
  splits: Map<string, string[]>;
  /** Data files of other formats that are not read. */
  skipped: string[];
}

export function inferDataSplits(paths: readonly string[]): InferredSplits | undefined {
  const candidates = paths.filter((path) => {
    const parts = path.split('/');
    return dataFormatOf(path) !== undefined && !parts.some((part) => part.startsWith('.')) && !METADATA_FILES.has(parts[parts.length - 1]);
  });
  if (candidates.length === 0) return undefined;
  const format = dominantFormat(candidates)!;
  const files = candidates.filter((path) => dataFormatOf(path) === format).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const skipped = candidates.filter((path) => dataFormatOf(path) !== format);

  const grouped = new Map<string, string[]>();
  const add = (split: string, path: string) => {
    if (!grouped.has(split)) grouped.set(split, []);
    grouped.get(split)!.push(path);
  };

  const sharded = files.filter((path) => SHARDED.test(path));
  if (sharded.length > 0) {
    for (const path of sharded) add(SHARDED.exec(path)![1], path);
  } else {
    const splitOf = (names: string[], matchers: typeof DIR_MATCHERS) =>
      matchers.find(([, patterns]) => names.some((name) => patterns.some((pattern) => pattern.test(name))))?.[0];
    const byDir = files.map((path) => [path, splitOf(path.split('/').slice(0, -1), DIR_MATCHERS)] as const);
    const byFile = files.map((path) => [path, splitOf([path.split('/').pop()!], FILE_MATCHERS)] as const);
    const chosen = byDir.some(([, split]) => split) ? byDir : byFile.some(([, split]) => split) ? byFile : files.map((path) => [path, 'train'] as const);
    for (const [path, split] of chosen) if (split) add(split, path);
  }
  const splits = new Map(orderSplits(grouped.keys()).map((split) => [split, grouped.get(split)!]));
  return { format, splits, skipped };
}
